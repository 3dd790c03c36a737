// LEADS out

  MATCH (n:Node {id: $id})
  RETURN CASE WHEN $kind IS NULL AND NOT $below THEN COUNT { (n)-[:LEADS]->() }
              ELSE COUNT { (n)-[r:LEADS]->(other:Node) WHERE ($kind IS NULL OR other.kind = $kind) AND (NOT $below OR other.rank > n.rank) } END AS total,
         COLLECT {
           MATCH (n)-[r:LEADS]->(other:Node) WHERE ($kind IS NULL OR other.kind = $kind) AND (NOT $below OR other.rank > n.rank)
           WITH r, other SKIP $offset LIMIT $limit
           RETURN {id: r.id, type: type(r), out: startNode(r) = n, note: r.note,
                   basis: r.basis, modality: r.modality, modalityNote: r.modalityNote,
                   document: r.document, other: other {.id, .kind, .name, .nameZh},
                   evidence: {sources: r.evidenceSources, locators: r.evidenceLocators, quotes: r.evidenceQuotes}} AS rel
         } AS relationships,
         COLLECT { MATCH (s:Source) RETURN s {.id, .title, .url, .author, .publisher, .date, .citedIn} } AS sourceList;
// LEADS in

  MATCH (n:Node {id: $id})
  RETURN CASE WHEN $kind IS NULL AND NOT $below THEN COUNT { (n)<-[:LEADS]-() }
              ELSE COUNT { (n)<-[r:LEADS]-(other:Node) WHERE ($kind IS NULL OR other.kind = $kind) AND (NOT $below OR other.rank > n.rank) } END AS total,
         COLLECT {
           MATCH (n)<-[r:LEADS]-(other:Node) WHERE ($kind IS NULL OR other.kind = $kind) AND (NOT $below OR other.rank > n.rank)
           WITH r, other SKIP $offset LIMIT $limit
           RETURN {id: r.id, type: type(r), out: startNode(r) = n, note: r.note,
                   basis: r.basis, modality: r.modality, modalityNote: r.modalityNote,
                   document: r.document, other: other {.id, .kind, .name, .nameZh},
                   evidence: {sources: r.evidenceSources, locators: r.evidenceLocators, quotes: r.evidenceQuotes}} AS rel
         } AS relationships,
         COLLECT { MATCH (s:Source) RETURN s {.id, .title, .url, .author, .publisher, .date, .citedIn} } AS sourceList;
// MUST_ACCEPT_LEADERSHIP_OF out

  MATCH (n:Node {id: $id})
  RETURN CASE WHEN $kind IS NULL AND NOT $below THEN COUNT { (n)-[:MUST_ACCEPT_LEADERSHIP_OF]->() }
              ELSE COUNT { (n)-[r:MUST_ACCEPT_LEADERSHIP_OF]->(other:Node) WHERE ($kind IS NULL OR other.kind = $kind) AND (NOT $below OR other.rank > n.rank) } END AS total,
         COLLECT {
           MATCH (n)-[r:MUST_ACCEPT_LEADERSHIP_OF]->(other:Node) WHERE ($kind IS NULL OR other.kind = $kind) AND (NOT $below OR other.rank > n.rank)
           WITH r, other SKIP $offset LIMIT $limit
           RETURN {id: r.id, type: type(r), out: startNode(r) = n, note: r.note,
                   basis: r.basis, modality: r.modality, modalityNote: r.modalityNote,
                   document: r.document, other: other {.id, .kind, .name, .nameZh},
                   evidence: {sources: r.evidenceSources, locators: r.evidenceLocators, quotes: r.evidenceQuotes}} AS rel
         } AS relationships,
         COLLECT { MATCH (s:Source) RETURN s {.id, .title, .url, .author, .publisher, .date, .citedIn} } AS sourceList;
// MUST_ACCEPT_LEADERSHIP_OF in

  MATCH (n:Node {id: $id})
  RETURN CASE WHEN $kind IS NULL AND NOT $below THEN COUNT { (n)<-[:MUST_ACCEPT_LEADERSHIP_OF]-() }
              ELSE COUNT { (n)<-[r:MUST_ACCEPT_LEADERSHIP_OF]-(other:Node) WHERE ($kind IS NULL OR other.kind = $kind) AND (NOT $below OR other.rank > n.rank) } END AS total,
         COLLECT {
           MATCH (n)<-[r:MUST_ACCEPT_LEADERSHIP_OF]-(other:Node) WHERE ($kind IS NULL OR other.kind = $kind) AND (NOT $below OR other.rank > n.rank)
           WITH r, other SKIP $offset LIMIT $limit
           RETURN {id: r.id, type: type(r), out: startNode(r) = n, note: r.note,
                   basis: r.basis, modality: r.modality, modalityNote: r.modalityNote,
                   document: r.document, other: other {.id, .kind, .name, .nameZh},
                   evidence: {sources: r.evidenceSources, locators: r.evidenceLocators, quotes: r.evidenceQuotes}} AS rel
         } AS relationships,
         COLLECT { MATCH (s:Source) RETURN s {.id, .title, .url, .author, .publisher, .date, .citedIn} } AS sourceList;
// PART_OF out

  MATCH (n:Node {id: $id})
  RETURN CASE WHEN $kind IS NULL AND NOT $below THEN COUNT { (n)-[:PART_OF]->() }
              ELSE COUNT { (n)-[r:PART_OF]->(other:Node) WHERE ($kind IS NULL OR other.kind = $kind) AND (NOT $below OR other.rank > n.rank) } END AS total,
         COLLECT {
           MATCH (n)-[r:PART_OF]->(other:Node) WHERE ($kind IS NULL OR other.kind = $kind) AND (NOT $below OR other.rank > n.rank)
           WITH r, other SKIP $offset LIMIT $limit
           RETURN {id: r.id, type: type(r), out: startNode(r) = n, note: r.note,
                   basis: r.basis, modality: r.modality, modalityNote: r.modalityNote,
                   document: r.document, other: other {.id, .kind, .name, .nameZh},
                   evidence: {sources: r.evidenceSources, locators: r.evidenceLocators, quotes: r.evidenceQuotes}} AS rel
         } AS relationships,
         COLLECT { MATCH (s:Source) RETURN s {.id, .title, .url, .author, .publisher, .date, .citedIn} } AS sourceList;
// PART_OF in

  MATCH (n:Node {id: $id})
  RETURN CASE WHEN $kind IS NULL AND NOT $below THEN COUNT { (n)<-[:PART_OF]-() }
              ELSE COUNT { (n)<-[r:PART_OF]-(other:Node) WHERE ($kind IS NULL OR other.kind = $kind) AND (NOT $below OR other.rank > n.rank) } END AS total,
         COLLECT {
           MATCH (n)<-[r:PART_OF]-(other:Node) WHERE ($kind IS NULL OR other.kind = $kind) AND (NOT $below OR other.rank > n.rank)
           WITH r, other SKIP $offset LIMIT $limit
           RETURN {id: r.id, type: type(r), out: startNode(r) = n, note: r.note,
                   basis: r.basis, modality: r.modality, modalityNote: r.modalityNote,
                   document: r.document, other: other {.id, .kind, .name, .nameZh},
                   evidence: {sources: r.evidenceSources, locators: r.evidenceLocators, quotes: r.evidenceQuotes}} AS rel
         } AS relationships,
         COLLECT { MATCH (s:Source) RETURN s {.id, .title, .url, .author, .publisher, .date, .citedIn} } AS sourceList;
