import { z } from 'zod';
import { NodeKind } from '../vocabulary/node-kind';
import { RelationshipType } from '../vocabulary/relationship-type';
import { GraphElements } from './graph-elements';
import { RelationshipDirection } from './node-detail';

/**
 * Nodes the overview does not show, counted together: those of one kind joined to one shown
 * node by one type of relationship ("3,512 governed organizations must accept the leadership
 * of the Party Committee of X"). A group's members come a page at a time from
 * `GET /api/nodes/:parent/relationships?type=&direction=&kind=`.
 */
export const RelationshipGroup = z.object({
  id: z.string().describe('group:<parent>:<type>:<direction>:<kind>'),
  parent: z.string().describe('The shown node the members are joined to'),
  type: RelationshipType,
  direction: RelationshipDirection.describe('out: the parent is the source of the arrows'),
  kind: NodeKind,
  count: z.number().int(),
});
export type RelationshipGroup = z.infer<typeof RelationshipGroup>;

/** The body of `GET /api/overview`: the ranks nearest the Party centre, the rest in groups. */
export const Overview = GraphElements.extend({ groups: z.array(RelationshipGroup) });
export type Overview = z.infer<typeof Overview>;

/**
 * The body of `GET /api/nodes/:id/groups`: what lies below a node (further from the Party
 * centre, one hop of authority down), counted in groups as the overview counts what lies
 * below its last rank: so that a member drawn from a group can be opened in turn.
 */
export const NodeGroups = z.object({
  id: z.string().describe('The node the groups hang from'),
  groups: z.array(RelationshipGroup),
});
export type NodeGroups = z.infer<typeof NodeGroups>;

/** The id of a group, from what it groups. */
export const groupId = (group: Omit<RelationshipGroup, 'id' | 'count'>): string =>
  `group:${group.parent}:${group.type}:${group.direction}:${group.kind}`;
