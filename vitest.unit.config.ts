import { defineConfig } from 'vitest/config';

/** Small tier: pure tests of schemas, data integrity and graph transforms. No database. */
export default defineConfig({
  test: {
    name: 'unit',
    include: ['{graph-seed,server,client,scripts}/test/**/*.test.ts'],
    exclude: ['**/*.int.test.ts', '**/node_modules/**'],
    environment: 'node',
  },
});
