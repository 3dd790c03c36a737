import { describe, expect, it, onTestFinished } from 'vitest';
import { z } from 'zod';
import { Database } from '../src/repositories/database';
import { DatabaseUnavailableError } from '../src/repositories/database-errors';
import { readRows } from '../src/repositories/read-rows';
import { testNeo4j } from '../../test-support/test-database';
import { openProxy } from './support/build';

const Ping = z.object({ ok: z.number() });

describe('the repositories meeting a database that cannot serve them', () => {
  it('call a request that finds every connection busy unavailable, as the driver reports it', async () => {
    const proxy = await openProxy();
    const { user, password } = testNeo4j();
    const database = new Database({
      uri: `bolt://127.0.0.1:${proxy.port}`,
      user,
      password,
      database: 'neo4j',
      connectionTimeoutMs: 400,
      maxConnectionPoolSize: 1,
    });
    onTestFinished(() => database.close());
    const context = { database, timeoutMs: 1500 };
    await readRows(context, 'RETURN 1 AS ok', Ping);

    // The one connection hangs on a query; the next request waits for it, then gives up.
    proxy.paused = true;
    const holding = readRows(context, 'RETURN 1 AS ok', Ping);
    const waiting = readRows(context, 'RETURN 2 AS ok', Ping);
    const error: unknown = await waiting.catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(DatabaseUnavailableError);
    expect(String(error)).toMatch(/acquisition timed out/i);
    await expect(holding).rejects.toBeInstanceOf(DatabaseUnavailableError);
  });
});
