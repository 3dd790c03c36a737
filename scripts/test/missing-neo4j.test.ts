import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../src/lib/paths';

describe('pnpm graph load with neither Java nor NEO4J_URI', () => {
  it('stops with a message naming what to install or set, and starts nothing', () => {
    const env = Object.fromEntries(
      Object.entries(process.env).filter(([key]) => !key.startsWith('NEO4J_')),
    );
    const result = spawnSync(
      path.join(repoRoot, 'node_modules/.bin/tsx'),
      [path.join(repoRoot, 'scripts/src/graph-cli.ts'), 'load'],
      { env: { ...env, JAVA_HOME: '/nonexistent-java-home' }, encoding: 'utf8', timeout: 60_000 },
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('No Neo4j to use');
    expect(result.stderr).toContain('install Java 17 or 21 and Maven');
    expect(result.stderr).toContain('set NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD');
    expect(result.stdout).not.toContain('Starting Neo4j');
  });
});
