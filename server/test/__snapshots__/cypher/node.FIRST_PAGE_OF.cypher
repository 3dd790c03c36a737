// LEADS out
CALL (n) { MATCH (n)-[r:LEADS]->(other:Node) RETURN r, other LIMIT $perGroup }
           RETURN {id: r.id, type: type(r), out: startNode(r) = n, note: r.note,
                   basis: r.basis, modality: r.modality, modalityNote: r.modalityNote,
                   document: r.document, other: other {.id, .kind, .name, .nameZh},
                   evidence: {sources: r.evidenceSources, locators: r.evidenceLocators, quotes: r.evidenceQuotes}} AS rel;
// LEADS in
CALL (n) { MATCH (n)<-[r:LEADS]-(other:Node) RETURN r, other LIMIT $perGroup }
           RETURN {id: r.id, type: type(r), out: startNode(r) = n, note: r.note,
                   basis: r.basis, modality: r.modality, modalityNote: r.modalityNote,
                   document: r.document, other: other {.id, .kind, .name, .nameZh},
                   evidence: {sources: r.evidenceSources, locators: r.evidenceLocators, quotes: r.evidenceQuotes}} AS rel;
// MUST_ACCEPT_LEADERSHIP_OF out
CALL (n) { MATCH (n)-[r:MUST_ACCEPT_LEADERSHIP_OF]->(other:Node) RETURN r, other LIMIT $perGroup }
           RETURN {id: r.id, type: type(r), out: startNode(r) = n, note: r.note,
                   basis: r.basis, modality: r.modality, modalityNote: r.modalityNote,
                   document: r.document, other: other {.id, .kind, .name, .nameZh},
                   evidence: {sources: r.evidenceSources, locators: r.evidenceLocators, quotes: r.evidenceQuotes}} AS rel;
// MUST_ACCEPT_LEADERSHIP_OF in
CALL (n) { MATCH (n)<-[r:MUST_ACCEPT_LEADERSHIP_OF]-(other:Node) RETURN r, other LIMIT $perGroup }
           RETURN {id: r.id, type: type(r), out: startNode(r) = n, note: r.note,
                   basis: r.basis, modality: r.modality, modalityNote: r.modalityNote,
                   document: r.document, other: other {.id, .kind, .name, .nameZh},
                   evidence: {sources: r.evidenceSources, locators: r.evidenceLocators, quotes: r.evidenceQuotes}} AS rel;
// PART_OF out
CALL (n) { MATCH (n)-[r:PART_OF]->(other:Node) RETURN r, other LIMIT $perGroup }
           RETURN {id: r.id, type: type(r), out: startNode(r) = n, note: r.note,
                   basis: r.basis, modality: r.modality, modalityNote: r.modalityNote,
                   document: r.document, other: other {.id, .kind, .name, .nameZh},
                   evidence: {sources: r.evidenceSources, locators: r.evidenceLocators, quotes: r.evidenceQuotes}} AS rel;
// PART_OF in
CALL (n) { MATCH (n)<-[r:PART_OF]-(other:Node) RETURN r, other LIMIT $perGroup }
           RETURN {id: r.id, type: type(r), out: startNode(r) = n, note: r.note,
                   basis: r.basis, modality: r.modality, modalityNote: r.modalityNote,
                   document: r.document, other: other {.id, .kind, .name, .nameZh},
                   evidence: {sources: r.evidenceSources, locators: r.evidenceLocators, quotes: r.evidenceQuotes}} AS rel;
// APPROVES_ESTABLISHMENT_OF out
CALL (n) { MATCH (n)-[r:APPROVES_ESTABLISHMENT_OF]->(other:Node) RETURN r, other LIMIT $perGroup }
           RETURN {id: r.id, type: type(r), out: startNode(r) = n, note: r.note,
                   basis: r.basis, modality: r.modality, modalityNote: r.modalityNote,
                   document: r.document, other: other {.id, .kind, .name, .nameZh},
                   evidence: {sources: r.evidenceSources, locators: r.evidenceLocators, quotes: r.evidenceQuotes}} AS rel;
