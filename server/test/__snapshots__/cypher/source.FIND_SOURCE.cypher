MATCH (s:Source {id: $id})
OPTIONAL MATCH (citing:Source {id: s.citedIn})
WITH s, CASE WHEN s.text IS NOT NULL THEN s ELSE citing END AS holder
WITH s, holder,
     CASE WHEN s.text IS NOT NULL
          THEN [s.id] + COLLECT { MATCH (c:Source {citedIn: s.id}) RETURN c.id }
          ELSE [s.id] END AS cited
RETURN s {.id, .type, .title, .titleZh, .author, .publisher, .date, .url, .citedIn} AS source,
       holder.text AS text, holder.id AS textSourceId, cited,
       holder {.id, .type, .title, .titleZh, .author, .publisher, .date, .url, .citedIn} AS textSource,
       COLLECT {
         MATCH (n:Node) WHERE any(x IN n.evidenceSources WHERE x IN cited)
         RETURN {kind: 'node', id: n.id, evidence: {sources: n.evidenceSources, locators: n.evidenceLocators, quotes: n.evidenceQuotes}} AS e ORDER BY e.id
       } + COLLECT {
         MATCH (:Node)-[r]->(:Node) WHERE any(x IN r.evidenceSources WHERE x IN cited)
         RETURN {kind: 'relationship', id: r.id, evidence: {sources: r.evidenceSources, locators: r.evidenceLocators, quotes: r.evidenceQuotes}} AS e ORDER BY e.id
       } AS citations
