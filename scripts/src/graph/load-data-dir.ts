import type { SeedGraph } from '@pag/graph-seed';
import { Database } from '@pag/server/repositories/database';
import {
  loadSeedGraph,
  type ChangeCounts,
  type LoadReport,
} from '@pag/server/repositories/seed.repository';
import { done, step, UserError, warn } from '../lib/log';
import type { Neo4jHandle } from '../neo4j/local-neo4j';
import { formatIssue, readDataDir } from './read-data-dir';

const describeCounts = (name: string, counts: ChangeCounts): string =>
  `${name}: ${counts.created} created, ${counts.updated} updated, ${counts.removed} removed, ${counts.unchanged} unchanged`;

/**
 * Validates the data folder; throws a UserError listing every issue when it is invalid.
 * Warnings (wording that disagrees with a recorded modality) are printed, not refused.
 */
export const validateDataDir = (dataDir: string) => {
  const result = readDataDir(dataDir);
  for (const warning of result.warnings) warn(`warning: ${formatIssue(warning)}`);
  if (!result.ok) {
    throw new UserError(
      `The graph data has ${result.issues.length} problem(s); nothing was loaded:\n${result.issues
        .map((issue) => `  ${formatIssue(issue)}`)
        .join('\n')}`,
    );
  }
  return result.graph;
};

/**
 * Validates the data folder and makes the database mirror it, in one transaction. Invalid
 * data is refused before anything is written.
 */
export const loadDataDir = async (
  handle: Pick<Neo4jHandle, 'uri' | 'user' | 'password'>,
  dataDir: string,
  database = 'neo4j',
): Promise<LoadReport> => {
  step(`Validating ${dataDir}…`);
  const graph = validateDataDir(dataDir);
  done(
    `Data valid: ${graph.nodes.length} nodes, ${graph.relationships.length} relationships, ${graph.sources.length} sources`,
  );
  return loadGraph(handle, graph, database);
};

/** Makes the database mirror a graph already validated, in one transaction, and says what changed. */
export const loadGraph = async (
  handle: Pick<Neo4jHandle, 'uri' | 'user' | 'password'>,
  graph: SeedGraph,
  database = 'neo4j',
): Promise<LoadReport> => {
  step(`Loading into ${handle.uri}…`);
  const connection = new Database({ ...handle, database });
  try {
    const report = await loadSeedGraph(connection, graph);
    if (report.changed) {
      done(`Graph loaded in ${report.milliseconds} ms (data version ${report.version})`);
    } else {
      done(`Graph already up to date: nothing changed (${report.milliseconds} ms)`);
    }
    for (const [name, counts] of Object.entries({
      nodes: report.nodes,
      relationships: report.relationships,
      sources: report.sources,
    })) {
      process.stdout.write(`    ${describeCounts(name, counts)}\n`);
    }
    return report;
  } finally {
    await connection.close();
  }
};
