import { issueAt, type IntegrityRule } from '../graph-records';

/** Both ends of every relationship are nodes of the graph. */
export const relationshipEnds: IntegrityRule = ({ nodes, relationships }) => {
  const nodeIds = new Set(nodes.map((n) => n.value.id));
  return relationships.flatMap((relationship) =>
    (['source', 'target'] as const)
      .filter((end) => !nodeIds.has(relationship.value[end]))
      .map((end) => issueAt(relationship, [end], `unknown node "${relationship.value[end]}"`)),
  );
};
