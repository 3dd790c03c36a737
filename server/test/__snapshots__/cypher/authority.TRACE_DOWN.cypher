  OPTIONAL MATCH (start:Node {id: $id})
  RETURN start.id AS found,
         COLLECT {
           MATCH p = (start) ((x:Node)-[r]-(y:Node)
  WHERE ((r.authorityDirection = 'down' AND startNode(r) = x) OR (r.authorityDirection = 'up' AND endNode(r) = x)) AND ($bases IS NULL OR r.basis IN $bases)){1,12} (end:Node)
           WHERE length(p) <= $maxDepth AND all(i IN range(0, length(p) - 1) WHERE NOT nodes(p)[i] IN nodes(p)[i + 1..])
             AND (length(p) = $maxDepth OR NOT EXISTS {
               MATCH (end)-[r2]-(:Node)
               WHERE ((r2.authorityDirection = 'down' AND startNode(r2) = end) OR (r2.authorityDirection = 'up' AND endNode(r2) = end)) AND ($bases IS NULL OR r2.basis IN $bases)
             })
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
           MATCH p = (start) ((x:Node)-[r]-(y:Node)
  WHERE (r.authorityDirection = 'down' AND startNode(r) = x) OR (r.authorityDirection = 'up' AND endNode(r) = x)){1,12} (end:Node)
           WHERE length(p) <= $maxDepth AND all(i IN range(0, length(p) - 1) WHERE NOT nodes(p)[i] IN nodes(p)[i + 1..]) AND any(rel IN relationships(p) WHERE NOT rel.basis IN $bases)
             AND (length(p) = $maxDepth OR NOT EXISTS {
               MATCH (end)-[r2]-(:Node)
               WHERE ((r2.authorityDirection = 'down' AND startNode(r2) = end) OR (r2.authorityDirection = 'up' AND endNode(r2) = end))
             })
           RETURN p LIMIT $limit
         } END AS removed,
         COLLECT { MATCH (s:Source) RETURN s {.id, .title, .url, .author, .publisher, .date, .citedIn} } AS sourceList
