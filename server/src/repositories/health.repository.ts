import { z } from 'zod';
import { readRows, type QueryContext } from './read-rows';

export const PING = 'RETURN 1 AS ok';
const PingRow = z.object({ ok: z.literal(1) });

/** Answers whether Neo4j serves queries, within the context's timeout and never later. */
export const isNeo4jUp = async (context: QueryContext): Promise<boolean> => {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), context.timeoutMs);
  });
  const ping = readRows(context, PING, PingRow).then(
    (rows) => rows.length === 1,
    () => false,
  );
  try {
    return await Promise.race([ping, timeout]);
  } finally {
    clearTimeout(timer);
  }
};
