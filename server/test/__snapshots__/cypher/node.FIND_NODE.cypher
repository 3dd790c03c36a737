MATCH (n:Node {id: $id})
WITH n, [g IN [{type: 'LEADS', direction: 'out', total: COUNT { (n)-[:LEADS]->() }},
   {type: 'LEADS', direction: 'in', total: COUNT { (n)<-[:LEADS]-() }},
   {type: 'MUST_ACCEPT_LEADERSHIP_OF', direction: 'out', total: COUNT { (n)-[:MUST_ACCEPT_LEADERSHIP_OF]->() }},
   {type: 'MUST_ACCEPT_LEADERSHIP_OF', direction: 'in', total: COUNT { (n)<-[:MUST_ACCEPT_LEADERSHIP_OF]-() }},
   {type: 'PART_OF', direction: 'out', total: COUNT { (n)-[:PART_OF]->() }},
   {type: 'PART_OF', direction: 'in', total: COUNT { (n)<-[:PART_OF]-() }},
   {type: 'APPROVES_ESTABLISHMENT_OF', direction: 'out', total: COUNT { (n)-[:APPROVES_ESTABLISHMENT_OF]->() }},
   {type: 'APPROVES_ESTABLISHMENT_OF', direction: 'in', total: COUNT { (n)<-[:APPROVES_ESTABLISHMENT_OF]-() }},
   {type: 'DECIDES_COMPOSITION_OF', direction: 'out', total: COUNT { (n)-[:DECIDES_COMPOSITION_OF]->() }},
   {type: 'DECIDES_COMPOSITION_OF', direction: 'in', total: COUNT { (n)<-[:DECIDES_COMPOSITION_OF]-() }},
   {type: 'MANAGES_CADRES_OF', direction: 'out', total: COUNT { (n)-[:MANAGES_CADRES_OF]->() }},
   {type: 'MANAGES_CADRES_OF', direction: 'in', total: COUNT { (n)<-[:MANAGES_CADRES_OF]-() }},
   {type: 'SUPERVISES', direction: 'out', total: COUNT { (n)-[:SUPERVISES]->() }},
   {type: 'SUPERVISES', direction: 'in', total: COUNT { (n)<-[:SUPERVISES]-() }},
   {type: 'INSPECTS', direction: 'out', total: COUNT { (n)-[:INSPECTS]->() }},
   {type: 'INSPECTS', direction: 'in', total: COUNT { (n)<-[:INSPECTS]-() }},
   {type: 'DIRECTS', direction: 'out', total: COUNT { (n)-[:DIRECTS]->() }},
   {type: 'DIRECTS', direction: 'in', total: COUNT { (n)<-[:DIRECTS]-() }},
   {type: 'GOVERNS', direction: 'out', total: COUNT { (n)-[:GOVERNS]->() }},
   {type: 'GOVERNS', direction: 'in', total: COUNT { (n)<-[:GOVERNS]-() }},
   {type: 'PROVIDES_PARTY_GROUP_IN', direction: 'out', total: COUNT { (n)-[:PROVIDES_PARTY_GROUP_IN]->() }},
   {type: 'PROVIDES_PARTY_GROUP_IN', direction: 'in', total: COUNT { (n)<-[:PROVIDES_PARTY_GROUP_IN]-() }},
   {type: 'GUIDES', direction: 'out', total: COUNT { (n)-[:GUIDES]->() }},
   {type: 'GUIDES', direction: 'in', total: COUNT { (n)<-[:GUIDES]-() }},
   {type: 'ISSUED_BY', direction: 'out', total: COUNT { (n)-[:ISSUED_BY]->() }},
   {type: 'ISSUED_BY', direction: 'in', total: COUNT { (n)<-[:ISSUED_BY]-() }},
   {type: 'PASSED_AT', direction: 'out', total: COUNT { (n)-[:PASSED_AT]->() }},
   {type: 'PASSED_AT', direction: 'in', total: COUNT { (n)<-[:PASSED_AT]-() }},
   {type: 'MEETING_OF', direction: 'out', total: COUNT { (n)-[:MEETING_OF]->() }},
   {type: 'MEETING_OF', direction: 'in', total: COUNT { (n)<-[:MEETING_OF]-() }},
   {type: 'PRESIDED_OVER', direction: 'out', total: COUNT { (n)-[:PRESIDED_OVER]->() }},
   {type: 'PRESIDED_OVER', direction: 'in', total: COUNT { (n)<-[:PRESIDED_OVER]-() }},
   {type: 'SUPERVISES_IMPLEMENTATION_OF', direction: 'out', total: COUNT { (n)-[:SUPERVISES_IMPLEMENTATION_OF]->() }},
   {type: 'SUPERVISES_IMPLEMENTATION_OF', direction: 'in', total: COUNT { (n)<-[:SUPERVISES_IMPLEMENTATION_OF]-() }},
   {type: 'INSTANCE_OF', direction: 'out', total: COUNT { (n)-[:INSTANCE_OF]->() }},
   {type: 'INSTANCE_OF', direction: 'in', total: COUNT { (n)<-[:INSTANCE_OF]-() }},
   {type: 'FORMED_IN', direction: 'out', total: COUNT { (n)-[:FORMED_IN]->() }},
   {type: 'FORMED_IN', direction: 'in', total: COUNT { (n)<-[:FORMED_IN]-() }},
   {type: 'BASED_ON', direction: 'out', total: COUNT { (n)-[:BASED_ON]->() }},
   {type: 'BASED_ON', direction: 'in', total: COUNT { (n)<-[:BASED_ON]-() }},
   {type: 'DEFINES', direction: 'out', total: COUNT { (n)-[:DEFINES]->() }},
   {type: 'DEFINES', direction: 'in', total: COUNT { (n)<-[:DEFINES]-() }},
   {type: 'SEPARATES_FROM', direction: 'out', total: COUNT { (n)-[:SEPARATES_FROM]->() }},
   {type: 'SEPARATES_FROM', direction: 'in', total: COUNT { (n)<-[:SEPARATES_FROM]-() }},
   {type: 'PARTICIPATES_IN', direction: 'out', total: COUNT { (n)-[:PARTICIPATES_IN]->() }},
   {type: 'PARTICIPATES_IN', direction: 'in', total: COUNT { (n)<-[:PARTICIPATES_IN]-() }}] WHERE g.total > 0] AS groups,
     COUNT { (n)--() } > $busy AS busy
