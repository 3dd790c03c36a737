import { z } from 'zod';

/**
 * How a relationship type relates to Party authority.
 * - `down`: a line of authority whose arrow points from the superior to the subordinate
 *   (`X LEADS Y`: X is above Y).
 * - `up`: a line of authority whose arrow points from the subordinate to the superior
 *   (`X MUST_ACCEPT_LEADERSHIP_OF Y`: Y is above X).
 * - `none`: not a line of authority (documentary links such as `ISSUED_BY`).
 */
export const AuthorityDirection = z.enum(['down', 'up', 'none']);
export type AuthorityDirection = z.infer<typeof AuthorityDirection>;

interface RelationshipTypeInfo {
  /** Reads naturally along the arrow: "<source> label <target>". */
  readonly label: string;
  readonly labelZh: string;
  readonly authority: AuthorityDirection;
}

/** Every relationship type, in the order the explorer lists them. */
export const relationshipTypes = {
  LEADS: { label: 'leads', labelZh: '领导', authority: 'down' },
  MUST_ACCEPT_LEADERSHIP_OF: {
    label: 'must accept the leadership of',
    labelZh: '接受…领导',
    authority: 'up',
  },
  APPROVES_ESTABLISHMENT_OF: {
    label: 'approves the establishment of',
    labelZh: '批准设立',
    authority: 'down',
  },
  DECIDES_COMPOSITION_OF: {
    label: 'decides the composition of',
    labelZh: '决定组成',
    authority: 'down',
  },
  MANAGES_CADRES_OF: { label: 'manages cadres of', labelZh: '管理…领导人员', authority: 'down' },
  SUPERVISES: { label: 'supervises', labelZh: '监督', authority: 'down' },
  INSPECTS: { label: 'inspects', labelZh: '巡视', authority: 'down' },
  PART_OF: { label: 'is part of', labelZh: '隶属于', authority: 'up' },
  REQUIRES_PARTY_GROUP_IN: {
    label: "requires a leading Party members' group in",
    labelZh: '要求设立党组于',
    authority: 'none',
  },
  ISSUED_BY: { label: 'issued by', labelZh: '发布机关', authority: 'none' },
  PASSED_AT: { label: 'passed at', labelZh: '通过于', authority: 'none' },
  MEETING_OF: { label: 'is a meeting of', labelZh: '会议召开机关', authority: 'none' },
  PRESIDED_OVER: { label: 'presided over', labelZh: '主持', authority: 'none' },
  BASED_ON: { label: 'based on', labelZh: '依据', authority: 'none' },
  SEPARATES_FROM: { label: 'separates from', labelZh: '脱钩于', authority: 'none' },
  PARTICIPATES_IN: { label: 'participates in', labelZh: '参与', authority: 'none' },
  DEFINES: { label: 'defines', labelZh: '界定', authority: 'none' },
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
