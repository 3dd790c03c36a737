import { beforeAll, describe, expect, it } from 'vitest';
import cytoscape from 'cytoscape';
import i18next from 'i18next';
import type { NodeRelationship, Overview, RelationshipGroup } from '@pag/graph-seed';
import {
  drawnGroups,
  groupLayoutElements,
  isGroupId,
  pageElements,
} from '../src/graph/group-members';
import { authorityLayout } from '../src/graph/authority-layout';
import { graphStyle } from '../src/graph/graph-style';
import { toElements } from '../src/graph/to-elements';
import { en } from '../src/i18n/en';
import { zh } from '../src/i18n/zh';

beforeAll(async () => {
  await i18next.init({
    resources: { en: { translation: en }, zh: { translation: zh } },
    lng: 'en',
    interpolation: { escapeValue: false },
  });
});

const group: RelationshipGroup = {
  id: 'group:committee:MUST_ACCEPT_LEADERSHIP_OF:in:governed-entity',
  parent: 'committee',
  type: 'MUST_ACCEPT_LEADERSHIP_OF',
  direction: 'in',
  kind: 'governed-entity',
  count: 24_767,
};
const overview: Overview = {
  nodes: [
    { data: { id: 'committee', kind: 'party-organ', name: 'Committee', nameZh: null } },
    { data: { id: 'shown-org', kind: 'governed-entity', name: 'Shown', nameZh: null } },
  ],
  edges: [],
  truncated: true,
  cut: { rule: 'rank', maxRank: 1, shownNodes: 2, totalNodes: 30_000 },
  groups: [group],
};
const member = (id: string): NodeRelationship => ({
  id: `rel-${id}`,
  type: 'MUST_ACCEPT_LEADERSHIP_OF',
  direction: 'out',
  authority: true,
  basis: 'author-reading',
  modality: 'descriptive',
  modalityNote: null,
  note: null,
  document: null,
  other: { id: 'committee', kind: 'party-organ', name: 'Committee', nameZh: null },
  sources: [],
});

describe('groups of the overview', () => {
  it('draws a page of members as the nodes and relationships they are, arrows as stored', () => {
    // Seen from the committee, the members' arrows come in: each member is the source.
    const page = {
      node: 'committee',
      type: group.type,
      direction: group.direction,
      kind: group.kind,
      below: true,
      offset: 0,
      total: 2,
      relationships: ['a', 'b'].map((id) => ({
        ...member(id),
        direction: 'in' as const,
        other: { id, kind: 'governed-entity' as const, name: id, nameZh: null },
      })),
    };
    const { nodes, edges } = pageElements(group, page);
    expect(nodes.map((n) => n.data.id)).toEqual(['a', 'b']);
    expect(edges[0]?.data).toMatchObject({
      id: 'rel-a',
      source: 'a',
      target: 'committee',
      authority: true,
      basis: 'author-reading',
    });
  });

  it('counts the members not drawn yet, each once, and drops a group drawn whole', () => {
    expect(drawnGroups(overview.groups, {})).toEqual([{ group, remaining: 24_767, opened: false }]);
    const node = (id: string) => ({
      data: { id, kind: 'governed-entity' as const, name: id, nameZh: null },
    });
    const opened = {
      offset: 50,
      total: 24_768,
      nodes: Array.from({ length: 50 }, (_, i) => node(`m${i}`)),
      edges: [],
    };
    expect(drawnGroups(overview.groups, { [group.id]: opened })).toEqual([
      { group, remaining: 24_767 - 50, opened: true },
    ]);
    expect(drawnGroups(overview.groups, { [group.id]: { ...opened, offset: 24_768 } })).toEqual([]);
    // A member a page brought twice is counted once.
    const twice = { ...opened, nodes: [...opened.nodes, node('m0')] };
    expect(drawnGroups(overview.groups, { [group.id]: twice })[0]?.remaining).toBe(24_767 - 50);
  });

  it('names a group by its count and kind in either language, one or many, and claims no basis for its line', () => {
    const elements = toElements(overview, 'en', [{ group, remaining: 24_767, opened: false }]);
    const box = elements.find((element) => element.data.id === group.id);
    expect(box?.classes).toBe('group');
    // Neither box nor band is selected or dragged: they stand for what is not drawn.
    expect(box).toMatchObject({ grabbable: false, selectable: false });
    expect(box?.data).toMatchObject({
      caption: '24,767 governed organizations',
      nameZh: '24,767 个受领导组织',
    });
    expect(isGroupId(String(box?.data.id))).toBe(true);
    const line = elements.find((element) => element.data.id === `${group.id}:line`);
    expect(line?.data).toMatchObject({ source: group.id, target: 'committee', type: group.type });
    expect(line?.data.basis).toBeUndefined();
    expect(line?.data.authority).toBeUndefined();
    expect(line).toMatchObject({ classes: 'group', selectable: false });
    const one = toElements(overview, 'en', [{ group, remaining: 1, opened: true }]);
    expect(one.find((element) => element.data.id === group.id)?.data.caption).toBe(
      '1 more governed organization',
    );
    const zhOne = toElements(overview, 'zh', [{ group, remaining: 3, opened: true }]);
    expect(zhOne.find((element) => element.data.id === group.id)?.data.caption).toBe(
      '另有 3 个受领导组织',
    );
  });

  it('draws the band to a group as no claimed line is drawn: solid, broad, pale and without an arrow', () => {
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      elements: toElements(overview, 'en', [{ group, remaining: 5, opened: false }]),
      style: graphStyle(),
    });
    const band = cy.$id(`${group.id}:line`);
    expect(band.style('line-style')).toBe('solid');
    expect(band.style('target-arrow-shape')).toBe('none');
    expect(parseFloat(String(band.style('width')))).toBeGreaterThan(5);
    expect(cy.$id(group.id).style('border-style')).toBe('dashed');
  });

  it('places a group beneath its parent, as its members would stand', () => {
    const placed = groupLayoutElements([{ group, remaining: 5, opened: false }]);
    const positions = authorityLayout({
      nodes: [...overview.nodes, ...placed.nodes],
      edges: [...overview.edges, ...placed.edges],
    });
    expect(positions[group.id]?.y).toBeGreaterThan(positions.committee?.y ?? Infinity);
  });
});
