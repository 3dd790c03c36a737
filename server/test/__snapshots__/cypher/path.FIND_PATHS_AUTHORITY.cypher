  OPTIONAL MATCH (a:Node {id: $from})
  OPTIONAL MATCH (b:Node {id: $to})
  RETURN a.id AS from, b.id AS to,
         COLLECT {
           MATCH p = SHORTEST 11 (q = (a) ((x:Node)-[r]-(y:Node)
  WHERE ((r.authorityDirection = 'down' AND endNode(r) = x) OR (r.authorityDirection = 'up' AND startNode(r) = x)) AND ($bases IS NULL OR r.basis IN $bases)){1,6} (b) WHERE all(i IN range(0, length(q) - 1) WHERE NOT nodes(q)[i] IN nodes(q)[i + 1..]))
           WITH p ORDER BY length(p), [rel IN relationships(p) | rel.id] LIMIT $limit
           RETURN {
  pathNodes: [n IN nodes(p) | n {.id, .kind, .name, .nameZh}],
  pathRels: [rel IN relationships(p) | {id: rel.id, type: type(rel), source: startNode(rel).id,
                                        target: endNode(rel).id, basis: rel.basis,
                                        modality: rel.modality, note: rel.note,
                                        modalityNote: rel.modalityNote,
                                        evidence: {sources: rel.evidenceSources, locators: rel.evidenceLocators, quotes: rel.evidenceQuotes}}]
}
         } + COLLECT {
           MATCH p = SHORTEST 11 (q = (a) ((x:Node)-[r]-(y:Node)
  WHERE ((r.authorityDirection = 'down' AND startNode(r) = x) OR (r.authorityDirection = 'up' AND endNode(r) = x)) AND ($bases IS NULL OR r.basis IN $bases)){1,6} (b) WHERE all(i IN range(0, length(q) - 1) WHERE NOT nodes(q)[i] IN nodes(q)[i + 1..]))
           WITH p ORDER BY length(p), [rel IN relationships(p) | rel.id] LIMIT $limit
           RETURN {
  pathNodes: [n IN nodes(p) | n {.id, .kind, .name, .nameZh}],
  pathRels: [rel IN relationships(p) | {id: rel.id, type: type(rel), source: startNode(rel).id,
                                        target: endNode(rel).id, basis: rel.basis,
                                        modality: rel.modality, note: rel.note,
                                        modalityNote: rel.modalityNote,
                                        evidence: {sources: rel.evidenceSources, locators: rel.evidenceLocators, quotes: rel.evidenceQuotes}}]
}
         } AS paths,
         CASE WHEN $bases IS NULL THEN null ELSE COUNT {
           MATCH p = SHORTEST 11 (q = (a) ((x:Node)-[r]-(y:Node)
  WHERE (r.authorityDirection = 'down' AND endNode(r) = x) OR (r.authorityDirection = 'up' AND startNode(r) = x)){1,6} (b) WHERE all(i IN range(0, length(q) - 1) WHERE NOT nodes(q)[i] IN nodes(q)[i + 1..]))
           WHERE any(rel IN relationships(p) WHERE NOT rel.basis IN $bases)
         } + COUNT {
           MATCH p = SHORTEST 11 (q = (a) ((x:Node)-[r]-(y:Node)
  WHERE (r.authorityDirection = 'down' AND startNode(r) = x) OR (r.authorityDirection = 'up' AND endNode(r) = x)){1,6} (b) WHERE all(i IN range(0, length(q) - 1) WHERE NOT nodes(q)[i] IN nodes(q)[i + 1..]))
           WHERE any(rel IN relationships(p) WHERE NOT rel.basis IN $bases)
         } END AS removed,
         COLLECT { MATCH (s:Source) RETURN s {.id, .title, .url, .author, .publisher, .date, .citedIn} } AS sourceList