// APPROVES_ESTABLISHMENT_OF out

  MATCH (n:Node {id: $id})
  RETURN CASE WHEN $kind IS NULL AND NOT $below THEN COUNT { (n)-[:APPROVES_ESTABLISHMENT_OF]->() }
              ELSE COUNT { (n)-[r:APPROVES_ESTABLISHMENT_OF]->(other:Node) WHERE ($kind IS NULL OR other.kind = $kind) AND (NOT $below OR other.rank > n.rank) } END AS total,
         COLLECT {
           MATCH (n)-[r:APPROVES_ESTABLISHMENT_OF]->(other:Node) WHERE ($kind IS NULL OR other.kind = $kind) AND (NOT $below OR other.rank > n.rank)
           WITH r, other SKIP $offset LIMIT $limit
           RETURN {id: r.id, type: type(r), out: startNode(r) = n, note: r.note,
                   basis: r.basis, modality: r.modality, modalityNote: r.modalityNote,
                   document: r.document, other: other {.id, .kind, .name, .nameZh},
                   evidence: {sources: r.evidenceSources, locators: r.evidenceLocators, quotes: r.evidenceQuotes}} AS rel
         } AS relationships,
         COLLECT { MATCH (s:Source) RETURN s {.id, .title, .url, .author, .publisher, .date, .citedIn} } AS sourceList;
// APPROVES_ESTABLISHMENT_OF in

  MATCH (n:Node {id: $id})
  RETURN CASE WHEN $kind IS NULL AND NOT $below THEN COUNT { (n)<-[:APPROVES_ESTABLISHMENT_OF]-() }
              ELSE COUNT { (n)<-[r:APPROVES_ESTABLISHMENT_OF]-(other:Node) WHERE ($kind IS NULL OR other.kind = $kind) AND (NOT $below OR other.rank > n.rank) } END AS total,
         COLLECT {
           MATCH (n)<-[r:APPROVES_ESTABLISHMENT_OF]-(other:Node) WHERE ($kind IS NULL OR other.kind = $kind) AND (NOT $below OR other.rank > n.rank)
           WITH r, other SKIP $offset LIMIT $limit
           RETURN {id: r.id, type: type(r), out: startNode(r) = n, note: r.note,
                   basis: r.basis, modality: r.modality, modalityNote: r.modalityNote,
                   document: r.document, other: other {.id, .kind, .name, .nameZh},
                   evidence: {sources: r.evidenceSources, locators: r.evidenceLocators, quotes: r.evidenceQuotes}} AS rel
         } AS relationships,
         COLLECT { MATCH (s:Source) RETURN s {.id, .title, .url, .author, .publisher, .date, .citedIn} } AS sourceList;
// DECIDES_COMPOSITION_OF out

  MATCH (n:Node {id: $id})
  RETURN CASE WHEN $kind IS NULL AND NOT $below THEN COUNT { (n)-[:DECIDES_COMPOSITION_OF]->() }
              ELSE COUNT { (n)-[r:DECIDES_COMPOSITION_OF]->(other:Node) WHERE ($kind IS NULL OR other.kind = $kind) AND (NOT $below OR other.rank > n.rank) } END AS total,
         COLLECT {
           MATCH (n)-[r:DECIDES_COMPOSITION_OF]->(other:Node) WHERE ($kind IS NULL OR other.kind = $kind) AND (NOT $below OR other.rank > n.rank)
           WITH r, other SKIP $offset LIMIT $limit
           RETURN {id: r.id, type: type(r), out: startNode(r) = n, note: r.note,
                   basis: r.basis, modality: r.modality, modalityNote: r.modalityNote,
                   document: r.document, other: other {.id, .kind, .name, .nameZh},
                   evidence: {sources: r.evidenceSources, locators: r.evidenceLocators, quotes: r.evidenceQuotes}} AS rel
         } AS relationships,
         COLLECT { MATCH (s:Source) RETURN s {.id, .title, .url, .author, .publisher, .date, .citedIn} } AS sourceList;
// DECIDES_COMPOSITION_OF in

  MATCH (n:Node {id: $id})
  RETURN CASE WHEN $kind IS NULL AND NOT $below THEN COUNT { (n)<-[:DECIDES_COMPOSITION_OF]-() }
              ELSE COUNT { (n)<-[r:DECIDES_COMPOSITION_OF]-(other:Node) WHERE ($kind IS NULL OR other.kind = $kind) AND (NOT $below OR other.rank > n.rank) } END AS total,
         COLLECT {
           MATCH (n)<-[r:DECIDES_COMPOSITION_OF]-(other:Node) WHERE ($kind IS NULL OR other.kind = $kind) AND (NOT $below OR other.rank > n.rank)
           WITH r, other SKIP $offset LIMIT $limit
           RETURN {id: r.id, type: type(r), out: startNode(r) = n, note: r.note,
                   basis: r.basis, modality: r.modality, modalityNote: r.modalityNote,
                   document: r.document, other: other {.id, .kind, .name, .nameZh},
                   evidence: {sources: r.evidenceSources, locators: r.evidenceLocators, quotes: r.evidenceQuotes}} AS rel
         } AS relationships,
         COLLECT { MATCH (s:Source) RETURN s {.id, .title, .url, .author, .publisher, .date, .citedIn} } AS sourceList;
// MANAGES_CADRES_OF out

  MATCH (n:Node {id: $id})
  RETURN CASE WHEN $kind IS NULL AND NOT $below THEN COUNT { (n)-[:MANAGES_CADRES_OF]->() }
              ELSE COUNT { (n)-[r:MANAGES_CADRES_OF]->(other:Node) WHERE ($kind IS NULL OR other.kind = $kind) AND (NOT $below OR other.rank > n.rank) } END AS total,
         COLLECT {
           MATCH (n)-[r:MANAGES_CADRES_OF]->(other:Node) WHERE ($kind IS NULL OR other.kind = $kind) AND (NOT $below OR other.rank > n.rank)
           WITH r, other SKIP $offset LIMIT $limit
           RETURN {id: r.id, type: type(r), out: startNode(r) = n, note: r.note,
                   basis: r.basis, modality: r.modality, modalityNote: r.modalityNote,
                   document: r.document, other: other {.id, .kind, .name, .nameZh},
                   evidence: {sources: r.evidenceSources, locators: r.evidenceLocators, quotes: r.evidenceQuotes}} AS rel
         } AS relationships,
         COLLECT { MATCH (s:Source) RETURN s {.id, .title, .url, .author, .publisher, .date, .citedIn} } AS sourceList;
