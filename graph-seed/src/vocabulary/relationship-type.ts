import { z } from 'zod';
import type { BilingualLabel } from './bilingual-label';

/**
 * How a relationship type relates to Party authority.
 * - `down`: a line of authority whose arrow points from the superior to what it reaches
 *   (`X LEADS Y`, `Document PROVIDES_PARTY_GROUP_IN Y`: X and the document stand above Y).
 * - `up`: a line of authority whose arrow points from the subordinate to the superior
 *   (`X MUST_ACCEPT_LEADERSHIP_OF Y`, `Document ISSUED_BY Y`: Y stands above).
 * - `none`: not a line of authority (`BASED_ON`, `DEFINES`, `PRESIDED_OVER`, …).
 *
 * Documents are instruments of authority: their issuer (or the meeting that passed them)
 * stands above them, and what they lead, govern, direct or require stands below. Tracing
 * up from a governed organization therefore passes through the documents that reach it.
 */
export const AuthorityDirection = z.enum(['down', 'up', 'none']);
export type AuthorityDirection = z.infer<typeof AuthorityDirection>;

/**
 * What a hop on a line of authority is:
 * - `command`: one body directs, leads, manages or governs another, or a document provides
 *   for it (LEADS, MANAGES_CADRES_OF, GOVERNS, PROVIDES_PARTY_GROUP_IN, …);
 * - `provenance`: where a body or a document comes from: the organ it is part of, the organ
 *   that issued a document, the meeting that passed it, the organ that met (PART_OF,
 *   ISSUED_BY, PASSED_AT, MEETING_OF). It places authority, but commands nothing itself.
 */
export const HopKind = z.enum(['command', 'provenance']);
export type HopKind = z.infer<typeof HopKind>;

/**
 * A relationship type: its label reads naturally along the arrow ("<source> label <target>");
 * a Chinese label with "…" puts the target there ("A 必须接受…的领导" → "A 必须接受 B 的领导").
 */
interface RelationshipTypeInfo extends BilingualLabel {
  /** The English label after a plural subject ("Party groups lead …"). */
  readonly labelPlural: string;
  readonly authority: AuthorityDirection;
}

/** Every relationship type, in the order the explorer lists them. */
export const relationshipTypes = {
  LEADS: { label: 'leads', labelPlural: 'lead', labelZh: '领导', authority: 'down' },
  MUST_ACCEPT_LEADERSHIP_OF: {
    label: 'must accept the leadership of',
    labelPlural: 'must accept the leadership of',
    labelZh: '必须接受…的领导',
    authority: 'up',
  },
  PART_OF: { label: 'is part of', labelPlural: 'are part of', labelZh: '隶属于', authority: 'up' },
  APPROVES_ESTABLISHMENT_OF: {
    label: 'approves the establishment of',
    labelPlural: 'approve the establishment of',
    labelZh: '批准设立',
    authority: 'down',
  },
  DECIDES_COMPOSITION_OF: {
    label: 'decides the composition of',
    labelPlural: 'decide the composition of',
    labelZh: '决定…的组成',
    authority: 'down',
  },
  MANAGES_CADRES_OF: {
    label: 'manages cadres of',
    labelPlural: 'manage cadres of',
    labelZh: '管理…的干部',
    authority: 'down',
  },
  SUPERVISES: { label: 'supervises', labelPlural: 'supervise', labelZh: '监督', authority: 'down' },
  INSPECTS: { label: 'inspects', labelPlural: 'inspect', labelZh: '巡视', authority: 'down' },
  DIRECTS: { label: 'directs', labelPlural: 'direct', labelZh: '要求', authority: 'down' },
  GOVERNS: { label: 'governs', labelPlural: 'govern', labelZh: '规范', authority: 'down' },
  PROVIDES_PARTY_GROUP_IN: {
    label: "provides for a leading Party members' group in",
    labelPlural: "provide for a leading Party members' group in",
    labelZh: '规定设立党组于',
    authority: 'down',
  },
  GUIDES: {
    label: 'guides the work of',
    labelPlural: 'guide the work of',
    labelZh: '指导…的工作',
    authority: 'down',
  },
  ISSUED_BY: { label: 'issued by', labelPlural: 'issued by', labelZh: '印发机关', authority: 'up' },
  PASSED_AT: {
    label: 'passed at',
    labelPlural: 'passed at',
    labelZh: '审议通过于',
    authority: 'up',
  },
  MEETING_OF: {
    label: 'is a meeting of',
    labelPlural: 'are meetings of',
    labelZh: '会议召开机关',
    authority: 'up',
  },
  PRESIDED_OVER: {
    label: 'presided over',
    labelPlural: 'presided over',
    labelZh: '主持',
    authority: 'none',
  },
  SUPERVISES_IMPLEMENTATION_OF: {
    label: 'supervises the implementation of',
    labelPlural: 'supervise the implementation of',
    labelZh: '监督…的实施',
    authority: 'none',
  },
  INSTANCE_OF: { label: 'is one of', labelPlural: 'are among', labelZh: '属于', authority: 'none' },
  FORMED_IN: {
    label: 'is formed in',
    labelPlural: 'are formed in',
    labelZh: '设于',
    authority: 'none',
  },
  BASED_ON: { label: 'based on', labelPlural: 'based on', labelZh: '依据', authority: 'none' },
  DEFINES: { label: 'defines', labelPlural: 'define', labelZh: '界定', authority: 'none' },
  SEPARATES_FROM: {
    label: 'separates from',
    labelPlural: 'separate from',
    labelZh: '脱钩于',
    authority: 'none',
  },
  PARTICIPATES_IN: {
    label: 'participates in',
    labelPlural: 'participate in',
    labelZh: '参与',
    authority: 'none',
  },
} as const satisfies Record<string, RelationshipTypeInfo>;

export const RelationshipType = z.enum(
  Object.keys(relationshipTypes) as [
    keyof typeof relationshipTypes,
    ...(keyof typeof relationshipTypes)[],
  ],
);
export type RelationshipType = z.infer<typeof RelationshipType>;

/** Whether relationships of this type are lines of authority (what tracing follows). */
export const isAuthority = (type: RelationshipType): boolean =>
  relationshipTypes[type].authority !== 'none';

/**
 * For a line of authority, which end stands above and which below; undefined otherwise.
 */
export const authorityEnds = (
  type: RelationshipType,
  source: string,
  target: string,
): { above: string; below: string } | undefined => {
  const direction = relationshipTypes[type].authority;
  if (direction === 'none') return undefined;
  return direction === 'down' ? { above: source, below: target } : { above: target, below: source };
};

/** The types of line of authority that are provenance, not command (see HopKind). */
export const PROVENANCE_TYPES: ReadonlySet<RelationshipType> = new Set([
  'PART_OF',
  'ISSUED_BY',
  'PASSED_AT',
  'MEETING_OF',
] as const);

/** For a line of authority, whether it commands or tells where authority comes from. */
export const hopKind = (type: RelationshipType): HopKind | undefined => {
  if (!isAuthority(type)) return undefined;
  return PROVENANCE_TYPES.has(type) ? 'provenance' : 'command';
};