// APPROVES_ESTABLISHMENT_OF in
CALL (n) { MATCH (n)<-[r:APPROVES_ESTABLISHMENT_OF]-(other:Node) RETURN r, other LIMIT $perGroup }
           RETURN {id: r.id, type: type(r), out: startNode(r) = n, note: r.note,
                   basis: r.basis, modality: r.modality, modalityNote: r.modalityNote,
                   document: r.document, other: other {.id, .kind, .name, .nameZh},
                   evidence: {sources: r.evidenceSources, locators: r.evidenceLocators, quotes: r.evidenceQuotes}} AS rel;
// DECIDES_COMPOSITION_OF out
CALL (n) { MATCH (n)-[r:DECIDES_COMPOSITION_OF]->(other:Node) RETURN r, other LIMIT $perGroup }
           RETURN {id: r.id, type: type(r), out: startNode(r) = n, note: r.note,
                   basis: r.basis, modality: r.modality, modalityNote: r.modalityNote,
                   document: r.document, other: other {.id, .kind, .name, .nameZh},
                   evidence: {sources: r.evidenceSources, locators: r.evidenceLocators, quotes: r.evidenceQuotes}} AS rel;
// DECIDES_COMPOSITION_OF in
CALL (n) { MATCH (n)<-[r:DECIDES_COMPOSITION_OF]-(other:Node) RETURN r, other LIMIT $perGroup }
           RETURN {id: r.id, type: type(r), out: startNode(r) = n, note: r.note,
                   basis: r.basis, modality: r.modality, modalityNote: r.modalityNote,
                   document: r.document, other: other {.id, .kind, .name, .nameZh},
                   evidence: {sources: r.evidenceSources, locators: r.evidenceLocators, quotes: r.evidenceQuotes}} AS rel;
// MANAGES_CADRES_OF out
CALL (n) { MATCH (n)-[r:MANAGES_CADRES_OF]->(other:Node) RETURN r, other LIMIT $perGroup }
           RETURN {id: r.id, type: type(r), out: startNode(r) = n, note: r.note,
                   basis: r.basis, modality: r.modality, modalityNote: r.modalityNote,
                   document: r.document, other: other {.id, .kind, .name, .nameZh},
                   evidence: {sources: r.evidenceSources, locators: r.evidenceLocators, quotes: r.evidenceQuotes}} AS rel;
// MANAGES_CADRES_OF in
CALL (n) { MATCH (n)<-[r:MANAGES_CADRES_OF]-(other:Node) RETURN r, other LIMIT $perGroup }
           RETURN {id: r.id, type: type(r), out: startNode(r) = n, note: r.note,
                   basis: r.basis, modality: r.modality, modalityNote: r.modalityNote,
                   document: r.document, other: other {.id, .kind, .name, .nameZh},
                   evidence: {sources: r.evidenceSources, locators: r.evidenceLocators, quotes: r.evidenceQuotes}} AS rel;
// SUPERVISES out
CALL (n) { MATCH (n)-[r:SUPERVISES]->(other:Node) RETURN r, other LIMIT $perGroup }
           RETURN {id: r.id, type: type(r), out: startNode(r) = n, note: r.note,
                   basis: r.basis, modality: r.modality, modalityNote: r.modalityNote,
                   document: r.document, other: other {.id, .kind, .name, .nameZh},
                   evidence: {sources: r.evidenceSources, locators: r.evidenceLocators, quotes: r.evidenceQuotes}} AS rel;
// SUPERVISES in
CALL (n) { MATCH (n)<-[r:SUPERVISES]-(other:Node) RETURN r, other LIMIT $perGroup }
           RETURN {id: r.id, type: type(r), out: startNode(r) = n, note: r.note,
                   basis: r.basis, modality: r.modality, modalityNote: r.modalityNote,
                   document: r.document, other: other {.id, .kind, .name, .nameZh},
                   evidence: {sources: r.evidenceSources, locators: r.evidenceLocators, quotes: r.evidenceQuotes}} AS rel;
// INSPECTS out
CALL (n) { MATCH (n)-[r:INSPECTS]->(other:Node) RETURN r, other LIMIT $perGroup }
           RETURN {id: r.id, type: type(r), out: startNode(r) = n, note: r.note,
                   basis: r.basis, modality: r.modality, modalityNote: r.modalityNote,
                   document: r.document, other: other {.id, .kind, .name, .nameZh},
                   evidence: {sources: r.evidenceSources, locators: r.evidenceLocators, quotes: r.evidenceQuotes}} AS rel;
