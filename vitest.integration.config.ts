import { defineConfig } from 'vitest/config';

/**
 * Medium tier: tests against a real Neo4j. The global setup provides the test Neo4j (its own
 * port and data folder, or NEO4J_TEST_URI); files run one at a time because they share it.
 */
export default defineConfig({
  test: {
    name: 'integration',
    include: ['{server,scripts}/test/**/*.int.test.ts'],
    environment: 'node',
    globalSetup: ['test-support/neo4j-global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 240_000,
  },
});