// MANAGES_CADRES_OF in

  MATCH (n:Node {id: $id})
  RETURN CASE WHEN $kind IS NULL AND NOT $below THEN COUNT { (n)<-[:MANAGES_CADRES_OF]-() }
              ELSE COUNT { (n)<-[r:MANAGES_CADRES_OF]-(other:Node) WHERE ($kind IS NULL OR other.kind = $kind) AND (NOT $below OR other.rank > n.rank) } END AS total,
         COLLECT {
           MATCH (n)<-[r:MANAGES_CADRES_OF]-(other:Node) WHERE ($kind IS NULL OR other.kind = $kind) AND (NOT $below OR other.rank > n.rank)
           WITH r, other SKIP $offset LIMIT $limit
           RETURN {id: r.id, type: type(r), out: startNode(r) = n, note: r.note,
                   basis: r.basis, modality: r.modality, modalityNote: r.modalityNote,
                   document: r.document, other: other {.id, .kind, .name, .nameZh},
                   evidence: {sources: r.evidenceSources, locators: r.evidenceLocators, quotes: r.evidenceQuotes}} AS rel
         } AS relationships,
         COLLECT { MATCH (s:Source) RETURN s {.id, .title, .url, .author, .publisher, .date, .citedIn} } AS sourceList;
// SUPERVISES out

  MATCH (n:Node {id: $id})
  RETURN CASE WHEN $kind IS NULL AND NOT $below THEN COUNT { (n)-[:SUPERVISES]->() }
              ELSE COUNT { (n)-[r:SUPERVISES]->(other:Node) WHERE ($kind IS NULL OR other.kind = $kind) AND (NOT $below OR other.rank > n.rank) } END AS total,
         COLLECT {
           MATCH (n)-[r:SUPERVISES]->(other:Node) WHERE ($kind IS NULL OR other.kind = $kind) AND (NOT $below OR other.rank > n.rank)
           WITH r, other SKIP $offset LIMIT $limit
           RETURN {id: r.id, type: type(r), out: startNode(r) = n, note: r.note,
                   basis: r.basis, modality: r.modality, modalityNote: r.modalityNote,
                   document: r.document, other: other {.id, .kind, .name, .nameZh},
                   evidence: {sources: r.evidenceSources, locators: r.evidenceLocators, quotes: r.evidenceQuotes}} AS rel
         } AS relationships,
         COLLECT { MATCH (s:Source) RETURN s {.id, .title, .url, .author, .publisher, .date, .citedIn} } AS sourceList;
// SUPERVISES in

  MATCH (n:Node {id: $id})
  RETURN CASE WHEN $kind IS NULL AND NOT $below THEN COUNT { (n)<-[:SUPERVISES]-() }
              ELSE COUNT { (n)<-[r:SUPERVISES]-(other:Node) WHERE ($kind IS NULL OR other.kind = $kind) AND (NOT $below OR other.rank > n.rank) } END AS total,
         COLLECT {
           MATCH (n)<-[r:SUPERVISES]-(other:Node) WHERE ($kind IS NULL OR other.kind = $kind) AND (NOT $below OR other.rank > n.rank)
           WITH r, other SKIP $offset LIMIT $limit
           RETURN {id: r.id, type: type(r), out: startNode(r) = n, note: r.note,
                   basis: r.basis, modality: r.modality, modalityNote: r.modalityNote,
                   document: r.document, other: other {.id, .kind, .name, .nameZh},
                   evidence: {sources: r.evidenceSources, locators: r.evidenceLocators, quotes: r.evidenceQuotes}} AS rel
         } AS relationships,
         COLLECT { MATCH (s:Source) RETURN s {.id, .title, .url, .author, .publisher, .date, .citedIn} } AS sourceList;
// INSPECTS out

  MATCH (n:Node {id: $id})
  RETURN CASE WHEN $kind IS NULL AND NOT $below THEN COUNT { (n)-[:INSPECTS]->() }
              ELSE COUNT { (n)-[r:INSPECTS]->(other:Node) WHERE ($kind IS NULL OR other.kind = $kind) AND (NOT $below OR other.rank > n.rank) } END AS total,
         COLLECT {
           MATCH (n)-[r:INSPECTS]->(other:Node) WHERE ($kind IS NULL OR other.kind = $kind) AND (NOT $below OR other.rank > n.rank)
           WITH r, other SKIP $offset LIMIT $limit
           RETURN {id: r.id, type: type(r), out: startNode(r) = n, note: r.note,
                   basis: r.basis, modality: r.modality, modalityNote: r.modalityNote,
                   document: r.document, other: other {.id, .kind, .name, .nameZh},
                   evidence: {sources: r.evidenceSources, locators: r.evidenceLocators, quotes: r.evidenceQuotes}} AS rel
         } AS relationships,
         COLLECT { MATCH (s:Source) RETURN s {.id, .title, .url, .author, .publisher, .date, .citedIn} } AS sourceList;
// INSPECTS in

  MATCH (n:Node {id: $id})
  RETURN CASE WHEN $kind IS NULL AND NOT $below THEN COUNT { (n)<-[:INSPECTS]-() }
              ELSE COUNT { (n)<-[r:INSPECTS]-(other:Node) WHERE ($kind IS NULL OR other.kind = $kind) AND (NOT $below OR other.rank > n.rank) } END AS total,
         COLLECT {
           MATCH (n)<-[r:INSPECTS]-(other:Node) WHERE ($kind IS NULL OR other.kind = $kind) AND (NOT $below OR other.rank > n.rank)
           WITH r, other SKIP $offset LIMIT $limit
           RETURN {id: r.id, type: type(r), out: startNode(r) = n, note: r.note,
                   basis: r.basis, modality: r.modality, modalityNote: r.modalityNote,
                   document: r.document, other: other {.id, .kind, .name, .nameZh},
                   evidence: {sources: r.evidenceSources, locators: r.evidenceLocators, quotes: r.evidenceQuotes}} AS rel
         } AS relationships,
         COLLECT { MATCH (s:Source) RETURN s {.id, .title, .url, .author, .publisher, .date, .citedIn} } AS sourceList;
// DIRECTS out

  MATCH (n:Node {id: $id})
  RETURN CASE WHEN $kind IS NULL AND NOT $below THEN COUNT { (n)-[:DIRECTS]->() }
              ELSE COUNT { (n)-[r:DIRECTS]->(other:Node) WHERE ($kind IS NULL OR other.kind = $kind) AND (NOT $below OR other.rank > n.rank) } END AS total,
         COLLECT {
           MATCH (n)-[r:DIRECTS]->(other:Node) WHERE ($kind IS NULL OR other.kind = $kind) AND (NOT $below OR other.rank > n.rank)
           WITH r, other SKIP $offset LIMIT $limit
           RETURN {id: r.id, type: type(r), out: startNode(r) = n, note: r.note,
                   basis: r.basis, modality: r.modality, modalityNote: r.modalityNote,
                   document: r.document, other: other {.id, .kind, .name, .nameZh},
                   evidence: {sources: r.evidenceSources, locators: r.evidenceLocators, quotes: r.evidenceQuotes}} AS rel
         } AS relationships,
         COLLECT { MATCH (s:Source) RETURN s {.id, .title, .url, .author, .publisher, .date, .citedIn} } AS sourceList;