// INSPECTS in
CALL (n) { MATCH (n)<-[r:INSPECTS]-(other:Node) RETURN r, other LIMIT $perGroup }
           RETURN {id: r.id, type: type(r), out: startNode(r) = n, note: r.note,
                   basis: r.basis, modality: r.modality, modalityNote: r.modalityNote,
                   document: r.document, other: other {.id, .kind, .name, .nameZh},
                   evidence: {sources: r.evidenceSources, locators: r.evidenceLocators, quotes: r.evidenceQuotes}} AS rel;
// DIRECTS out
CALL (n) { MATCH (n)-[r:DIRECTS]->(other:Node) RETURN r, other LIMIT $perGroup }
           RETURN {id: r.id, type: type(r), out: startNode(r) = n, note: r.note,
                   basis: r.basis, modality: r.modality, modalityNote: r.modalityNote,
                   document: r.document, other: other {.id, .kind, .name, .nameZh},
                   evidence: {sources: r.evidenceSources, locators: r.evidenceLocators, quotes: r.evidenceQuotes}} AS rel;
// DIRECTS in
CALL (n) { MATCH (n)<-[r:DIRECTS]-(other:Node) RETURN r, other LIMIT $perGroup }
           RETURN {id: r.id, type: type(r), out: startNode(r) = n, note: r.note,
                   basis: r.basis, modality: r.modality, modalityNote: r.modalityNote,
                   document: r.document, other: other {.id, .kind, .name, .nameZh},
                   evidence: {sources: r.evidenceSources, locators: r.evidenceLocators, quotes: r.evidenceQuotes}} AS rel;
// GOVERNS out
CALL (n) { MATCH (n)-[r:GOVERNS]->(other:Node) RETURN r, other LIMIT $perGroup }
           RETURN {id: r.id, type: type(r), out: startNode(r) = n, note: r.note,
                   basis: r.basis, modality: r.modality, modalityNote: r.modalityNote,
                   document: r.document, other: other {.id, .kind, .name, .nameZh},
                   evidence: {sources: r.evidenceSources, locators: r.evidenceLocators, quotes: r.evidenceQuotes}} AS rel;
// GOVERNS in
CALL (n) { MATCH (n)<-[r:GOVERNS]-(other:Node) RETURN r, other LIMIT $perGroup }
           RETURN {id: r.id, type: type(r), out: startNode(r) = n, note: r.note,
                   basis: r.basis, modality: r.modality, modalityNote: r.modalityNote,
                   document: r.document, other: other {.id, .kind, .name, .nameZh},
                   evidence: {sources: r.evidenceSources, locators: r.evidenceLocators, quotes: r.evidenceQuotes}} AS rel;
// PROVIDES_PARTY_GROUP_IN out
CALL (n) { MATCH (n)-[r:PROVIDES_PARTY_GROUP_IN]->(other:Node) RETURN r, other LIMIT $perGroup }
           RETURN {id: r.id, type: type(r), out: startNode(r) = n, note: r.note,
                   basis: r.basis, modality: r.modality, modalityNote: r.modalityNote,
                   document: r.document, other: other {.id, .kind, .name, .nameZh},
                   evidence: {sources: r.evidenceSources, locators: r.evidenceLocators, quotes: r.evidenceQuotes}} AS rel;
// PROVIDES_PARTY_GROUP_IN in
CALL (n) { MATCH (n)<-[r:PROVIDES_PARTY_GROUP_IN]-(other:Node) RETURN r, other LIMIT $perGroup }
           RETURN {id: r.id, type: type(r), out: startNode(r) = n, note: r.note,
                   basis: r.basis, modality: r.modality, modalityNote: r.modalityNote,
                   document: r.document, other: other {.id, .kind, .name, .nameZh},
                   evidence: {sources: r.evidenceSources, locators: r.evidenceLocators, quotes: r.evidenceQuotes}} AS rel;
// GUIDES out
CALL (n) { MATCH (n)-[r:GUIDES]->(other:Node) RETURN r, other LIMIT $perGroup }
           RETURN {id: r.id, type: type(r), out: startNode(r) = n, note: r.note,
                   basis: r.basis, modality: r.modality, modalityNote: r.modalityNote,
                   document: r.document, other: other {.id, .kind, .name, .nameZh},
                   evidence: {sources: r.evidenceSources, locators: r.evidenceLocators, quotes: r.evidenceQuotes}} AS rel;
