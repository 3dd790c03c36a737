import {
  isAuthority,
  type EdgeElement,
  type GraphElements,
  type NodeElement,
  type RelationshipGroup,
  type RelationshipPage,
} from '@pag/graph-seed';
import type { LayoutGraph } from './authority-layout';

/** Whether an element id names a group of the overview rather than a node of the graph. */
export const isGroupId = (id: string): boolean => id.startsWith('group:');

/** The members of a group a page brought, as the nodes and relationships they are. */
export const pageElements = (
  group: RelationshipGroup,
  page: RelationshipPage,
): Pick<GraphElements, 'nodes' | 'edges'> => ({
  nodes: page.relationships.map((rel): NodeElement => ({ data: rel.other })),
  edges: page.relationships.map((rel): EdgeElement => ({
    data: {
      id: rel.id,
      source: rel.direction === 'out' ? group.parent : rel.other.id,
      target: rel.direction === 'out' ? rel.other.id : group.parent,
      type: rel.type,
      authority: isAuthority(rel.type),
      basis: rel.basis,
      modality: rel.modality,
    },
  })),
});

/** What of a group is drawn: its members so far, and how far through them the pages went. */
export interface OpenedGroup {
  readonly offset: number;
  readonly total: number;
  readonly nodes: readonly NodeElement[];
  readonly edges: readonly EdgeElement[];
}

/**
 * The groups to draw, each counting its members not drawn yet; a group goes when none is
 * left. A group's pages bring only the members it counts (those below its parent), each
 * counted once however often a page brought it.
 */
export const drawnGroups = (
  groups: readonly RelationshipGroup[],
  opened: Readonly<Record<string, OpenedGroup>>,
): DrawnGroup[] =>
  groups.flatMap((group) => {
    const drawn = opened[group.id];
    const added = drawn ? new Set(drawn.nodes.map((node) => node.data.id)).size : 0;
    const remaining = drawn && drawn.offset >= drawn.total ? 0 : group.count - added;
    return remaining > 0 ? [{ group, remaining, opened: drawn !== undefined }] : [];
  });

/** A group as drawn: one node standing for the members not drawn, joined to its parent. */
export interface DrawnGroup {
  readonly group: RelationshipGroup;
  /** Members not yet drawn. */
  readonly remaining: number;
  /** Whether some members are drawn already. */
  readonly opened: boolean;
}

/**
 * The groups as the layout places them: each a node of its members' kind beneath (or above)
 * its parent, joined by a relationship of the group's type.
 */
export const groupLayoutElements = (groups: readonly DrawnGroup[]): LayoutGraph => ({
  nodes: groups.map(({ group }) => ({
    data: { id: group.id, kind: group.kind, name: group.id, group: true },
  })),
  edges: groups.map(({ group }) => ({ data: groupLine(group) })),
});

/** The line joining a group to its parent, the way the group's relationships point. */
export const groupLine = (group: RelationshipGroup) => ({
  id: `${group.id}:line`,
  source: group.direction === 'out' ? group.parent : group.id,
  target: group.direction === 'out' ? group.id : group.parent,
  type: group.type,
});
