UNWIND $frontier AS id
MATCH (x:Node {id: id})
CALL (x) {
  MATCH (x)<-[r:LEADS|APPROVES_ESTABLISHMENT_OF|DECIDES_COMPOSITION_OF|MANAGES_CADRES_OF|SUPERVISES|INSPECTS|DIRECTS|GOVERNS|PROVIDES_PARTY_GROUP_IN|GUIDES]-(y:Node) RETURN r, y
  UNION ALL
  MATCH (x)-[r:MUST_ACCEPT_LEADERSHIP_OF|PART_OF|ISSUED_BY|PASSED_AT|MEETING_OF]->(y:Node) RETURN r, y
}
RETURN {id: r.id, type: type(r), source: startNode(r).id,
                                      target: endNode(r).id, basis: r.basis,
                                      modality: r.modality, note: r.note,
                                      modalityNote: r.modalityNote,
                                      evidence: {sources: r.evidenceSources, locators: r.evidenceLocators, quotes: r.evidenceQuotes}} AS rel, y {.id, .kind, .name, .nameZh} AS above