// DIRECTS in

  MATCH (n:Node {id: $id})
  RETURN CASE WHEN $kind IS NULL AND NOT $below THEN COUNT { (n)<-[:DIRECTS]-() }
              ELSE COUNT { (n)<-[r:DIRECTS]-(other:Node) WHERE ($kind IS NULL OR other.kind = $kind) AND (NOT $below OR other.rank > n.rank) } END AS total,
         COLLECT {
           MATCH (n)<-[r:DIRECTS]-(other:Node) WHERE ($kind IS NULL OR other.kind = $kind) AND (NOT $below OR other.rank > n.rank)
           WITH r, other SKIP $offset LIMIT $limit
           RETURN {id: r.id, type: type(r), out: startNode(r) = n, note: r.note,
                   basis: r.basis, modality: r.modality, modalityNote: r.modalityNote,
                   document: r.document, other: other {.id, .kind, .name, .nameZh},
                   evidence: {sources: r.evidenceSources, locators: r.evidenceLocators, quotes: r.evidenceQuotes}} AS rel
         } AS relationships,
         COLLECT { MATCH (s:Source) RETURN s {.id, .title, .url, .author, .publisher, .date, .citedIn} } AS sourceList;
// GOVERNS out

  MATCH (n:Node {id: $id})
  RETURN CASE WHEN $kind IS NULL AND NOT $below THEN COUNT { (n)-[:GOVERNS]->() }
              ELSE COUNT { (n)-[r:GOVERNS]->(other:Node) WHERE ($kind IS NULL OR other.kind = $kind) AND (NOT $below OR other.rank > n.rank) } END AS total,
         COLLECT {
           MATCH (n)-[r:GOVERNS]->(other:Node) WHERE ($kind IS NULL OR other.kind = $kind) AND (NOT $below OR other.rank > n.rank)
           WITH r, other SKIP $offset LIMIT $limit
           RETURN {id: r.id, type: type(r), out: startNode(r) = n, note: r.note,
                   basis: r.basis, modality: r.modality, modalityNote: r.modalityNote,
                   document: r.document, other: other {.id, .kind, .name, .nameZh},
                   evidence: {sources: r.evidenceSources, locators: r.evidenceLocators, quotes: r.evidenceQuotes}} AS rel
         } AS relationships,
         COLLECT { MATCH (s:Source) RETURN s {.id, .title, .url, .author, .publisher, .date, .citedIn} } AS sourceList;
// GOVERNS in

  MATCH (n:Node {id: $id})
  RETURN CASE WHEN $kind IS NULL AND NOT $below THEN COUNT { (n)<-[:GOVERNS]-() }
              ELSE COUNT { (n)<-[r:GOVERNS]-(other:Node) WHERE ($kind IS NULL OR other.kind = $kind) AND (NOT $below OR other.rank > n.rank) } END AS total,
         COLLECT {
           MATCH (n)<-[r:GOVERNS]-(other:Node) WHERE ($kind IS NULL OR other.kind = $kind) AND (NOT $below OR other.rank > n.rank)
           WITH r, other SKIP $offset LIMIT $limit
           RETURN {id: r.id, type: type(r), out: startNode(r) = n, note: r.note,
                   basis: r.basis, modality: r.modality, modalityNote: r.modalityNote,
                   document: r.document, other: other {.id, .kind, .name, .nameZh},
                   evidence: {sources: r.evidenceSources, locators: r.evidenceLocators, quotes: r.evidenceQuotes}} AS rel
         } AS relationships,
         COLLECT { MATCH (s:Source) RETURN s {.id, .title, .url, .author, .publisher, .date, .citedIn} } AS sourceList;
// PROVIDES_PARTY_GROUP_IN out

  MATCH (n:Node {id: $id})
  RETURN CASE WHEN $kind IS NULL AND NOT $below THEN COUNT { (n)-[:PROVIDES_PARTY_GROUP_IN]->() }
              ELSE COUNT { (n)-[r:PROVIDES_PARTY_GROUP_IN]->(other:Node) WHERE ($kind IS NULL OR other.kind = $kind) AND (NOT $below OR other.rank > n.rank) } END AS total,
         COLLECT {
           MATCH (n)-[r:PROVIDES_PARTY_GROUP_IN]->(other:Node) WHERE ($kind IS NULL OR other.kind = $kind) AND (NOT $below OR other.rank > n.rank)
           WITH r, other SKIP $offset LIMIT $limit
           RETURN {id: r.id, type: type(r), out: startNode(r) = n, note: r.note,
                   basis: r.basis, modality: r.modality, modalityNote: r.modalityNote,
                   document: r.document, other: other {.id, .kind, .name, .nameZh},
                   evidence: {sources: r.evidenceSources, locators: r.evidenceLocators, quotes: r.evidenceQuotes}} AS rel
         } AS relationships,
         COLLECT { MATCH (s:Source) RETURN s {.id, .title, .url, .author, .publisher, .date, .citedIn} } AS sourceList;
// PROVIDES_PARTY_GROUP_IN in

  MATCH (n:Node {id: $id})
  RETURN CASE WHEN $kind IS NULL AND NOT $below THEN COUNT { (n)<-[:PROVIDES_PARTY_GROUP_IN]-() }
              ELSE COUNT { (n)<-[r:PROVIDES_PARTY_GROUP_IN]-(other:Node) WHERE ($kind IS NULL OR other.kind = $kind) AND (NOT $below OR other.rank > n.rank) } END AS total,
         COLLECT {
           MATCH (n)<-[r:PROVIDES_PARTY_GROUP_IN]-(other:Node) WHERE ($kind IS NULL OR other.kind = $kind) AND (NOT $below OR other.rank > n.rank)
           WITH r, other SKIP $offset LIMIT $limit
           RETURN {id: r.id, type: type(r), out: startNode(r) = n, note: r.note,
                   basis: r.basis, modality: r.modality, modalityNote: r.modalityNote,
                   document: r.document, other: other {.id, .kind, .name, .nameZh},
                   evidence: {sources: r.evidenceSources, locators: r.evidenceLocators, quotes: r.evidenceQuotes}} AS rel
         } AS relationships,
         COLLECT { MATCH (s:Source) RETURN s {.id, .title, .url, .author, .publisher, .date, .citedIn} } AS sourceList;
// GUIDES out

  MATCH (n:Node {id: $id})
  RETURN CASE WHEN $kind IS NULL AND NOT $below THEN COUNT { (n)-[:GUIDES]->() }
              ELSE COUNT { (n)-[r:GUIDES]->(other:Node) WHERE ($kind IS NULL OR other.kind = $kind) AND (NOT $below OR other.rank > n.rank) } END AS total,
         COLLECT {
           MATCH (n)-[r:GUIDES]->(other:Node) WHERE ($kind IS NULL OR other.kind = $kind) AND (NOT $below OR other.rank > n.rank)
           WITH r, other SKIP $offset LIMIT $limit
           RETURN {id: r.id, type: type(r), out: startNode(r) = n, note: r.note,
                   basis: r.basis, modality: r.modality, modalityNote: r.modalityNote,
                   document: r.document, other: other {.id, .kind, .name, .nameZh},
                   evidence: {sources: r.evidenceSources, locators: r.evidenceLocators, quotes: r.evidenceQuotes}} AS rel
         } AS relationships,
         COLLECT { MATCH (s:Source) RETURN s {.id, .title, .url, .author, .publisher, .date, .citedIn} } AS sourceList;
