import neo4j from 'neo4j-driver';
import { z } from 'zod';
import {
  ChangeSummary,
  RecordChange,
  RelationshipType,
  type DataChanges,
  type DataVersionEntry,
  type DataVersions,
} from '@pag/graph-seed';
import { addSummaries, composeChanges, summarizeChanges } from '../services/change-log';
import { readRows, type QueryContext } from './read-rows';

const ENTRY = 'v {.version, .loadedAt, .previous, .summary}';

export const FIND_VERSIONS = `
  RETURN COUNT { MATCH (v:DataVersion) } AS total,
         COLLECT {
           MATCH (v:DataVersion) RETURN ${ENTRY} AS entry ORDER BY v.seq DESC LIMIT $limit
         } AS versions`;

/** The latest load of a version, the loads after it (with their changelogs), and the last. */
export const FIND_CHANGES_SINCE = `
  MATCH (since:DataVersion {version: $version})
  WITH since ORDER BY since.seq DESC LIMIT 1
  RETURN since {.version, .loadedAt, .previous, .summary} AS since,
         COLLECT {
           MATCH (v:DataVersion) WHERE v.seq > since.seq
           RETURN v {.version, .loadedAt, .previous, .summary, .changes} AS load ORDER BY v.seq
         } AS after`;

/** A JSON text the loader stored, parsed and checked by a schema. */
const json = <T extends z.ZodType>(schema: T) =>
  z
    .string()
    .transform((text, context): unknown => {
      try {
        return JSON.parse(text);
      } catch {
        context.addIssue({ code: 'custom', message: 'not JSON' });
        return z.NEVER;
      }
    })
    .pipe(schema);

const StoredEntry = z.object({
  version: z.string(),
  loadedAt: z.string(),
  previous: z.string().nullish(),
  summary: json(ChangeSummary).nullish(),
});
// A changelog is read as it was stored: one stored before loads kept former values has none
// to give, and a relationship type since retired from the vocabulary is no longer named.
const StoredChange = RecordChange.extend({
  was: RecordChange.shape.was.default({}),
  type: z
    .string()
    .nullable()
    .transform((type) => RelationshipType.safeParse(type).data ?? null),
});
const StoredLoad = StoredEntry.extend({ changes: json(z.array(StoredChange)).nullish() });

const VersionsRow = z.object({ total: z.number().int(), versions: z.array(StoredEntry) });
const ChangesRow = z.object({ since: StoredEntry, after: z.array(StoredLoad) });

const toEntry = (stored: z.output<typeof StoredEntry>): DataVersionEntry => ({
  version: stored.version,
  loadedAt: stored.loadedAt,
  previous: stored.previous ?? null,
  changes: stored.summary ?? null,
});

/** Every load that changed the data, newest first: the first `limit` of them. */
export const findVersions = async (context: QueryContext, limit: number): Promise<DataVersions> => {
  const [row] = await readRows(context, FIND_VERSIONS, VersionsRow, { limit: neo4j.int(limit) });
  const versions = (row?.versions ?? []).map(toEntry);
  return { current: versions[0] ?? null, versions, total: row?.total ?? 0 };
};

/**
 * What changed from a version (its latest load) to the one loaded now, net; undefined for
 * a version the history does not hold.
 */
export const findChangesSince = async (
  context: QueryContext,
  version: string,
): Promise<DataChanges | undefined> => {
  const [row] = await readRows(context, FIND_CHANGES_SINCE, ChangesRow, { version });
  if (!row) return undefined;
  const since = toEntry(row.since);
  const last = row.after.at(-1);
  const complete = row.after.every((load) => load.changes != null);
  const changes = composeChanges(row.after.map((load) => load.changes ?? []));
  return {
    since,
    current: last ? toEntry(last) : since,
    summary: complete
      ? summarizeChanges(changes)
      : addSummaries(row.after.flatMap((load) => (load.summary ? [load.summary] : []))),
    changes,
    complete,
  };
};
