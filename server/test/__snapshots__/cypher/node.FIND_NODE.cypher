MATCH (n:Node {id: $id})
RETURN n {.id, .kind, .name, .nameZh, .nameZhByEditors, .aliases, .aliasesByEditors, .description,
          .documentType, .date, .datePrecision, .status, .url, .version} AS node,
       {sources: n.evidenceSources, locators: n.evidenceLocators, quotes: n.evidenceQuotes} AS evidence,
       COLLECT {
         MATCH (n)-[r]-(other:Node)
         RETURN {id: r.id, type: type(r), out: startNode(r) = n, note: r.note,
                 basis: r.basis, modality: r.modality, modalityNote: r.modalityNote,
                 document: r.document, other: other {.id, .kind, .name, .nameZh},
                 evidence: {sources: r.evidenceSources, locators: r.evidenceLocators, quotes: r.evidenceQuotes}} AS rel
         ORDER BY rel.type, rel.id
       } AS relationships,
       COLLECT { MATCH (s:Source) RETURN s {.id, .title, .url, .author, .publisher, .date, .citedIn} } AS sourceList
