RETURN [{kind: 'party-organ', count: COUNT { MATCH (:PartyOrgan) }},
         {kind: 'state-organ', count: COUNT { MATCH (:StateOrgan) }},
         {kind: 'document', count: COUNT { MATCH (:Document) }},
         {kind: 'governed-entity', count: COUNT { MATCH (:GovernedEntity) }},
         {kind: 'person', count: COUNT { MATCH (:Person) }},
         {kind: 'meeting', count: COUNT { MATCH (:Meeting) }},
         {kind: 'process', count: COUNT { MATCH (:Process) }}] AS kinds,
       [{type: 'LEADS', count: COUNT { MATCH ()-[:LEADS]->() }},
         {type: 'MUST_ACCEPT_LEADERSHIP_OF', count: COUNT { MATCH ()-[:MUST_ACCEPT_LEADERSHIP_OF]->() }},
         {type: 'PART_OF', count: COUNT { MATCH ()-[:PART_OF]->() }},
         {type: 'APPROVES_ESTABLISHMENT_OF', count: COUNT { MATCH ()-[:APPROVES_ESTABLISHMENT_OF]->() }},
         {type: 'DECIDES_COMPOSITION_OF', count: COUNT { MATCH ()-[:DECIDES_COMPOSITION_OF]->() }},
         {type: 'MANAGES_CADRES_OF', count: COUNT { MATCH ()-[:MANAGES_CADRES_OF]->() }},
         {type: 'SUPERVISES', count: COUNT { MATCH ()-[:SUPERVISES]->() }},
         {type: 'INSPECTS', count: COUNT { MATCH ()-[:INSPECTS]->() }},
         {type: 'DIRECTS', count: COUNT { MATCH ()-[:DIRECTS]->() }},
         {type: 'GOVERNS', count: COUNT { MATCH ()-[:GOVERNS]->() }},
         {type: 'PROVIDES_PARTY_GROUP_IN', count: COUNT { MATCH ()-[:PROVIDES_PARTY_GROUP_IN]->() }},
         {type: 'GUIDES', count: COUNT { MATCH ()-[:GUIDES]->() }},
         {type: 'ISSUED_BY', count: COUNT { MATCH ()-[:ISSUED_BY]->() }},
         {type: 'PASSED_AT', count: COUNT { MATCH ()-[:PASSED_AT]->() }},
         {type: 'MEETING_OF', count: COUNT { MATCH ()-[:MEETING_OF]->() }},
         {type: 'PRESIDED_OVER', count: COUNT { MATCH ()-[:PRESIDED_OVER]->() }},
         {type: 'SUPERVISES_IMPLEMENTATION_OF', count: COUNT { MATCH ()-[:SUPERVISES_IMPLEMENTATION_OF]->() }},
         {type: 'INSTANCE_OF', count: COUNT { MATCH ()-[:INSTANCE_OF]->() }},
         {type: 'FORMED_IN', count: COUNT { MATCH ()-[:FORMED_IN]->() }},
         {type: 'BASED_ON', count: COUNT { MATCH ()-[:BASED_ON]->() }},
         {type: 'DEFINES', count: COUNT { MATCH ()-[:DEFINES]->() }},
         {type: 'SEPARATES_FROM', count: COUNT { MATCH ()-[:SEPARATES_FROM]->() }},
         {type: 'PARTICIPATES_IN', count: COUNT { MATCH ()-[:PARTICIPATES_IN]->() }}] AS types,
       COUNT { MATCH (s:Source) WHERE NOT s:Synthetic } AS sources,
       COUNT { MATCH (n:Node:Synthetic) } AS synthetic,
       COUNT { MATCH (s:Source) WHERE s.citedIn IS NOT NULL } AS citedThrough,
       COLLECT {
         MATCH (d:Node {kind: 'document'})
         RETURN d {.id, .name, .nameZh, .documentType, .date} AS document
         ORDER BY d.date IS NULL, d.date, d.id
       } AS documents,
       COLLECT {
         MATCH (s:Source) WHERE s.text IS NOT NULL
         RETURN s {.id, .type, .title, .titleZh, .author, .publisher, .date, .url, .citedIn} AS source
         ORDER BY source.id
       } AS basedOn,
       COLLECT { MATCH (m:GraphMeta {id: $metaId}) RETURN m {.version, .loadedAt, .synthetic} } AS meta