// GUIDES in

  MATCH (n:Node {id: $id})
  RETURN CASE WHEN $kind IS NULL AND NOT $below THEN COUNT { (n)<-[:GUIDES]-() }
              ELSE COUNT { (n)<-[r:GUIDES]-(other:Node) WHERE ($kind IS NULL OR other.kind = $kind) AND (NOT $below OR other.rank > n.rank) } END AS total,
         COLLECT {
           MATCH (n)<-[r:GUIDES]-(other:Node) WHERE ($kind IS NULL OR other.kind = $kind) AND (NOT $below OR other.rank > n.rank)
           WITH r, other SKIP $offset LIMIT $limit
           RETURN {id: r.id, type: type(r), out: startNode(r) = n, note: r.note,
                   basis: r.basis, modality: r.modality, modalityNote: r.modalityNote,
                   document: r.document, other: other {.id, .kind, .name, .nameZh},
                   evidence: {sources: r.evidenceSources, locators: r.evidenceLocators, quotes: r.evidenceQuotes}} AS rel
         } AS relationships,
         COLLECT { MATCH (s:Source) RETURN s {.id, .title, .url, .author, .publisher, .date, .citedIn} } AS sourceList;
// ISSUED_BY out

  MATCH (n:Node {id: $id})
  RETURN CASE WHEN $kind IS NULL AND NOT $below THEN COUNT { (n)-[:ISSUED_BY]->() }
              ELSE COUNT { (n)-[r:ISSUED_BY]->(other:Node) WHERE ($kind IS NULL OR other.kind = $kind) AND (NOT $below OR other.rank > n.rank) } END AS total,
         COLLECT {
           MATCH (n)-[r:ISSUED_BY]->(other:Node) WHERE ($kind IS NULL OR other.kind = $kind) AND (NOT $below OR other.rank > n.rank)
           WITH r, other SKIP $offset LIMIT $limit
           RETURN {id: r.id, type: type(r), out: startNode(r) = n, note: r.note,
                   basis: r.basis, modality: r.modality, modalityNote: r.modalityNote,
                   document: r.document, other: other {.id, .kind, .name, .nameZh},
                   evidence: {sources: r.evidenceSources, locators: r.evidenceLocators, quotes: r.evidenceQuotes}} AS rel
         } AS relationships,
         COLLECT { MATCH (s:Source) RETURN s {.id, .title, .url, .author, .publisher, .date, .citedIn} } AS sourceList;
// ISSUED_BY in

  MATCH (n:Node {id: $id})
  RETURN CASE WHEN $kind IS NULL AND NOT $below THEN COUNT { (n)<-[:ISSUED_BY]-() }
              ELSE COUNT { (n)<-[r:ISSUED_BY]-(other:Node) WHERE ($kind IS NULL OR other.kind = $kind) AND (NOT $below OR other.rank > n.rank) } END AS total,
         COLLECT {
           MATCH (n)<-[r:ISSUED_BY]-(other:Node) WHERE ($kind IS NULL OR other.kind = $kind) AND (NOT $below OR other.rank > n.rank)
           WITH r, other SKIP $offset LIMIT $limit
           RETURN {id: r.id, type: type(r), out: startNode(r) = n, note: r.note,
                   basis: r.basis, modality: r.modality, modalityNote: r.modalityNote,
                   document: r.document, other: other {.id, .kind, .name, .nameZh},
                   evidence: {sources: r.evidenceSources, locators: r.evidenceLocators, quotes: r.evidenceQuotes}} AS rel
         } AS relationships,
         COLLECT { MATCH (s:Source) RETURN s {.id, .title, .url, .author, .publisher, .date, .citedIn} } AS sourceList;
// PASSED_AT out

  MATCH (n:Node {id: $id})
  RETURN CASE WHEN $kind IS NULL AND NOT $below THEN COUNT { (n)-[:PASSED_AT]->() }
              ELSE COUNT { (n)-[r:PASSED_AT]->(other:Node) WHERE ($kind IS NULL OR other.kind = $kind) AND (NOT $below OR other.rank > n.rank) } END AS total,
         COLLECT {
           MATCH (n)-[r:PASSED_AT]->(other:Node) WHERE ($kind IS NULL OR other.kind = $kind) AND (NOT $below OR other.rank > n.rank)
           WITH r, other SKIP $offset LIMIT $limit
           RETURN {id: r.id, type: type(r), out: startNode(r) = n, note: r.note,
                   basis: r.basis, modality: r.modality, modalityNote: r.modalityNote,
                   document: r.document, other: other {.id, .kind, .name, .nameZh},
                   evidence: {sources: r.evidenceSources, locators: r.evidenceLocators, quotes: r.evidenceQuotes}} AS rel
         } AS relationships,
         COLLECT { MATCH (s:Source) RETURN s {.id, .title, .url, .author, .publisher, .date, .citedIn} } AS sourceList;
// PASSED_AT in

  MATCH (n:Node {id: $id})
  RETURN CASE WHEN $kind IS NULL AND NOT $below THEN COUNT { (n)<-[:PASSED_AT]-() }
              ELSE COUNT { (n)<-[r:PASSED_AT]-(other:Node) WHERE ($kind IS NULL OR other.kind = $kind) AND (NOT $below OR other.rank > n.rank) } END AS total,
         COLLECT {
           MATCH (n)<-[r:PASSED_AT]-(other:Node) WHERE ($kind IS NULL OR other.kind = $kind) AND (NOT $below OR other.rank > n.rank)
           WITH r, other SKIP $offset LIMIT $limit
           RETURN {id: r.id, type: type(r), out: startNode(r) = n, note: r.note,
                   basis: r.basis, modality: r.modality, modalityNote: r.modalityNote,
                   document: r.document, other: other {.id, .kind, .name, .nameZh},
                   evidence: {sources: r.evidenceSources, locators: r.evidenceLocators, quotes: r.evidenceQuotes}} AS rel
         } AS relationships,
         COLLECT { MATCH (s:Source) RETURN s {.id, .title, .url, .author, .publisher, .date, .citedIn} } AS sourceList;
// MEETING_OF out

  MATCH (n:Node {id: $id})
  RETURN CASE WHEN $kind IS NULL AND NOT $below THEN COUNT { (n)-[:MEETING_OF]->() }
              ELSE COUNT { (n)-[r:MEETING_OF]->(other:Node) WHERE ($kind IS NULL OR other.kind = $kind) AND (NOT $below OR other.rank > n.rank) } END AS total,
         COLLECT {
           MATCH (n)-[r:MEETING_OF]->(other:Node) WHERE ($kind IS NULL OR other.kind = $kind) AND (NOT $below OR other.rank > n.rank)
           WITH r, other SKIP $offset LIMIT $limit
           RETURN {id: r.id, type: type(r), out: startNode(r) = n, note: r.note,
                   basis: r.basis, modality: r.modality, modalityNote: r.modalityNote,
                   document: r.document, other: other {.id, .kind, .name, .nameZh},
                   evidence: {sources: r.evidenceSources, locators: r.evidenceLocators, quotes: r.evidenceQuotes}} AS rel
         } AS relationships,
         COLLECT { MATCH (s:Source) RETURN s {.id, .title, .url, .author, .publisher, .date, .citedIn} } AS sourceList;
