import type { QueryContext } from './neo4j-query';
import { readRows } from './neo4j-query';

const PING = 'RETURN 1 AS ok';

/** Answers whether Neo4j serves queries, within the context's timeout and never later. */
export const isNeo4jUp = async (context: QueryContext): Promise<boolean> => {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), context.timeoutMs);
  });
  const ping = readRows(context, PING).then(
    (rows) => rows[0]?.ok === 1,
    () => false,
  );
  try {
    return await Promise.race([ping, timeout]);
  } finally {
    clearTimeout(timer);
  }
};
