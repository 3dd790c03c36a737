import type { ElementDefinition } from 'cytoscape';
import i18next from 'i18next';
import { hopKind, type GraphElements } from '@pag/graph-seed';
import type { Language } from '../i18n/messages';
import { nodeName, typeName, type Named } from '../i18n/names';
import { groupLine, type DrawnGroup } from './group-members';
import { labelSize } from './label-size';
import { prominence } from './node-prominence';

const CJK = /[\u3400-\u9fff]/;

/**
 * What a node draws: its name in the language shown, and whether that name is Chinese, which
 * has no spaces to wrap at and so may wrap between any two characters.
 */
export const nodeCaption = (
  named: Named,
  language: Language,
): { caption: string; wrapAnywhere: boolean } => {
  const caption = nodeName(named, language);
  return { caption, wrapAnywhere: CJK.test(caption) };
};

/**
 * Maps the API's graph to Cytoscape element definitions, adding what is drawn: each node's
 * name in the language shown and its prominence, and each relationship's reading and, on a
 * line of authority, whether it commands or tells where authority comes from.
 */
export const toElements = (
  graph: GraphElements,
  language: Language,
  groups: readonly DrawnGroup[] = [],
): ElementDefinition[] => [
  ...graph.nodes.map((node) => {
    const level = prominence(node.data);
    return {
      group: 'nodes' as const,
      data: {
        ...node.data,
        ...nodeCaption(node.data, language),
        prominence: level,
        ...labelSize(level, 1),
      },
    };
  }),
  ...graph.edges.map((edge) => ({
    group: 'edges' as const,
    data: {
      ...edge.data,
      caption: typeName(edge.data.type, language),
      hop: hopKind(edge.data.type) ?? null,
      ...labelSize(null, 1),
    },
  })),
  ...groups.flatMap((drawn) => groupElements(drawn, language)),
];

/** What a group's node reads in a language: how many members are not drawn yet. */
const groupCaption = ({ group, remaining, opened }: DrawnGroup, lng: Language) =>
  i18next.t(opened ? 'group.more' : 'group.caption', {
    lng,
    count: remaining,
    n: remaining.toLocaleString(lng),
    kind: i18next.t(`group.kind.${group.kind}`, { lng }),
    kinds: i18next.t(`group.kinds.${group.kind}`, { lng }),
  });

/**
 * A group of the overview as drawn: a node counting the members not yet drawn, joined to its
 * parent by a band standing for their relationships, each with its own basis, so it claims
 * none: drawn as a grouping, not as a line. Neither can be dragged or selected.
 */
const groupElements = (drawn: DrawnGroup, language: Language): ElementDefinition[] => {
  const { group } = drawn;
  const name = groupCaption(drawn, 'en');
  const nameZh = groupCaption(drawn, 'zh');
  return [
    {
      group: 'nodes',
      classes: 'group',
      grabbable: false,
      selectable: false,
      data: {
        id: group.id,
        kind: group.kind,
        name,
        nameZh,
        members: drawn.remaining,
        ...nodeCaption({ name, nameZh }, language),
        // Sized as organizations are; named at any zoom a name in focus is (see label-detail),
        // unless it would collide with a name that matters more.
        prominence: 1,
        ...labelSize(1, 1),
      },
    },
    {
      group: 'edges',
      classes: 'group',
      selectable: false,
      data: {
        ...groupLine(group),
        caption: typeName(group.type, language),
        ...labelSize(null, 1),
      },
    },
  ];
};