// MEETING_OF in

  MATCH (n:Node {id: $id})
  RETURN CASE WHEN $kind IS NULL AND NOT $below THEN COUNT { (n)<-[:MEETING_OF]-() }
              ELSE COUNT { (n)<-[r:MEETING_OF]-(other:Node) WHERE ($kind IS NULL OR other.kind = $kind) AND (NOT $below OR other.rank > n.rank) } END AS total,
         COLLECT {
           MATCH (n)<-[r:MEETING_OF]-(other:Node) WHERE ($kind IS NULL OR other.kind = $kind) AND (NOT $below OR other.rank > n.rank)
           WITH r, other SKIP $offset LIMIT $limit
           RETURN {id: r.id, type: type(r), out: startNode(r) = n, note: r.note,
                   basis: r.basis, modality: r.modality, modalityNote: r.modalityNote,
                   document: r.document, other: other {.id, .kind, .name, .nameZh},
                   evidence: {sources: r.evidenceSources, locators: r.evidenceLocators, quotes: r.evidenceQuotes}} AS rel
         } AS relationships,
         COLLECT { MATCH (s:Source) RETURN s {.id, .title, .url, .author, .publisher, .date, .citedIn} } AS sourceList;
// PRESIDED_OVER out

  MATCH (n:Node {id: $id})
  RETURN CASE WHEN $kind IS NULL AND NOT $below THEN COUNT { (n)-[:PRESIDED_OVER]->() }
              ELSE COUNT { (n)-[r:PRESIDED_OVER]->(other:Node) WHERE ($kind IS NULL OR other.kind = $kind) AND (NOT $below OR other.rank > n.rank) } END AS total,
         COLLECT {
           MATCH (n)-[r:PRESIDED_OVER]->(other:Node) WHERE ($kind IS NULL OR other.kind = $kind) AND (NOT $below OR other.rank > n.rank)
           WITH r, other SKIP $offset LIMIT $limit
           RETURN {id: r.id, type: type(r), out: startNode(r) = n, note: r.note,
                   basis: r.basis, modality: r.modality, modalityNote: r.modalityNote,
                   document: r.document, other: other {.id, .kind, .name, .nameZh},
                   evidence: {sources: r.evidenceSources, locators: r.evidenceLocators, quotes: r.evidenceQuotes}} AS rel
         } AS relationships,
         COLLECT { MATCH (s:Source) RETURN s {.id, .title, .url, .author, .publisher, .date, .citedIn} } AS sourceList;
// PRESIDED_OVER in

  MATCH (n:Node {id: $id})
  RETURN CASE WHEN $kind IS NULL AND NOT $below THEN COUNT { (n)<-[:PRESIDED_OVER]-() }
              ELSE COUNT { (n)<-[r:PRESIDED_OVER]-(other:Node) WHERE ($kind IS NULL OR other.kind = $kind) AND (NOT $below OR other.rank > n.rank) } END AS total,
         COLLECT {
           MATCH (n)<-[r:PRESIDED_OVER]-(other:Node) WHERE ($kind IS NULL OR other.kind = $kind) AND (NOT $below OR other.rank > n.rank)
           WITH r, other SKIP $offset LIMIT $limit
           RETURN {id: r.id, type: type(r), out: startNode(r) = n, note: r.note,
                   basis: r.basis, modality: r.modality, modalityNote: r.modalityNote,
                   document: r.document, other: other {.id, .kind, .name, .nameZh},
                   evidence: {sources: r.evidenceSources, locators: r.evidenceLocators, quotes: r.evidenceQuotes}} AS rel
         } AS relationships,
         COLLECT { MATCH (s:Source) RETURN s {.id, .title, .url, .author, .publisher, .date, .citedIn} } AS sourceList;
// SUPERVISES_IMPLEMENTATION_OF out

  MATCH (n:Node {id: $id})
  RETURN CASE WHEN $kind IS NULL AND NOT $below THEN COUNT { (n)-[:SUPERVISES_IMPLEMENTATION_OF]->() }
              ELSE COUNT { (n)-[r:SUPERVISES_IMPLEMENTATION_OF]->(other:Node) WHERE ($kind IS NULL OR other.kind = $kind) AND (NOT $below OR other.rank > n.rank) } END AS total,
         COLLECT {
           MATCH (n)-[r:SUPERVISES_IMPLEMENTATION_OF]->(other:Node) WHERE ($kind IS NULL OR other.kind = $kind) AND (NOT $below OR other.rank > n.rank)
           WITH r, other SKIP $offset LIMIT $limit
           RETURN {id: r.id, type: type(r), out: startNode(r) = n, note: r.note,
                   basis: r.basis, modality: r.modality, modalityNote: r.modalityNote,
                   document: r.document, other: other {.id, .kind, .name, .nameZh},
                   evidence: {sources: r.evidenceSources, locators: r.evidenceLocators, quotes: r.evidenceQuotes}} AS rel
         } AS relationships,
         COLLECT { MATCH (s:Source) RETURN s {.id, .title, .url, .author, .publisher, .date, .citedIn} } AS sourceList;
// SUPERVISES_IMPLEMENTATION_OF in

  MATCH (n:Node {id: $id})
  RETURN CASE WHEN $kind IS NULL AND NOT $below THEN COUNT { (n)<-[:SUPERVISES_IMPLEMENTATION_OF]-() }
              ELSE COUNT { (n)<-[r:SUPERVISES_IMPLEMENTATION_OF]-(other:Node) WHERE ($kind IS NULL OR other.kind = $kind) AND (NOT $below OR other.rank > n.rank) } END AS total,
         COLLECT {
           MATCH (n)<-[r:SUPERVISES_IMPLEMENTATION_OF]-(other:Node) WHERE ($kind IS NULL OR other.kind = $kind) AND (NOT $below OR other.rank > n.rank)
           WITH r, other SKIP $offset LIMIT $limit
           RETURN {id: r.id, type: type(r), out: startNode(r) = n, note: r.note,
                   basis: r.basis, modality: r.modality, modalityNote: r.modalityNote,
                   document: r.document, other: other {.id, .kind, .name, .nameZh},
                   evidence: {sources: r.evidenceSources, locators: r.evidenceLocators, quotes: r.evidenceQuotes}} AS rel
         } AS relationships,
         COLLECT { MATCH (s:Source) RETURN s {.id, .title, .url, .author, .publisher, .date, .citedIn} } AS sourceList;
