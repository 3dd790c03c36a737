import {
  NodeRecord,
  RelationshipRecord,
  SourceReference,
  type ViewRecords,
  type ViewRecordsRequest,
} from '@pag/graph-seed';
import { EVIDENCE_OF, RELATIONSHIP_WITH_ID } from './cypher-fragments';
import { EvidenceColumns, toEvidence } from './evidence-mapper';
import { readRows, type QueryContext } from './read-rows';

export const FIND_NODE_RECORDS = `
  MATCH (n:Node) WHERE n.id IN $ids
  RETURN n.id AS id, n.kind AS kind, n.name AS name, n.nameZh AS nameZh,
         n.description AS description, n.documentType AS documentType, n.date AS date,
         n.url AS url, ${EVIDENCE_OF('n')} AS evidence
  ORDER BY id`;

export const FIND_RELATIONSHIP_RECORDS = `
  UNWIND $ids AS id
  ${RELATIONSHIP_WITH_ID('id', 'id')}
  WITH DISTINCT a, r, b
  RETURN r.id AS id, type(r) AS type, a.id AS source, b.id AS target, r.basis AS basis,
         r.modality AS modality, r.note AS note, r.modalityNote AS modalityNote,
         r.document AS document, ${EVIDENCE_OF('r')} AS evidence
  ORDER BY id`;

// The sources cited, and those they are cited in.
export const FIND_SOURCE_REFERENCES = `
  MATCH (s:Source) WHERE s.id IN $ids
  OPTIONAL MATCH (citing:Source {id: s.citedIn})
  WITH collect(s) + collect(citing) AS found
  UNWIND found AS source
  WITH DISTINCT source
  RETURN source.id AS id, source.type AS type, source.title AS title, source.titleZh AS titleZh,
         source.author AS author, source.publisher AS publisher, source.date AS date,
         source.url AS url, source.citedIn AS citedIn
  ORDER BY id`;

// The API's records, with the evidence as stored (three parallel lists).
const NodeRow = NodeRecord.extend({ evidence: EvidenceColumns });
const RelationshipRow = RelationshipRecord.extend({ evidence: EvidenceColumns });

/**
 * The records of a view's elements, for a file of it (GraphML, GEXF, references): each node
 * and relationship asked for that the graph holds, with its evidence, and every source that
 * evidence cites. Ids the graph does not hold are left out.
 */
export const findViewRecords = async (
  context: QueryContext,
  request: ViewRecordsRequest,
): Promise<ViewRecords> => {
  const nodes = await readRows(context, FIND_NODE_RECORDS, NodeRow, { ids: request.nodes });
  const relationships = await readRows(context, FIND_RELATIONSHIP_RECORDS, RelationshipRow, {
    ids: request.edges,
  });
  const withEvidence = <Row extends { evidence: EvidenceColumns }>(row: Row) => ({
    ...row,
    evidence: toEvidence(row.evidence),
  });
  const cited = [
    ...new Set([...nodes, ...relationships].flatMap((row) => row.evidence.sources)),
  ].sort();
  const sources = await readRows(context, FIND_SOURCE_REFERENCES, SourceReference, {
    ids: cited,
  });
  return {
    nodes: nodes.map(withEvidence),
    relationships: relationships.map(withEvidence),
    sources,
  };
};
