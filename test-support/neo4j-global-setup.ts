import type { TestProject } from 'vitest/node';
import { loadDataDir } from '../scripts/src/graph/load-data-dir';
import { paths } from '../scripts/src/lib/paths';
import { provideTestNeo4j } from '../scripts/src/neo4j/provide-neo4j';

/**
 * Starts the test Neo4j (or uses NEO4J_TEST_URI) once for the whole integration run and
 * loads the seed graph into it. Tests that change the data restore the seed graph after.
 */
export default async function setup(project: TestProject) {
  const handle = await provideTestNeo4j();
  try {
    await loadDataDir(handle, paths.dataDir);
  } catch (error) {
    await handle.stop();
    throw error;
  }
  project.provide('neo4j', { uri: handle.uri, user: handle.user, password: handle.password });
  return () => handle.stop();
}
