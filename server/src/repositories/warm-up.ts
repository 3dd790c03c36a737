import { PathDirection, TraceDirection } from '@pag/graph-seed';
import { findAuthorityChains } from './authority.repository';
import { findPaths } from './path.repository';
import type { QueryContext } from './read-rows';

/** Long enough for Neo4j to plan the largest query on a cold start. */
const WARM_UP_TIMEOUT_MS = 30_000;
/** An id no node has: the queries plan and run, and find nothing. */
const NO_NODE = 'warm-up-no-such-node';

/**
 * Asks Neo4j once for every trace and path query, about a node that does not exist, so that
 * it plans them before anyone asks: the path and trace queries take over a second to plan
 * cold, longer than a request may wait. Neo4j keeps the plans; a failure here only means the
 * first real request plans them instead.
 */
export const warmUp = async (context: QueryContext): Promise<void> => {
  const patient = { ...context, timeoutMs: WARM_UP_TIMEOUT_MS };
  // Neo4j plans a query again for other types of parameter: with no basis, and with one.
  for (const basis of [undefined, ['provision' as const]]) {
    for (const direction of TraceDirection.options) {
      await findAuthorityChains(patient, { id: NO_NODE, direction, maxDepth: 1, limit: 1, basis });
    }
    for (const direction of PathDirection.options) {
      await findPaths(patient, { from: NO_NODE, to: NO_NODE, max: 1, direction, basis });
    }
  }
};
