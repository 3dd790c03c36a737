MATCH (n:Node) WHERE n.id IN $ids
RETURN n.id AS id, n.kind AS kind, n.name AS name, n.nameZh AS nameZh,
       n.description AS description, n.documentType AS documentType, n.date AS date,
       n.url AS url, {sources: n.evidenceSources, locators: n.evidenceLocators, quotes: n.evidenceQuotes} AS evidence
ORDER BY id
