import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { Database } from '@pag/server/repositories/database';
import { paths, repoRoot } from '../src/lib/paths';
import { runCommand } from '../src/lib/run-command';
import { startLocalNeo4j } from '../src/neo4j/local-neo4j';
import { isProcessAlive } from '../src/neo4j/process-alive';
import { superviseNeo4j } from '../src/neo4j/supervise-neo4j';
import { freePort } from '../src/neo4j/port';

const PASSWORD = 'party-graph-outage';

/** The pid of the running `outage` Neo4j, from its pid file. */
const serverPid = () =>
  (
    JSON.parse(readFileSync(path.join(paths.neo4jHome, 'outage', 'neo4j.pid'), 'utf8')) as {
      pid: number;
    }
  ).pid;

const answers = async (uri: string): Promise<boolean> => {
  const database = new Database({
    uri,
    user: 'neo4j',
    password: PASSWORD,
    database: 'neo4j',
    connectionTimeoutMs: 1000,
  });
  try {
    await database.verifyConnectivity();
    return true;
  } catch {
    return false;
  } finally {
    await database.close();
  }
};

describe('a supervised local Neo4j', () => {
  it('is started again after it is killed, and another command neither stops nor wipes it', async () => {
    const boltPort = await freePort();
    const neo4j = await superviseNeo4j(
      () =>
        startLocalNeo4j({
          instance: 'outage',
          boltPort,
          user: 'neo4j',
          password: PASSWORD,
          fresh: true,
        }),
      { delaysMs: [500] },
    );
    onTestFinished(() => neo4j.stop());
    expect(await answers(neo4j.uri)).toBe(true);

    // A graph command in another process uses the running server and leaves it running.
    const first = serverPid();
    const other = await runCommand(
      path.join(repoRoot, 'node_modules/.bin/tsx'),
      [path.join(repoRoot, 'scripts/test/support/use-outage-neo4j.ts'), String(boltPort)],
      { capture: true },
    );
    expect(other.code, other.stderr).toBe(0);
    expect(other.stdout).toContain('local=false');
    expect(isProcessAlive(first)).toBe(true);
    expect(await answers(neo4j.uri)).toBe(true);

    // Killed outright, it is started again: the same address answers, from a new process.
    process.kill(first, 'SIGKILL');
    const killedAt = Date.now();
    await expect.poll(() => answers(neo4j.uri), { timeout: 30_000, interval: 250 }).toBe(false);
    await expect
      .poll(async () => serverPid() !== first && (await answers(neo4j.uri)), {
        timeout: 30_000,
        interval: 250,
      })
      .toBe(true);
    expect(Date.now() - killedAt).toBeLessThan(30_000);

    // Stopped by its supervisor, it stays stopped.
    const second = serverPid();
    await neo4j.stop();
    expect(isProcessAlive(second)).toBe(false);
  }, 120_000);
});