// INSTANCE_OF out

  MATCH (n:Node {id: $id})
  RETURN CASE WHEN $kind IS NULL AND NOT $below THEN COUNT { (n)-[:INSTANCE_OF]->() }
              ELSE COUNT { (n)-[r:INSTANCE_OF]->(other:Node) WHERE ($kind IS NULL OR other.kind = $kind) AND (NOT $below OR other.rank > n.rank) } END AS total,
         COLLECT {
           MATCH (n)-[r:INSTANCE_OF]->(other:Node) WHERE ($kind IS NULL OR other.kind = $kind) AND (NOT $below OR other.rank > n.rank)
           WITH r, other SKIP $offset LIMIT $limit
           RETURN {id: r.id, type: type(r), out: startNode(r) = n, note: r.note,
                   basis: r.basis, modality: r.modality, modalityNote: r.modalityNote,
                   document: r.document, other: other {.id, .kind, .name, .nameZh},
                   evidence: {sources: r.evidenceSources, locators: r.evidenceLocators, quotes: r.evidenceQuotes}} AS rel
         } AS relationships,
         COLLECT { MATCH (s:Source) RETURN s {.id, .title, .url, .author, .publisher, .date, .citedIn} } AS sourceList;
// INSTANCE_OF in

  MATCH (n:Node {id: $id})
  RETURN CASE WHEN $kind IS NULL AND NOT $below THEN COUNT { (n)<-[:INSTANCE_OF]-() }
              ELSE COUNT { (n)<-[r:INSTANCE_OF]-(other:Node) WHERE ($kind IS NULL OR other.kind = $kind) AND (NOT $below OR other.rank > n.rank) } END AS total,
         COLLECT {
           MATCH (n)<-[r:INSTANCE_OF]-(other:Node) WHERE ($kind IS NULL OR other.kind = $kind) AND (NOT $below OR other.rank > n.rank)
           WITH r, other SKIP $offset LIMIT $limit
           RETURN {id: r.id, type: type(r), out: startNode(r) = n, note: r.note,
                   basis: r.basis, modality: r.modality, modalityNote: r.modalityNote,
                   document: r.document, other: other {.id, .kind, .name, .nameZh},
                   evidence: {sources: r.evidenceSources, locators: r.evidenceLocators, quotes: r.evidenceQuotes}} AS rel
         } AS relationships,
         COLLECT { MATCH (s:Source) RETURN s {.id, .title, .url, .author, .publisher, .date, .citedIn} } AS sourceList;
// FORMED_IN out

  MATCH (n:Node {id: $id})
  RETURN CASE WHEN $kind IS NULL AND NOT $below THEN COUNT { (n)-[:FORMED_IN]->() }
              ELSE COUNT { (n)-[r:FORMED_IN]->(other:Node) WHERE ($kind IS NULL OR other.kind = $kind) AND (NOT $below OR other.rank > n.rank) } END AS total,
         COLLECT {
           MATCH (n)-[r:FORMED_IN]->(other:Node) WHERE ($kind IS NULL OR other.kind = $kind) AND (NOT $below OR other.rank > n.rank)
           WITH r, other SKIP $offset LIMIT $limit
           RETURN {id: r.id, type: type(r), out: startNode(r) = n, note: r.note,
                   basis: r.basis, modality: r.modality, modalityNote: r.modalityNote,
                   document: r.document, other: other {.id, .kind, .name, .nameZh},
                   evidence: {sources: r.evidenceSources, locators: r.evidenceLocators, quotes: r.evidenceQuotes}} AS rel
         } AS relationships,
         COLLECT { MATCH (s:Source) RETURN s {.id, .title, .url, .author, .publisher, .date, .citedIn} } AS sourceList;
// FORMED_IN in

  MATCH (n:Node {id: $id})
  RETURN CASE WHEN $kind IS NULL AND NOT $below THEN COUNT { (n)<-[:FORMED_IN]-() }
              ELSE COUNT { (n)<-[r:FORMED_IN]-(other:Node) WHERE ($kind IS NULL OR other.kind = $kind) AND (NOT $below OR other.rank > n.rank) } END AS total,
         COLLECT {
           MATCH (n)<-[r:FORMED_IN]-(other:Node) WHERE ($kind IS NULL OR other.kind = $kind) AND (NOT $below OR other.rank > n.rank)
           WITH r, other SKIP $offset LIMIT $limit
           RETURN {id: r.id, type: type(r), out: startNode(r) = n, note: r.note,
                   basis: r.basis, modality: r.modality, modalityNote: r.modalityNote,
                   document: r.document, other: other {.id, .kind, .name, .nameZh},
                   evidence: {sources: r.evidenceSources, locators: r.evidenceLocators, quotes: r.evidenceQuotes}} AS rel
         } AS relationships,
         COLLECT { MATCH (s:Source) RETURN s {.id, .title, .url, .author, .publisher, .date, .citedIn} } AS sourceList;
// BASED_ON out

  MATCH (n:Node {id: $id})
  RETURN CASE WHEN $kind IS NULL AND NOT $below THEN COUNT { (n)-[:BASED_ON]->() }
              ELSE COUNT { (n)-[r:BASED_ON]->(other:Node) WHERE ($kind IS NULL OR other.kind = $kind) AND (NOT $below OR other.rank > n.rank) } END AS total,
         COLLECT {
           MATCH (n)-[r:BASED_ON]->(other:Node) WHERE ($kind IS NULL OR other.kind = $kind) AND (NOT $below OR other.rank > n.rank)
           WITH r, other SKIP $offset LIMIT $limit
           RETURN {id: r.id, type: type(r), out: startNode(r) = n, note: r.note,
                   basis: r.basis, modality: r.modality, modalityNote: r.modalityNote,
                   document: r.document, other: other {.id, .kind, .name, .nameZh},
                   evidence: {sources: r.evidenceSources, locators: r.evidenceLocators, quotes: r.evidenceQuotes}} AS rel
         } AS relationships,
         COLLECT { MATCH (s:Source) RETURN s {.id, .title, .url, .author, .publisher, .date, .citedIn} } AS sourceList;
// BASED_ON in

  MATCH (n:Node {id: $id})
  RETURN CASE WHEN $kind IS NULL AND NOT $below THEN COUNT { (n)<-[:BASED_ON]-() }
              ELSE COUNT { (n)<-[r:BASED_ON]-(other:Node) WHERE ($kind IS NULL OR other.kind = $kind) AND (NOT $below OR other.rank > n.rank) } END AS total,
         COLLECT {
           MATCH (n)<-[r:BASED_ON]-(other:Node) WHERE ($kind IS NULL OR other.kind = $kind) AND (NOT $below OR other.rank > n.rank)
           WITH r, other SKIP $offset LIMIT $limit
           RETURN {id: r.id, type: type(r), out: startNode(r) = n, note: r.note,
                   basis: r.basis, modality: r.modality, modalityNote: r.modalityNote,
                   document: r.document, other: other {.id, .kind, .name, .nameZh},
                   evidence: {sources: r.evidenceSources, locators: r.evidenceLocators, quotes: r.evidenceQuotes}} AS rel
         } AS relationships,
         COLLECT { MATCH (s:Source) RETURN s {.id, .title, .url, .author, .publisher, .date, .citedIn} } AS sourceList;
