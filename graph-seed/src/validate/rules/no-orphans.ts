import { issueAt, type IntegrityRule } from '../graph-records';

/** Every node takes part in at least one relationship: a node alone says nothing. */
export const noOrphans: IntegrityRule = ({ nodes, relationships }) => {
  const connected = new Set(relationships.flatMap((r) => [r.value.source, r.value.target]));
  return nodes
    .filter((node) => !connected.has(node.value.id))
    .map((node) => issueAt(node, ['id'], `node "${node.value.id}" has no relationships (orphan)`));
};
