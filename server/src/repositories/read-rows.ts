import { z } from 'zod';
import type { Database } from './database';
import {
  classifyDatabaseError,
  DatabaseUnavailableError,
  QueryResultError,
} from './database-errors';
import { toPlain } from './to-plain';

/** What a repository needs to run its reads. */
export interface QueryContext {
  readonly database: Database;
  /** Transaction timeout of each read. */
  readonly timeoutMs: number;
}

// The server enforces the transaction timeout; this margin covers the round trip before the
// client gives up on a connection that no longer answers at all.
const CLIENT_GRACE_MS = 300;

/** The query's first line, to name it in an error. */
const firstLine = (cypher: string): string => cypher.trim().split('\n')[0] ?? '';

/**
 * Runs one read query in a read transaction with a timeout and parses every row with the
 * row schema: repositories get typed values, never driver types or unchecked casts. It never
 * waits longer than the timeout (plus a small margin), even on a connection that hangs.
 * Throws DatabaseUnavailableError when the database cannot answer (DatabaseBusyError, at
 * once, when too many reads already wait for a turn), QueryResultError when a row does not
 * have the shape the schema reads.
 */
export const readRows = async <Row extends z.ZodType>(
  context: QueryContext,
  cypher: string,
  row: Row,
  parameters: Record<string, unknown> = {},
): Promise<z.output<Row>[]> => {
  const leave = await context.database.enterQueue();
  try {
    return await readRowsInTurn(context, cypher, row, parameters);
  } finally {
    leave();
  }
};

/** Runs one query of a read transaction and parses its rows (see readInTransaction). */
export type ReadQuery = <Row extends z.ZodType>(
  cypher: string,
  row: Row,
  parameters?: Record<string, unknown>,
) => Promise<z.output<Row>[]>;

/**
 * Runs several queries that make one answer in one read transaction: one turn in the queue,
 * one snapshot of the graph, one timeout for them all (plus the margin), as readRows gives
 * one query. Throws as readRows does.
 */
export const readInTransaction = async <T>(
  context: QueryContext,
  work: (read: ReadQuery) => Promise<T>,
): Promise<T> => {
  const leave = await context.database.enterQueue();
  const session = context.database.session('READ');
  const done = session.executeRead(
    (tx) =>
      work(async (cypher, row, parameters = {}) => {
        const result = await tx.run(cypher, parameters);
        return parseRows(
          cypher,
          row,
          result.records.map((record) => toPlain(record.toObject())),
        );
      }),
    { timeout: context.timeoutMs },
  );
  try {
    return await withinTimeout(context, session, done);
  } finally {
    leave();
  }
};

/**
 * The session's answer, or DatabaseUnavailableError once the timeout (plus the margin) has
 * passed, even on a connection that hangs; errors classified. The session is closed either
 * way, without waiting for it.
 */
const withinTimeout = async <T>(
  context: QueryContext,
  session: ReturnType<QueryContext['database']['session']>,
  answer: Promise<T>,
): Promise<T> => {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(
      () =>
        reject(new DatabaseUnavailableError(`No answer from Neo4j within ${context.timeoutMs} ms`)),
      context.timeoutMs + CLIENT_GRACE_MS,
    );
  });
  try {
    return await Promise.race([answer, deadline]);
  } catch (error) {
    throw classifyDatabaseError(error);
  } finally {
    clearTimeout(timer);
    // Closing waits for the transaction; on a hung connection, do not wait for it.
    void session.close().catch(() => undefined);
    answer.catch(() => undefined);
  }
};

/** The rows parsed by the row schema, or QueryResultError naming the query. */
const parseRows = <Row extends z.ZodType>(
  cypher: string,
  row: Row,
  rows: unknown,
): z.output<Row>[] => {
  const parsed = z.array(row).safeParse(rows);
  if (!parsed.success) {
    throw new QueryResultError(
      `Rows of "${firstLine(cypher)}" do not have the expected shape:\n${z.prettifyError(parsed.error)}`,
    );
  }
  return parsed.data;
};

const readRowsInTurn = async <Row extends z.ZodType>(
  context: QueryContext,
  cypher: string,
  row: Row,
  parameters: Record<string, unknown>,
): Promise<z.output<Row>[]> => {
  const session = context.database.session('READ');
  // An auto-commit transaction in a READ session: one round trip instead of the three of a
  // managed transaction (BEGIN, RUN, COMMIT), and reads need no retry logic here.
  const read = session
    .run(cypher, parameters, { timeout: context.timeoutMs })
    .then((result) => result.records.map((record) => toPlain(record.toObject())));
  return parseRows(cypher, row, await withinTimeout(context, session, read));
};
