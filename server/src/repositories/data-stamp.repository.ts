import { z } from 'zod';
import { PARTY_CENTRE_ID } from '@pag/graph-seed';
import { readRows, type QueryContext } from './read-rows';
import { GRAPH_META_ID } from './seed.repository';

/**
 * What identifies the data loaded: the curated data's version, the last load recorded in its
 * history, whether the nodes are ranked, and what synthetic data is loaded beside it. Every
 * load that changes the data changes it, so answers cached under it (and their ETags) stay
 * true until it changes. While data is still settling — a synthetic graph being written or
 * removed a batch at a time, or the search indexes catching up with a load — there is none.
 */
export const FIND_DATA_STAMP = `
  MATCH (m:GraphMeta {id: $id})
  RETURN m.version AS version, m.synthetic AS synthetic, m.indexing AS indexing,
         COLLECT { MATCH (v:DataVersion) RETURN v.seq ORDER BY v.seq DESC LIMIT 1 } AS last,
         COUNT { MATCH (c:Node {id: $centre}) WHERE c.rank IS NOT NULL } > 0 AS ranked`;

const StampRow = z.object({
  version: z.string().nullable(),
  synthetic: z.string().nullable(),
  indexing: z.boolean().nullable(),
  last: z.array(z.number().int()),
  ranked: z.boolean(),
});

/** The data's stamp, or null when no data is loaded or it is still settling. */
export const findDataStamp = async (context: QueryContext): Promise<string | null> => {
  const [row] = await readRows(context, FIND_DATA_STAMP, StampRow, {
    id: GRAPH_META_ID,
    centre: PARTY_CENTRE_ID,
  });
  if (!row?.version || row.indexing === true || row.synthetic?.startsWith('loading:')) return null;
  const stamp = `${row.version} #${row.last[0] ?? 0}${row.ranked ? '' : ' unranked'}`;
  return row.synthetic ? `${stamp} + synthetic ${row.synthetic}` : stamp;
};
