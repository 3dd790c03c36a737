import { Neo4jError } from 'neo4j-driver';

/**
 * The database cannot answer now: it is down, starting, hung, overloaded or out of
 * connections. A request that meets it is answered 503, to be retried.
 */
export class DatabaseUnavailableError extends Error {
  override readonly name: string = 'DatabaseUnavailableError';
}

/**
 * Too many queries are already running and waiting: refused at once rather than queued, and
 * answered 503 like any other unavailability.
 */
export class DatabaseBusyError extends DatabaseUnavailableError {
  override readonly name = 'DatabaseBusyError';
}

/**
 * The database answers but holds no graph yet (its search index is missing): someone has to
 * load it. Answered 503, with a message that says so.
 */
export class GraphNotLoadedError extends Error {
  override readonly name = 'GraphNotLoadedError';
}

/** The database refused the configured credentials: retrying will not help. */
export class DatabaseAccessError extends Error {
  override readonly name = 'DatabaseAccessError';
}

/** A query's rows did not have the shape its repository reads: a bug, never the user's. */
export class QueryResultError extends Error {
  override readonly name = 'QueryResultError';
}

// Errors the driver raises itself carry these codes rather than a Neo4j status code.
const DRIVER_UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired']);
const SERVER_UNAVAILABLE_CODES = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
]);

/** Whether a driver error means the database cannot answer now (as opposed to a bad query). */
const isUnavailable = (error: Neo4jError): boolean =>
  Neo4jError.isRetryable(error) ||
  DRIVER_UNAVAILABLE_CODES.has(error.code) ||
  SERVER_UNAVAILABLE_CODES.has(error.code) ||
  error.code.startsWith('Neo.TransientError') ||
  // The pool raises this one without a code: every connection is busy.
  error.message.startsWith('Connection acquisition timed out');

/**
 * Turns what the driver threw into one of this layer's errors, so that nothing above the
 * repositories needs to know the driver: unavailability and refused credentials are
 * classified; anything else (a query bug) passes through unchanged.
 */
export const classifyDatabaseError = (error: unknown): unknown => {
  if (!(error instanceof Neo4jError)) return error;
  if (isUnavailable(error)) {
    return new DatabaseUnavailableError(error.message, { cause: error });
  }
  if (
    error.code === 'Neo.ClientError.Procedure.ProcedureCallFailed' &&
    /no such fulltext schema index/i.test(error.message)
  ) {
    return new GraphNotLoadedError(error.message, { cause: error });
  }
  if (error.code.startsWith('Neo.ClientError.Security')) {
    return new DatabaseAccessError(`${error.code}: ${error.message}`, { cause: error });
  }
  return error;
};
