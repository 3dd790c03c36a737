import { z } from 'zod';
import { readRows, type QueryContext } from './read-rows';
import { GRAPH_META_ID } from './seed.repository';

/**
 * What identifies the data loaded: the curated data's version, the last load recorded in its
 * history, and what synthetic data is loaded beside it. Every load that changes the data
 * changes it, so answers cached under it (and their ETags) stay true until it changes.
 */
export const FIND_DATA_STAMP = `
  MATCH (m:GraphMeta {id: $id})
  RETURN m.version AS version, m.synthetic AS synthetic,
         COLLECT { MATCH (v:DataVersion) RETURN v.seq ORDER BY v.seq DESC LIMIT 1 } AS last`;

const StampRow = z.object({
  version: z.string().nullable(),
  synthetic: z.string().nullable(),
  last: z.array(z.number().int()),
});

/** The data's stamp, or null when no data is loaded. */
export const findDataStamp = async (context: QueryContext): Promise<string | null> => {
  const [row] = await readRows(context, FIND_DATA_STAMP, StampRow, { id: GRAPH_META_ID });
  if (!row?.version) return null;
  const stamp = `${row.version} #${row.last[0] ?? 0}`;
  return row.synthetic ? `${stamp} + synthetic ${row.synthetic}` : stamp;
};
