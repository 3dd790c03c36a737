// What the integration tier's global setup provides to every test file (see
// test-support/neo4j-global-setup.ts).
import 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: { uri: string; user: string; password: string };
  }
}
