import type { Driver } from 'neo4j-driver';
import { toRows, type Plain } from './record-mapper';

/** What a repository needs to run its queries. */
export interface QueryContext {
  readonly driver: Driver;
  readonly database: string;
  readonly timeoutMs: number;
}

/** Runs one read query in a read transaction with a timeout and returns plain rows. */
export const readRows = async (
  context: QueryContext,
  cypher: string,
  parameters: Record<string, unknown> = {},
): Promise<Record<string, Plain>[]> => {
  const session = context.driver.session({ database: context.database, defaultAccessMode: 'READ' });
  try {
    const result = await session.executeRead((tx) => tx.run(cypher, parameters), {
      timeout: context.timeoutMs,
    });
    return toRows(result.records);
  } finally {
    await session.close();
  }
};
