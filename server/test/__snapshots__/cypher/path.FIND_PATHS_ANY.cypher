  OPTIONAL MATCH (a:Node {id: $from})
  OPTIONAL MATCH (b:Node {id: $to})
  RETURN a.id AS from, b.id AS to,
         COLLECT {
           MATCH p = SHORTEST 11 (q = (a) ((x:Node)-[r]-(y:Node)
  WHERE (true) AND ($bases IS NULL OR r.basis IN $bases)){1,6} (b) WHERE all(i IN range(0, length(q) - 1) WHERE NOT nodes(q)[i] IN nodes(q)[i + 1..]) AND reduce(s = {last: null, turns: 0}, i IN range(0, length(q) - 1) |
    CASE WHEN relationships(q)[i].authorityDirection IN ['up', 'down']
      THEN {last: ((relationships(q)[i].authorityDirection = 'down') = (startNode(relationships(q)[i]) = nodes(q)[i])), turns: s.turns + CASE WHEN s.last IS NOT NULL AND s.last <> ((relationships(q)[i].authorityDirection = 'down') = (startNode(relationships(q)[i]) = nodes(q)[i])) THEN 1 ELSE 0 END}
      ELSE s END).turns < 2)
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
  WHERE true){1,6} (b) WHERE all(i IN range(0, length(q) - 1) WHERE NOT nodes(q)[i] IN nodes(q)[i + 1..]) AND reduce(s = {last: null, turns: 0}, i IN range(0, length(q) - 1) |
    CASE WHEN relationships(q)[i].authorityDirection IN ['up', 'down']
      THEN {last: ((relationships(q)[i].authorityDirection = 'down') = (startNode(relationships(q)[i]) = nodes(q)[i])), turns: s.turns + CASE WHEN s.last IS NOT NULL AND s.last <> ((relationships(q)[i].authorityDirection = 'down') = (startNode(relationships(q)[i]) = nodes(q)[i])) THEN 1 ELSE 0 END}
      ELSE s END).turns < 2)
           WHERE any(rel IN relationships(p) WHERE NOT rel.basis IN $bases)
         } END AS removed,
         COLLECT { MATCH (s:Source) RETURN s {.id, .title, .url, .author, .publisher, .date, .citedIn} } AS sourceList
