import { describe, expect, it } from 'vitest';
import { Neo4jError } from 'neo4j-driver';
import {
  DatabaseAccessError,
  DatabaseUnavailableError,
  GraphNotLoadedError,
  classifyDatabaseError,
} from '../src/repositories/database-errors';

/** An error as the driver raises it; the pool's own errors carry the code "N/A". */
const newError = (message: string, code = 'N/A') =>
  new Neo4jError(message, code, '50N42', 'error: general processing exception');

describe('classifying what the driver throws', () => {
  it.each([
    ['the server is gone', newError('connection refused', 'ServiceUnavailable')],
    ['the session expired', newError('expired', 'SessionExpired')],
    [
      'the server is overloaded',
      newError('busy', 'Neo.TransientError.General.MemoryPoolOutOfMemoryError'),
    ],
    [
      'a read timed out',
      newError('too slow', 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration'),
    ],
    [
      'no connection is free',
      newError('Connection acquisition timed out in 1500 ms. Pool status: Active conn count = 50'),
    ],
  ])('calls it unavailable when %s', (_, error) => {
    const classified = classifyDatabaseError(error);
    expect(classified).toBeInstanceOf(DatabaseUnavailableError);
    expect(classified).toHaveProperty('cause', error);
  });

  it('calls a missing search index a graph not loaded yet, not a bug', () => {
    const error = newError(
      'Failed to invoke procedure `db.index.fulltext.queryNodes`: Caused by: java.lang.IllegalArgumentException: There is no such fulltext schema index: node_text',
      'Neo.ClientError.Procedure.ProcedureCallFailed',
    );
    expect(classifyDatabaseError(error)).toBeInstanceOf(GraphNotLoadedError);
    const other = newError(
      'Failed to invoke procedure `x`',
      'Neo.ClientError.Procedure.ProcedureCallFailed',
    );
    expect(classifyDatabaseError(other)).toBe(other);
  });

  it('calls refused credentials an access error, which retrying will not mend', () => {
    const error = newError('bad credentials', 'Neo.ClientError.Security.Unauthorized');
    expect(classifyDatabaseError(error)).toBeInstanceOf(DatabaseAccessError);
  });

  it('passes a query error and anything not from the driver through unchanged', () => {
    const syntax = newError('Invalid input', 'Neo.ClientError.Statement.SyntaxError');
    expect(classifyDatabaseError(syntax)).toBe(syntax);
    const other = new TypeError('not a driver error');
    expect(classifyDatabaseError(other)).toBe(other);
  });
});
