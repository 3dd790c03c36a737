RETURN COLLECT { MATCH (n:Node) WITH n.kind AS kind, count(*) AS c RETURN {kind: kind, count: c} } AS kinds,
       COLLECT { MATCH (:Node)-[r]->(:Node) WITH type(r) AS type, count(*) AS c RETURN {type: type, count: c} } AS types,
       COUNT { MATCH (s:Source) WHERE NOT s:Synthetic } AS sources,
       COUNT { MATCH (n:Node:Synthetic) } AS synthetic,
       COUNT { MATCH (s:Source) WHERE s.citedIn IS NOT NULL } AS citedThrough,
       COLLECT {
         MATCH (d:Node {kind: 'document'})
         RETURN d {.id, .name, .nameZh, .documentType, .date} AS document
         ORDER BY d.date IS NULL, d.date, d.id
       } AS documents,
       COLLECT {
         MATCH (s:Source) WHERE s.text IS NOT NULL
         RETURN s {.id, .type, .title, .titleZh, .author, .publisher, .date, .url, .citedIn} AS source
         ORDER BY source.id
       } AS basedOn,
       COLLECT { MATCH (m:GraphMeta {id: $metaId}) RETURN m {.version, .loadedAt} } AS meta
