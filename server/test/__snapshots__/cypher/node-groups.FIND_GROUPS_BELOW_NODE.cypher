MATCH (a:Node {id: $id})
OPTIONAL CALL (a) {
  MATCH (a)-[r:LEADS|APPROVES_ESTABLISHMENT_OF|DECIDES_COMPOSITION_OF|MANAGES_CADRES_OF|SUPERVISES|INSPECTS|DIRECTS|GOVERNS|PROVIDES_PARTY_GROUP_IN|GUIDES]->(m:Node) WHERE m.rank > a.rank
  RETURN type(r) AS type, 'out' AS direction, m.kind AS kind
  UNION ALL
  MATCH (a)<-[r:MUST_ACCEPT_LEADERSHIP_OF|PART_OF|ISSUED_BY|PASSED_AT|MEETING_OF]-(m:Node) WHERE m.rank > a.rank
  RETURN type(r) AS type, 'in' AS direction, m.kind AS kind
}
RETURN a.id AS parent, type, direction, kind, count(type) AS count
ORDER BY type, direction, kind