// DEFINES out

  MATCH (n:Node {id: $id})
  RETURN CASE WHEN $kind IS NULL AND NOT $below THEN COUNT { (n)-[:DEFINES]->() }
              ELSE COUNT { (n)-[r:DEFINES]->(other:Node) WHERE ($kind IS NULL OR other.kind = $kind) AND (NOT $below OR other.rank > n.rank) } END AS total,
         COLLECT {
           MATCH (n)-[r:DEFINES]->(other:Node) WHERE ($kind IS NULL OR other.kind = $kind) AND (NOT $below OR other.rank > n.rank)
           WITH r, other SKIP $offset LIMIT $limit
           RETURN {id: r.id, type: type(r), out: startNode(r) = n, note: r.note,
                   basis: r.basis, modality: r.modality, modalityNote: r.modalityNote,
                   document: r.document, other: other {.id, .kind, .name, .nameZh},
                   evidence: {sources: r.evidenceSources, locators: r.evidenceLocators, quotes: r.evidenceQuotes}} AS rel
         } AS relationships,
         COLLECT { MATCH (s:Source) RETURN s {.id, .title, .url, .author, .publisher, .date, .citedIn} } AS sourceList;
// DEFINES in

  MATCH (n:Node {id: $id})
  RETURN CASE WHEN $kind IS NULL AND NOT $below THEN COUNT { (n)<-[:DEFINES]-() }
              ELSE COUNT { (n)<-[r:DEFINES]-(other:Node) WHERE ($kind IS NULL OR other.kind = $kind) AND (NOT $below OR other.rank > n.rank) } END AS total,
         COLLECT {
           MATCH (n)<-[r:DEFINES]-(other:Node) WHERE ($kind IS NULL OR other.kind = $kind) AND (NOT $below OR other.rank > n.rank)
           WITH r, other SKIP $offset LIMIT $limit
           RETURN {id: r.id, type: type(r), out: startNode(r) = n, note: r.note,
                   basis: r.basis, modality: r.modality, modalityNote: r.modalityNote,
                   document: r.document, other: other {.id, .kind, .name, .nameZh},
                   evidence: {sources: r.evidenceSources, locators: r.evidenceLocators, quotes: r.evidenceQuotes}} AS rel
         } AS relationships,
         COLLECT { MATCH (s:Source) RETURN s {.id, .title, .url, .author, .publisher, .date, .citedIn} } AS sourceList;
// SEPARATES_FROM out

  MATCH (n:Node {id: $id})
  RETURN CASE WHEN $kind IS NULL AND NOT $below THEN COUNT { (n)-[:SEPARATES_FROM]->() }
              ELSE COUNT { (n)-[r:SEPARATES_FROM]->(other:Node) WHERE ($kind IS NULL OR other.kind = $kind) AND (NOT $below OR other.rank > n.rank) } END AS total,
         COLLECT {
           MATCH (n)-[r:SEPARATES_FROM]->(other:Node) WHERE ($kind IS NULL OR other.kind = $kind) AND (NOT $below OR other.rank > n.rank)
           WITH r, other SKIP $offset LIMIT $limit
           RETURN {id: r.id, type: type(r), out: startNode(r) = n, note: r.note,
                   basis: r.basis, modality: r.modality, modalityNote: r.modalityNote,
                   document: r.document, other: other {.id, .kind, .name, .nameZh},
                   evidence: {sources: r.evidenceSources, locators: r.evidenceLocators, quotes: r.evidenceQuotes}} AS rel
         } AS relationships,
         COLLECT { MATCH (s:Source) RETURN s {.id, .title, .url, .author, .publisher, .date, .citedIn} } AS sourceList;
// SEPARATES_FROM in

  MATCH (n:Node {id: $id})
  RETURN CASE WHEN $kind IS NULL AND NOT $below THEN COUNT { (n)<-[:SEPARATES_FROM]-() }
              ELSE COUNT { (n)<-[r:SEPARATES_FROM]-(other:Node) WHERE ($kind IS NULL OR other.kind = $kind) AND (NOT $below OR other.rank > n.rank) } END AS total,
         COLLECT {
           MATCH (n)<-[r:SEPARATES_FROM]-(other:Node) WHERE ($kind IS NULL OR other.kind = $kind) AND (NOT $below OR other.rank > n.rank)
           WITH r, other SKIP $offset LIMIT $limit
           RETURN {id: r.id, type: type(r), out: startNode(r) = n, note: r.note,
                   basis: r.basis, modality: r.modality, modalityNote: r.modalityNote,
                   document: r.document, other: other {.id, .kind, .name, .nameZh},
                   evidence: {sources: r.evidenceSources, locators: r.evidenceLocators, quotes: r.evidenceQuotes}} AS rel
         } AS relationships,
         COLLECT { MATCH (s:Source) RETURN s {.id, .title, .url, .author, .publisher, .date, .citedIn} } AS sourceList;
// PARTICIPATES_IN out

  MATCH (n:Node {id: $id})
  RETURN CASE WHEN $kind IS NULL AND NOT $below THEN COUNT { (n)-[:PARTICIPATES_IN]->() }
              ELSE COUNT { (n)-[r:PARTICIPATES_IN]->(other:Node) WHERE ($kind IS NULL OR other.kind = $kind) AND (NOT $below OR other.rank > n.rank) } END AS total,
         COLLECT {
           MATCH (n)-[r:PARTICIPATES_IN]->(other:Node) WHERE ($kind IS NULL OR other.kind = $kind) AND (NOT $below OR other.rank > n.rank)
           WITH r, other SKIP $offset LIMIT $limit
           RETURN {id: r.id, type: type(r), out: startNode(r) = n, note: r.note,
                   basis: r.basis, modality: r.modality, modalityNote: r.modalityNote,
                   document: r.document, other: other {.id, .kind, .name, .nameZh},
                   evidence: {sources: r.evidenceSources, locators: r.evidenceLocators, quotes: r.evidenceQuotes}} AS rel
         } AS relationships,
         COLLECT { MATCH (s:Source) RETURN s {.id, .title, .url, .author, .publisher, .date, .citedIn} } AS sourceList;
// PARTICIPATES_IN in

  MATCH (n:Node {id: $id})
  RETURN CASE WHEN $kind IS NULL AND NOT $below THEN COUNT { (n)<-[:PARTICIPATES_IN]-() }
              ELSE COUNT { (n)<-[r:PARTICIPATES_IN]-(other:Node) WHERE ($kind IS NULL OR other.kind = $kind) AND (NOT $below OR other.rank > n.rank) } END AS total,
         COLLECT {
           MATCH (n)<-[r:PARTICIPATES_IN]-(other:Node) WHERE ($kind IS NULL OR other.kind = $kind) AND (NOT $below OR other.rank > n.rank)
           WITH r, other SKIP $offset LIMIT $limit
           RETURN {id: r.id, type: type(r), out: startNode(r) = n, note: r.note,
                   basis: r.basis, modality: r.modality, modalityNote: r.modalityNote,
                   document: r.document, other: other {.id, .kind, .name, .nameZh},
                   evidence: {sources: r.evidenceSources, locators: r.evidenceLocators, quotes: r.evidenceQuotes}} AS rel
         } AS relationships,
         COLLECT { MATCH (s:Source) RETURN s {.id, .title, .url, .author, .publisher, .date, .citedIn} } AS sourceList
