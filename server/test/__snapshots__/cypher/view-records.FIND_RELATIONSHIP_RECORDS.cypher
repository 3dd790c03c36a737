MATCH (a:Node)-[r]->(b:Node) WHERE r.id IN $ids
RETURN r.id AS id, type(r) AS type, a.id AS source, b.id AS target, r.basis AS basis,
       r.modality AS modality, r.note AS note, r.modalityNote AS modalityNote,
       r.document AS document, {sources: r.evidenceSources, locators: r.evidenceLocators, quotes: r.evidenceQuotes} AS evidence
ORDER BY id
