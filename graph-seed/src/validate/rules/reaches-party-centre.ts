import { PARTY_CENTRE_ID } from '../../schema/party-centre';
import { nodesReaching } from '../authority-reach';
import { issueAt, type IntegrityRule } from '../graph-records';

/**
 * Every governed organization reaches the Party centre by lines of authority, unless it is
 * listed under `unconnected` with the reason; an entry there names a governed organization
 * that indeed does not reach it.
 */
export const reachesPartyCentre: IntegrityRule = ({ nodes, relationships, unconnected }) => {
  const reaching = nodesReaching(
    PARTY_CENTRE_ID,
    relationships.map((r) => r.value),
  );
  const kindOf = new Map(nodes.map((n) => [n.value.id, n.value.kind]));
  const excused = new Set(unconnected.map((u) => u.value.node));
  const entryIssues = unconnected.flatMap((entry) => {
    const { node } = entry.value;
    const kind = kindOf.get(node);
    if (kind === undefined) return [issueAt(entry, ['node'], `unknown node "${node}"`)];
    if (kind !== 'governed-entity') {
      return [issueAt(entry, ['node'], `"${node}" is a ${kind}, not a governed-entity`)];
    }
    return reaching.has(node)
      ? [
          issueAt(
            entry,
            ['node'],
            `"${node}" does reach ${PARTY_CENTRE_ID}: remove it from unconnected`,
          ),
        ]
      : [];
  });
  const unreached = nodes
    .filter(
      ({ value }) =>
        value.kind === 'governed-entity' && !reaching.has(value.id) && !excused.has(value.id),
    )
    .map((node) =>
      issueAt(
        node,
        ['id'],
        `governed entity "${node.value.id}" does not reach ${PARTY_CENTRE_ID} by lines of authority; add the missing line or list it under unconnected with the reason`,
      ),
    );
  return [...entryIssues, ...unreached];
};
