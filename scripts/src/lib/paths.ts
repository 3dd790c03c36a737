import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, whatever the working directory. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

export const paths = {
  /** Everything the project keeps locally for Neo4j (ignored by git). */
  neo4jHome: path.join(repoRoot, '.neo4j'),
  neo4jPom: path.join(repoRoot, 'scripts/neo4j/pom.xml'),
  dataDir: path.join(repoRoot, 'graph-seed/data'),
  /** A valid graph whose every text field is an attack, for the end-to-end tier. */
  hostileDataDir: path.join(repoRoot, 'scripts/e2e/fixtures/hostile'),
  clientDir: path.join(repoRoot, 'client'),
  clientDist: path.join(repoRoot, 'client/dist'),
  testResults: path.join(repoRoot, 'test-results'),
} as const;
