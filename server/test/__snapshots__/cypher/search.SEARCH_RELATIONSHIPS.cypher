CALL db.index.fulltext.queryRelationships('relationship_text', $lucene, {limit: $candidates})
YIELD relationship AS r, score
MATCH (s:Node)-[r]->(t:Node)
WITH r, s, t, score + CASE WHEN toLower(r.typeText) CONTAINS $lower THEN 50.0 ELSE 0.0 END AS score
RETURN r.id AS id, type(r) AS type, s {.id, .kind, .name, .nameZh} AS source,
       t {.id, .kind, .name, .nameZh} AS target, r.typeText AS typeText,
       r.quotesText AS quotes, score
ORDER BY score DESC, id
LIMIT $candidates
