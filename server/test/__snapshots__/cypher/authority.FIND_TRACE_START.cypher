OPTIONAL MATCH (start:Node {id: $id})
RETURN CASE WHEN start IS NULL THEN null ELSE start {.id, .kind, .name, .nameZh} END AS start, COLLECT { MATCH (s:Source) RETURN s {.id, .title, .url, .author, .publisher, .date, .citedIn} } AS sourceList
