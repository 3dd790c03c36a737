import os from 'node:os';
import { loadDataDir } from '../graph/load-data-dir';
import { paths } from '../lib/paths';
import { provideTestNeo4j } from '../neo4j/provide-neo4j';
import { startApi } from './start-api';

/**
 * Loads the seed graph into the test Neo4j, serves the API (with `env`, e.g. the built
 * client) on loopback, runs `measure` against it and stops both, whatever happens.
 */
export const withBenchApp = async <T>(
  env: Record<string, string>,
  measure: (baseUrl: string) => Promise<T>,
): Promise<T> => {
  const neo4j = await provideTestNeo4j();
  try {
    await loadDataDir(neo4j, paths.dataDir);
    const api = await startApi(neo4j, env);
    try {
      return await measure(api.baseUrl);
    } finally {
      await api.stop();
    }
  } finally {
    await neo4j.stop();
  }
};

/** The machine a benchmark ran on, for its report. */
export const machineLine = (): string =>
  `${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