// GUIDES in
CALL (n) { MATCH (n)<-[r:GUIDES]-(other:Node) RETURN r, other LIMIT $perGroup }
           RETURN {id: r.id, type: type(r), out: startNode(r) = n, note: r.note,
                   basis: r.basis, modality: r.modality, modalityNote: r.modalityNote,
                   document: r.document, other: other {.id, .kind, .name, .nameZh},
                   evidence: {sources: r.evidenceSources, locators: r.evidenceLocators, quotes: r.evidenceQuotes}} AS rel;
// ISSUED_BY out
CALL (n) { MATCH (n)-[r:ISSUED_BY]->(other:Node) RETURN r, other LIMIT $perGroup }
           RETURN {id: r.id, type: type(r), out: startNode(r) = n, note: r.note,
                   basis: r.basis, modality: r.modality, modalityNote: r.modalityNote,
                   document: r.document, other: other {.id, .kind, .name, .nameZh},
                   evidence: {sources: r.evidenceSources, locators: r.evidenceLocators, quotes: r.evidenceQuotes}} AS rel;
// ISSUED_BY in
CALL (n) { MATCH (n)<-[r:ISSUED_BY]-(other:Node) RETURN r, other LIMIT $perGroup }
           RETURN {id: r.id, type: type(r), out: startNode(r) = n, note: r.note,
                   basis: r.basis, modality: r.modality, modalityNote: r.modalityNote,
                   document: r.document, other: other {.id, .kind, .name, .nameZh},
                   evidence: {sources: r.evidenceSources, locators: r.evidenceLocators, quotes: r.evidenceQuotes}} AS rel;
// PASSED_AT out
CALL (n) { MATCH (n)-[r:PASSED_AT]->(other:Node) RETURN r, other LIMIT $perGroup }
           RETURN {id: r.id, type: type(r), out: startNode(r) = n, note: r.note,
                   basis: r.basis, modality: r.modality, modalityNote: r.modalityNote,
                   document: r.document, other: other {.id, .kind, .name, .nameZh},
                   evidence: {sources: r.evidenceSources, locators: r.evidenceLocators, quotes: r.evidenceQuotes}} AS rel;
// PASSED_AT in
CALL (n) { MATCH (n)<-[r:PASSED_AT]-(other:Node) RETURN r, other LIMIT $perGroup }
           RETURN {id: r.id, type: type(r), out: startNode(r) = n, note: r.note,
                   basis: r.basis, modality: r.modality, modalityNote: r.modalityNote,
                   document: r.document, other: other {.id, .kind, .name, .nameZh},
                   evidence: {sources: r.evidenceSources, locators: r.evidenceLocators, quotes: r.evidenceQuotes}} AS rel;
// MEETING_OF out
CALL (n) { MATCH (n)-[r:MEETING_OF]->(other:Node) RETURN r, other LIMIT $perGroup }
           RETURN {id: r.id, type: type(r), out: startNode(r) = n, note: r.note,
                   basis: r.basis, modality: r.modality, modalityNote: r.modalityNote,
                   document: r.document, other: other {.id, .kind, .name, .nameZh},
                   evidence: {sources: r.evidenceSources, locators: r.evidenceLocators, quotes: r.evidenceQuotes}} AS rel;
// MEETING_OF in
CALL (n) { MATCH (n)<-[r:MEETING_OF]-(other:Node) RETURN r, other LIMIT $perGroup }
           RETURN {id: r.id, type: type(r), out: startNode(r) = n, note: r.note,
                   basis: r.basis, modality: r.modality, modalityNote: r.modalityNote,
                   document: r.document, other: other {.id, .kind, .name, .nameZh},
                   evidence: {sources: r.evidenceSources, locators: r.evidenceLocators, quotes: r.evidenceQuotes}} AS rel;
// PRESIDED_OVER out
CALL (n) { MATCH (n)-[r:PRESIDED_OVER]->(other:Node) RETURN r, other LIMIT $perGroup }
           RETURN {id: r.id, type: type(r), out: startNode(r) = n, note: r.note,
                   basis: r.basis, modality: r.modality, modalityNote: r.modalityNote,
                   document: r.document, other: other {.id, .kind, .name, .nameZh},
                   evidence: {sources: r.evidenceSources, locators: r.evidenceLocators, quotes: r.evidenceQuotes}} AS rel;
