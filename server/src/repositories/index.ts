import type { Config } from '../config';
import { findAuthorityChains, type TraceRequest } from './authority.repository';
import { findEdgeDetail } from './edge.repository';
import { findGraphElements, type GraphFilter } from './graph.repository';
import { isNeo4jUp } from './health.repository';
import { findGraphMeta } from './meta.repository';
import type { QueryContext } from './neo4j-query';
import { findNodeDetail } from './node.repository';
import { findPaths } from './path.repository';
import { searchNodes } from './search.repository';
import { findSourceDetail } from './source.repository';

/** Every read the API makes, bound to this app's driver, database and limits. */
export const createRepositories = (context: QueryContext, config: Config) => ({
  health: { isNeo4jUp: () => isNeo4jUp({ ...context, timeoutMs: config.HEALTH_TIMEOUT_MS }) },
  graph: {
    findElements: (filter: GraphFilter) =>
      findGraphElements(context, config.GRAPH_ELEMENT_LIMIT, filter),
  },
  nodes: { findDetail: (id: string) => findNodeDetail(context, id) },
  edges: { findDetail: (id: string) => findEdgeDetail(context, id) },
  authority: { findChains: (request: TraceRequest) => findAuthorityChains(context, request) },
  paths: { find: (from: string, to: string, max: number) => findPaths(context, from, to, max) },
  search: { find: (query: string, limit: number) => searchNodes(context, query, limit) },
  sources: { findDetail: (id: string) => findSourceDetail(context, id) },
  meta: { find: () => findGraphMeta(context) },
});
export type Repositories = ReturnType<typeof createRepositories>;
