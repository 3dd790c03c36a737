import path from 'node:path';
import { spawn } from 'node:child_process';
import { repoRoot } from '../lib/paths';
import { freePort } from '../neo4j/port';
import type { Neo4jHandle } from '../neo4j/local-neo4j';

/**
 * Starts the API (and the built client, when there is one) in a process of its own on
 * loopback, on a port the system finds free (so that a server already running is no reason
 * for a long benchmark to stop halfway), and waits until it answers.
 */
export const startApi = async (
  neo4j: Pick<Neo4jHandle, 'uri' | 'user' | 'password'>,
  env: Record<string, string> = {},
) => {
  const port = await freePort();
  if (port === 0) throw new Error('No free port on 127.0.0.1 for the API to listen on');
  const child = spawn(
    path.join(repoRoot, 'node_modules/.bin/tsx'),
    [path.join(repoRoot, 'server/src/server.ts')],
    {
      env: {
        ...process.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        LOG_LEVEL: 'warn',
        // The benchmark is one client on loopback making thousands of requests a minute: it
        // measures the service, not the per-client limit.
        RATE_LIMIT_PER_MINUTE: '0',
        NEO4J_URI: neo4j.uri,
        NEO4J_USER: neo4j.user,
        NEO4J_PASSWORD: neo4j.password,
        ...env,
      },
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  const baseUrl = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 100; attempt++) {
    const up = await fetch(`${baseUrl}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) {
      const stop = () =>
        new Promise<void>((resolve) => {
          child.once('exit', () => resolve());
          child.kill('SIGTERM');
        });
      return { baseUrl, pid: child.pid, stop };
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  child.kill('SIGKILL');
  throw new Error('The API did not start');
};