// PRESIDED_OVER in
CALL (n) { MATCH (n)<-[r:PRESIDED_OVER]-(other:Node) RETURN r, other LIMIT $perGroup }
           RETURN {id: r.id, type: type(r), out: startNode(r) = n, note: r.note,
                   basis: r.basis, modality: r.modality, modalityNote: r.modalityNote,
                   document: r.document, other: other {.id, .kind, .name, .nameZh},
                   evidence: {sources: r.evidenceSources, locators: r.evidenceLocators, quotes: r.evidenceQuotes}} AS rel;
// SUPERVISES_IMPLEMENTATION_OF out
CALL (n) { MATCH (n)-[r:SUPERVISES_IMPLEMENTATION_OF]->(other:Node) RETURN r, other LIMIT $perGroup }
           RETURN {id: r.id, type: type(r), out: startNode(r) = n, note: r.note,
                   basis: r.basis, modality: r.modality, modalityNote: r.modalityNote,
                   document: r.document, other: other {.id, .kind, .name, .nameZh},
                   evidence: {sources: r.evidenceSources, locators: r.evidenceLocators, quotes: r.evidenceQuotes}} AS rel;
// SUPERVISES_IMPLEMENTATION_OF in
CALL (n) { MATCH (n)<-[r:SUPERVISES_IMPLEMENTATION_OF]-(other:Node) RETURN r, other LIMIT $perGroup }
           RETURN {id: r.id, type: type(r), out: startNode(r) = n, note: r.note,
                   basis: r.basis, modality: r.modality, modalityNote: r.modalityNote,
                   document: r.document, other: other {.id, .kind, .name, .nameZh},
                   evidence: {sources: r.evidenceSources, locators: r.evidenceLocators, quotes: r.evidenceQuotes}} AS rel;
// INSTANCE_OF out
CALL (n) { MATCH (n)-[r:INSTANCE_OF]->(other:Node) RETURN r, other LIMIT $perGroup }
           RETURN {id: r.id, type: type(r), out: startNode(r) = n, note: r.note,
                   basis: r.basis, modality: r.modality, modalityNote: r.modalityNote,
                   document: r.document, other: other {.id, .kind, .name, .nameZh},
                   evidence: {sources: r.evidenceSources, locators: r.evidenceLocators, quotes: r.evidenceQuotes}} AS rel;
// INSTANCE_OF in
CALL (n) { MATCH (n)<-[r:INSTANCE_OF]-(other:Node) RETURN r, other LIMIT $perGroup }
           RETURN {id: r.id, type: type(r), out: startNode(r) = n, note: r.note,
                   basis: r.basis, modality: r.modality, modalityNote: r.modalityNote,
                   document: r.document, other: other {.id, .kind, .name, .nameZh},
                   evidence: {sources: r.evidenceSources, locators: r.evidenceLocators, quotes: r.evidenceQuotes}} AS rel;
// FORMED_IN out
CALL (n) { MATCH (n)-[r:FORMED_IN]->(other:Node) RETURN r, other LIMIT $perGroup }
           RETURN {id: r.id, type: type(r), out: startNode(r) = n, note: r.note,
                   basis: r.basis, modality: r.modality, modalityNote: r.modalityNote,
                   document: r.document, other: other {.id, .kind, .name, .nameZh},
                   evidence: {sources: r.evidenceSources, locators: r.evidenceLocators, quotes: r.evidenceQuotes}} AS rel;
// FORMED_IN in
CALL (n) { MATCH (n)<-[r:FORMED_IN]-(other:Node) RETURN r, other LIMIT $perGroup }
           RETURN {id: r.id, type: type(r), out: startNode(r) = n, note: r.note,
                   basis: r.basis, modality: r.modality, modalityNote: r.modalityNote,
                   document: r.document, other: other {.id, .kind, .name, .nameZh},
                   evidence: {sources: r.evidenceSources, locators: r.evidenceLocators, quotes: r.evidenceQuotes}} AS rel;
