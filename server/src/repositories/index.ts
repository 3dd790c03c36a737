import type { ViewRecordsRequest } from '@pag/graph-seed';
import type { Config } from '../config';
import { findAuthorityChains, type TraceRequest } from './authority.repository';
import type { Database } from './database';
import { findDataStamp } from './data-stamp.repository';
import { findEdgeDetail } from './edge.repository';
import { findGraphElements, type GraphFilter } from './graph.repository';
import { isNeo4jUp } from './health.repository';
import { findGraphMeta } from './meta.repository';
import { findNodeDetail } from './node.repository';
import {
  findRelationshipPage,
  type RelationshipPageRequest,
} from './node-relationships.repository';
import { findNodeGroups } from './node-groups.repository';
import { findOverview } from './overview.repository';
import { findPaths, type PathRequest } from './path.repository';
import { searchGraph } from './search.repository';
import { findSourceDetail } from './source.repository';
import { findViewRecords } from './view-records.repository';
import { findChangesSince, findVersions } from './versions.repository';
import { warmUp } from './warm-up';

export { Database, type DatabaseSettings } from './database';
export {
  DatabaseAccessError,
  DatabaseBusyError,
  DatabaseUnavailableError,
  GraphNotLoadedError,
} from './database-errors';

/** Every read the API makes, bound to this app's database and limits. */
export const createRepositories = (
  database: Database,
  config: Pick<Config, 'NEO4J_QUERY_TIMEOUT_MS' | 'HEALTH_TIMEOUT_MS' | 'GRAPH_ELEMENT_LIMIT'>,
) => {
  const context = { database, timeoutMs: config.NEO4J_QUERY_TIMEOUT_MS };
  let warming: Promise<void> | undefined;
  return {
    health: { isNeo4jUp: () => isNeo4jUp({ database, timeoutMs: config.HEALTH_TIMEOUT_MS }) },
    graph: {
      findElements: (filter: GraphFilter) =>
        findGraphElements(context, config.GRAPH_ELEMENT_LIMIT, filter),
    },
    overview: { find: () => findOverview(context) },
    nodes: {
      findDetail: (id: string) => findNodeDetail(context, id),
      findRelationships: (request: RelationshipPageRequest) =>
        findRelationshipPage(context, request),
      findGroups: (id: string) => findNodeGroups(context, id),
    },
    edges: { findDetail: (id: string) => findEdgeDetail(context, id) },
    authority: { findChains: (request: TraceRequest) => findAuthorityChains(context, request) },
    paths: { find: (request: PathRequest) => findPaths(context, request) },
    search: { find: (query: string, limit: number) => searchGraph(context, query, limit) },
    sources: { findDetail: (id: string) => findSourceDetail(context, id) },
    meta: { find: () => findGraphMeta(context) },
    dataStamp: { find: () => findDataStamp(context) },
    viewRecords: { find: (request: ViewRecordsRequest) => findViewRecords(context, request) },
    versions: {
      list: (limit: number) => findVersions(context, limit),
      changesSince: (version: string) => findChangesSince(context, version),
    },
    /** Has Neo4j plan the slowest queries before anyone asks: once, however often asked. */
    warmUp: () => (warming ??= warmUp(context, config.GRAPH_ELEMENT_LIMIT)),
  };
};
export type Repositories = ReturnType<typeof createRepositories>;
