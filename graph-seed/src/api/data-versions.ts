import { z } from 'zod';
import { RelationshipType } from '../vocabulary/relationship-type';

/** A data version: the content hash of the whole loaded graph, as links and exports cite it. */
export const DataVersionId = z
  .string()
  .regex(/^[0-9a-f]{6,64}$/, 'must be a data version: lower-case hexadecimal, e.g. "3f9c2a71b0de"')
  .describe('A data version, as `GET /api/meta` gives it and links cite it')
  .meta({ example: '3f9c2a71b0de' });
export type DataVersionId = z.infer<typeof DataVersionId>;

/** What kind of record changed. Nodes and relationships are the graph's claims. */
export const ChangedRecord = z.enum(['node', 'relationship', 'source']);
export type ChangedRecord = z.infer<typeof ChangedRecord>;

export const Change = z.enum(['added', 'changed', 'removed']);
export type Change = z.infer<typeof Change>;

const NamedEnd = z.object({ id: z.string(), name: z.string(), nameZh: z.string().nullable() });

/** One record added, changed or removed by a load. */
export const RecordChange = z.object({
  record: ChangedRecord,
  id: z.string(),
  change: Change,
  name: z.string().describe('The name (a relationship: how it reads, "A leads B")'),
  nameZh: z.string().nullable(),
  type: RelationshipType.nullable().describe('A relationship’s type; null for nodes and sources'),
  ends: z
    .object({ source: NamedEnd, target: NamedEnd })
    .nullable()
    .describe('A relationship’s ends, as they were named when it changed'),
  fields: z
    .array(z.string())
    .describe(
      'For a changed record, what changed: stored fields (evidence, name, basis, modality, …); for a relationship also its type or ends',
    ),
  was: z
    .record(z.string(), z.string().nullable())
    .describe(
      'For a changed record, what a changed field held before, where it is one short value (modality, basis, name, type, …); null where it was empty',
    ),
});
export type RecordChange = z.infer<typeof RecordChange>;

const Count = z.number().int().nonnegative();
const ChangeCounts = z.object({ added: Count, changed: Count, removed: Count });
export type ChangeCounts = z.infer<typeof ChangeCounts>;

/** How many records of each kind a load (or a run of loads) added, changed and removed. */
export const ChangeSummary = z.object({
  nodes: ChangeCounts,
  relationships: ChangeCounts,
  sources: ChangeCounts,
});
export type ChangeSummary = z.infer<typeof ChangeSummary>;

/** How many records a summary counts as added, changed or removed, of every kind. */
export const changeTotal = (summary: ChangeSummary): number =>
  Object.values(summary).reduce(
    (sum, counts) => sum + counts.added + counts.changed + counts.removed,
    0,
  );

/** One load that changed the data. */
export const DataVersionEntry = z.object({
  version: DataVersionId,
  loadedAt: z.string().describe('When it was loaded (ISO 8601)'),
  previous: DataVersionId.nullable().describe('The version it replaced; null for the first'),
  changes: ChangeSummary.nullable().describe(
    'What it changed since the previous version; null for the first version recorded, before which nothing is known',
  ),
});
export type DataVersionEntry = z.infer<typeof DataVersionEntry>;

/** The body of `GET /api/versions`: every load that changed the data, newest first. */
export const DataVersions = z.object({
  current: DataVersionEntry.nullable().describe('The version loaded now; null before any load'),
  versions: z.array(DataVersionEntry).describe('Newest first, at most `limit`'),
  total: z.number().int().nonnegative(),
});
export type DataVersions = z.infer<typeof DataVersions>;

/** The body of `GET /api/versions/{version}/changes`: what changed since a version, net. */
export const DataChanges = z.object({
  since: DataVersionEntry.describe('The version asked about (its latest load)'),
  current: DataVersionEntry,
  summary: ChangeSummary,
  changes: z
    .array(RecordChange)
    .describe(
      'Net changes from that version to the current one: a record added and later removed is not listed; nodes first, then relationships, then sources',
    ),
  complete: z
    .boolean()
    .describe(
      'False when a load in between changed too many records to list (its counts are in summary)',
    ),
});
export type DataChanges = z.infer<typeof DataChanges>;