// BASED_ON out
CALL (n) { MATCH (n)-[r:BASED_ON]->(other:Node) RETURN r, other LIMIT $perGroup }
           RETURN {id: r.id, type: type(r), out: startNode(r) = n, note: r.note,
                   basis: r.basis, modality: r.modality, modalityNote: r.modalityNote,
                   document: r.document, other: other {.id, .kind, .name, .nameZh},
                   evidence: {sources: r.evidenceSources, locators: r.evidenceLocators, quotes: r.evidenceQuotes}} AS rel;
// BASED_ON in
CALL (n) { MATCH (n)<-[r:BASED_ON]-(other:Node) RETURN r, other LIMIT $perGroup }
           RETURN {id: r.id, type: type(r), out: startNode(r) = n, note: r.note,
                   basis: r.basis, modality: r.modality, modalityNote: r.modalityNote,
                   document: r.document, other: other {.id, .kind, .name, .nameZh},
                   evidence: {sources: r.evidenceSources, locators: r.evidenceLocators, quotes: r.evidenceQuotes}} AS rel;
// DEFINES out
CALL (n) { MATCH (n)-[r:DEFINES]->(other:Node) RETURN r, other LIMIT $perGroup }
           RETURN {id: r.id, type: type(r), out: startNode(r) = n, note: r.note,
                   basis: r.basis, modality: r.modality, modalityNote: r.modalityNote,
                   document: r.document, other: other {.id, .kind, .name, .nameZh},
                   evidence: {sources: r.evidenceSources, locators: r.evidenceLocators, quotes: r.evidenceQuotes}} AS rel;
// DEFINES in
CALL (n) { MATCH (n)<-[r:DEFINES]-(other:Node) RETURN r, other LIMIT $perGroup }
           RETURN {id: r.id, type: type(r), out: startNode(r) = n, note: r.note,
                   basis: r.basis, modality: r.modality, modalityNote: r.modalityNote,
                   document: r.document, other: other {.id, .kind, .name, .nameZh},
                   evidence: {sources: r.evidenceSources, locators: r.evidenceLocators, quotes: r.evidenceQuotes}} AS rel;
// SEPARATES_FROM out
CALL (n) { MATCH (n)-[r:SEPARATES_FROM]->(other:Node) RETURN r, other LIMIT $perGroup }
           RETURN {id: r.id, type: type(r), out: startNode(r) = n, note: r.note,
                   basis: r.basis, modality: r.modality, modalityNote: r.modalityNote,
                   document: r.document, other: other {.id, .kind, .name, .nameZh},
                   evidence: {sources: r.evidenceSources, locators: r.evidenceLocators, quotes: r.evidenceQuotes}} AS rel;
// SEPARATES_FROM in
CALL (n) { MATCH (n)<-[r:SEPARATES_FROM]-(other:Node) RETURN r, other LIMIT $perGroup }
           RETURN {id: r.id, type: type(r), out: startNode(r) = n, note: r.note,
                   basis: r.basis, modality: r.modality, modalityNote: r.modalityNote,
                   document: r.document, other: other {.id, .kind, .name, .nameZh},
                   evidence: {sources: r.evidenceSources, locators: r.evidenceLocators, quotes: r.evidenceQuotes}} AS rel;
// PARTICIPATES_IN out
CALL (n) { MATCH (n)-[r:PARTICIPATES_IN]->(other:Node) RETURN r, other LIMIT $perGroup }
           RETURN {id: r.id, type: type(r), out: startNode(r) = n, note: r.note,
                   basis: r.basis, modality: r.modality, modalityNote: r.modalityNote,
                   document: r.document, other: other {.id, .kind, .name, .nameZh},
                   evidence: {sources: r.evidenceSources, locators: r.evidenceLocators, quotes: r.evidenceQuotes}} AS rel;
// PARTICIPATES_IN in
CALL (n) { MATCH (n)<-[r:PARTICIPATES_IN]-(other:Node) RETURN r, other LIMIT $perGroup }
           RETURN {id: r.id, type: type(r), out: startNode(r) = n, note: r.note,
                   basis: r.basis, modality: r.modality, modalityNote: r.modalityNote,
                   document: r.document, other: other {.id, .kind, .name, .nameZh},
                   evidence: {sources: r.evidenceSources, locators: r.evidenceLocators, quotes: r.evidenceQuotes}} AS rel
