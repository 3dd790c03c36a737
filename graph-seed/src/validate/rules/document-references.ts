import { issueAt, type IntegrityRule } from '../graph-records';

/** A relationship's `document` names a document node. */
export const documentReferences: IntegrityRule = ({ nodes, relationships }) => {
  const kindOf = new Map(nodes.map((n) => [n.value.id, n.value.kind]));
  return relationships.flatMap((relationship) => {
    const { document } = relationship.value;
    return document !== undefined && kindOf.get(document) !== 'document'
      ? [issueAt(relationship, ['document'], `"${document}" is not a document node`)]
      : [];
  });
};
