CALL () {
  MATCH (a:Node)-[r:LEADS {id: $id}]->(b:Node) RETURN a, r, b
  UNION ALL
  MATCH (a:Node)-[r:MUST_ACCEPT_LEADERSHIP_OF {id: $id}]->(b:Node) RETURN a, r, b
  UNION ALL
  MATCH (a:Node)-[r:PART_OF {id: $id}]->(b:Node) RETURN a, r, b
  UNION ALL
  MATCH (a:Node)-[r:APPROVES_ESTABLISHMENT_OF {id: $id}]->(b:Node) RETURN a, r, b
  UNION ALL
  MATCH (a:Node)-[r:DECIDES_COMPOSITION_OF {id: $id}]->(b:Node) RETURN a, r, b
  UNION ALL
  MATCH (a:Node)-[r:MANAGES_CADRES_OF {id: $id}]->(b:Node) RETURN a, r, b
  UNION ALL
  MATCH (a:Node)-[r:SUPERVISES {id: $id}]->(b:Node) RETURN a, r, b
  UNION ALL
  MATCH (a:Node)-[r:INSPECTS {id: $id}]->(b:Node) RETURN a, r, b
  UNION ALL
  MATCH (a:Node)-[r:DIRECTS {id: $id}]->(b:Node) RETURN a, r, b
  UNION ALL
  MATCH (a:Node)-[r:GOVERNS {id: $id}]->(b:Node) RETURN a, r, b
  UNION ALL
  MATCH (a:Node)-[r:PROVIDES_PARTY_GROUP_IN {id: $id}]->(b:Node) RETURN a, r, b
  UNION ALL
  MATCH (a:Node)-[r:GUIDES {id: $id}]->(b:Node) RETURN a, r, b
  UNION ALL
  MATCH (a:Node)-[r:ISSUED_BY {id: $id}]->(b:Node) RETURN a, r, b
  UNION ALL
  MATCH (a:Node)-[r:PASSED_AT {id: $id}]->(b:Node) RETURN a, r, b
  UNION ALL
  MATCH (a:Node)-[r:MEETING_OF {id: $id}]->(b:Node) RETURN a, r, b
  UNION ALL
  MATCH (a:Node)-[r:PRESIDED_OVER {id: $id}]->(b:Node) RETURN a, r, b
  UNION ALL
  MATCH (a:Node)-[r:SUPERVISES_IMPLEMENTATION_OF {id: $id}]->(b:Node) RETURN a, r, b
  UNION ALL
  MATCH (a:Node)-[r:INSTANCE_OF {id: $id}]->(b:Node) RETURN a, r, b
  UNION ALL
  MATCH (a:Node)-[r:FORMED_IN {id: $id}]->(b:Node) RETURN a, r, b
  UNION ALL
  MATCH (a:Node)-[r:BASED_ON {id: $id}]->(b:Node) RETURN a, r, b
  UNION ALL
  MATCH (a:Node)-[r:DEFINES {id: $id}]->(b:Node) RETURN a, r, b
  UNION ALL
  MATCH (a:Node)-[r:SEPARATES_FROM {id: $id}]->(b:Node) RETURN a, r, b
  UNION ALL
  MATCH (a:Node)-[r:PARTICIPATES_IN {id: $id}]->(b:Node) RETURN a, r, b
}
RETURN r.id AS id, type(r) AS type, r.note AS note, r.document AS document,
       r.basis AS basis, r.modality AS modality, r.modalityNote AS modalityNote,
       a {.id, .kind, .name, .nameZh} AS source, b {.id, .kind, .name, .nameZh} AS target,
       {sources: r.evidenceSources, locators: r.evidenceLocators, quotes: r.evidenceQuotes} AS evidence,
       COLLECT { MATCH (s:Source) RETURN s {.id, .title, .url, .author, .publisher, .date, .citedIn} } AS sourceList
LIMIT 1
