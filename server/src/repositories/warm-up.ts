import { PathDirection, TraceDirection } from '@pag/graph-seed';
import { findAuthorityChains } from './authority.repository';
import { findGraphElements } from './graph.repository';
import { findGraphMeta } from './meta.repository';
import { findEdgeDetail } from './edge.repository';
import { findRelationshipPage } from './node-relationships.repository';
import { findNodeGroups } from './node-groups.repository';
import { findOverview } from './overview.repository';
import { findViewRecords } from './view-records.repository';
import { findNodeDetail } from './node.repository';
import { findPaths } from './path.repository';
import type { QueryContext } from './read-rows';

/** Long enough for Neo4j to plan the largest query on a cold start. */
const WARM_UP_TIMEOUT_MS = 30_000;
/** An id no node has: the trace and path queries plan and run, and find nothing. */
const NO_NODE = 'warm-up-no-such-node';

/**
 * Asks Neo4j once for what every visit asks first (the graph and its meta), then for every
 * node, relationship, view-records, trace and path query, a page query and the groups below
 * a node (about a node that does not exist), and for the overview, so that it has planned
 * them and read the graph before anyone asks: cold, they take over a second, longer than a request
 * may wait. Neo4j keeps the plans. A step that fails (no graph loaded, Neo4j down) is
 * skipped: the first real request then does that work instead.
 */
export const warmUp = async (context: QueryContext, graphLimit: number): Promise<void> => {
  const patient = { ...context, timeoutMs: WARM_UP_TIMEOUT_MS };
  const steps: (() => Promise<unknown>)[] = [
    () => findGraphMeta(patient),
    () => findGraphElements(patient, graphLimit),
    () => findNodeDetail(patient, NO_NODE),
    () => findEdgeDetail(patient, NO_NODE),
    () => findViewRecords(patient, { nodes: [NO_NODE], edges: [NO_NODE] }),
    () => findOverview(patient),
  ];
  // A node's detail pages, and a group's (of one kind, below its parent).
  for (const [kind, below] of [
    [undefined, false],
    ['governed-entity', true],
  ] as const)
    steps.push(() =>
      findRelationshipPage(patient, {
        id: NO_NODE,
        type: 'LEADS',
        direction: 'in',
        kind,
        below,
        offset: 0,
        limit: 1,
      }),
    );
  steps.push(() => findNodeGroups(patient, NO_NODE));
  // Neo4j plans a query again for other types of parameter: with no basis, and with one.
  for (const basis of [undefined, ['provision' as const]]) {
    for (const direction of TraceDirection.options)
      steps.push(() =>
        findAuthorityChains(patient, { id: NO_NODE, direction, maxDepth: 1, limit: 1, basis }),
      );
    for (const direction of PathDirection.options)
      steps.push(() =>
        findPaths(patient, { from: NO_NODE, to: NO_NODE, max: 1, direction, basis }),
      );
  }
  for (const step of steps) await step().catch(() => undefined);
};
