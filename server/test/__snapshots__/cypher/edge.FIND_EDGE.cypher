MATCH (a:Node)-[r {id: $id}]->(b:Node)
RETURN r.id AS id, type(r) AS type, r.note AS note, r.document AS document,
       r.basis AS basis, r.modality AS modality, r.modalityNote AS modalityNote,
       a {.id, .kind, .name, .nameZh} AS source, b {.id, .kind, .name, .nameZh} AS target,
       {sources: r.evidenceSources, locators: r.evidenceLocators, quotes: r.evidenceQuotes} AS evidence,
       COLLECT { MATCH (s:Source) RETURN s {.id, .title, .url, .author, .publisher, .date, .citedIn} } AS sourceList
LIMIT 1