RETURN n {.id, .kind, .name, .nameZh, .nameZhByEditors, .aliases, .aliasesByEditors, .description,
          .documentType, .date, .datePrecision, .status, .url, .version} AS node,
       {sources: n.evidenceSources, locators: n.evidenceLocators, quotes: n.evidenceQuotes} AS evidence,
       groups,
       busy,
       COLLECT {
         WITH n, groups, busy WHERE NOT busy
         UNWIND [g IN groups WHERE g.direction = 'out'] AS g
         CALL (n, g) {
           MATCH (n)-[r:$(g.type)]->(other:Node) RETURN r, other LIMIT $perGroup
         }
         RETURN {id: r.id, type: type(r), out: startNode(r) = n, note: r.note,
                 basis: r.basis, modality: r.modality, modalityNote: r.modalityNote,
                 document: r.document, other: other {.id, .kind, .name, .nameZh},
                 evidence: {sources: r.evidenceSources, locators: r.evidenceLocators, quotes: r.evidenceQuotes}} AS rel
         UNION ALL
         WITH n, groups, busy WHERE NOT busy
         UNWIND [g IN groups WHERE g.direction = 'in'] AS g
         CALL (n, g) {
           MATCH (n)<-[r:$(g.type)]-(other:Node) RETURN r, other LIMIT $perGroup
         }
         RETURN {id: r.id, type: type(r), out: startNode(r) = n, note: r.note,
                 basis: r.basis, modality: r.modality, modalityNote: r.modalityNote,
                 document: r.document, other: other {.id, .kind, .name, .nameZh},
                 evidence: {sources: r.evidenceSources, locators: r.evidenceLocators, quotes: r.evidenceQuotes}} AS rel
       } AS relationships,
       COLLECT { MATCH (s:Source) RETURN s {.id, .title, .url, .author, .publisher, .date, .citedIn} } AS sourceList
