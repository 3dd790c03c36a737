import type { Driver } from 'neo4j-driver';
import { toRows, type Plain } from './record-mapper';

/** What a repository needs to run its queries. */
export interface QueryContext {
  readonly driver: Driver;
  readonly database: string;
  readonly timeoutMs: number;
}

/** A read that got no answer in time: the database is slow or unreachable. */
export class QueryTimeoutError extends Error {
  override readonly name = 'QueryTimeoutError';
}

// The server enforces the transaction timeout; this margin covers the round trip before the
// client gives up on a connection that no longer answers at all.
const CLIENT_GRACE_MS = 500;

/**
 * Runs one read query in a read transaction with a timeout and returns plain rows. It never
 * waits longer than the timeout (plus a small margin), even on a connection that hangs.
 */
export const readRows = async (
  context: QueryContext,
  cypher: string,
  parameters: Record<string, unknown> = {},
): Promise<Record<string, Plain>[]> => {
  const session = context.driver.session({ database: context.database, defaultAccessMode: 'READ' });
  let timer: NodeJS.Timeout | undefined;
  // An auto-commit transaction in a READ session: one round trip instead of the three of a
  // managed transaction (BEGIN, RUN, COMMIT), and reads need no retry logic here.
  const read = session
    .run(cypher, parameters, { timeout: context.timeoutMs })
    .then((result) => toRows(result.records));
  const deadline = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(
      () => reject(new QueryTimeoutError(`No answer from Neo4j within ${context.timeoutMs} ms`)),
      context.timeoutMs + CLIENT_GRACE_MS,
    );
  });
  try {
    return await Promise.race([read, deadline]);
  } finally {
    clearTimeout(timer);
    // Closing waits for the transaction; on a hung connection, do not wait for it.
    void session.close().catch(() => undefined);
    read.catch(() => undefined);
  }
};
