MATCH (n:Node {id: $id})
RETURN COUNT { (n)<-[r:$($type)]-(other:Node) WHERE $kind IS NULL OR other.kind = $kind } AS total,
       COLLECT {
         MATCH (n)<-[r:$($type)]-(other:Node) WHERE $kind IS NULL OR other.kind = $kind
         WITH r, other SKIP $offset LIMIT $limit
         RETURN {id: r.id, type: type(r), out: startNode(r) = n, note: r.note,
                 basis: r.basis, modality: r.modality, modalityNote: r.modalityNote,
                 document: r.document, other: other {.id, .kind, .name, .nameZh},
                 evidence: {sources: r.evidenceSources, locators: r.evidenceLocators, quotes: r.evidenceQuotes}} AS rel
       } AS relationships,
       COLLECT { MATCH (s:Source) RETURN s {.id, .title, .url, .author, .publisher, .date, .citedIn} } AS sourceList
