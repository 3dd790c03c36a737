OPTIONAL MATCH (start:Node {id: $id})
WITH start, CASE WHEN start IS NULL THEN [] ELSE [start] END AS frontier, [] AS rels
WITH start, frontier, frontier AS seen, rels

WITH start, seen, rels,
     reduce(steps = [], x IN CASE WHEN $maxDepth >= 1 THEN frontier ELSE [] END |
       steps + [(x)<-[r:LEADS|APPROVES_ESTABLISHMENT_OF|DECIDES_COMPOSITION_OF|MANAGES_CADRES_OF|SUPERVISES|INSPECTS|DIRECTS|GOVERNS|PROVIDES_PARTY_GROUP_IN|GUIDES]-(y:Node) WHERE x.id <> $centre | [r, y]]
             + [(x)-[r:MUST_ACCEPT_LEADERSHIP_OF|PART_OF|ISSUED_BY|PASSED_AT|MEETING_OF]->(y:Node) WHERE x.id <> $centre | [r, y]]) AS steps
WITH start, seen, rels + [step IN steps | step[0]] AS rels,
     reduce(next = [], step IN steps |
       CASE WHEN step[1] IN seen OR step[1] IN next THEN next ELSE next + [step[1]] END) AS frontier
WITH start, rels, frontier, seen + frontier AS seen
WITH start, seen, rels,
     reduce(steps = [], x IN CASE WHEN $maxDepth >= 2 THEN frontier ELSE [] END |
       steps + [(x)<-[r:LEADS|APPROVES_ESTABLISHMENT_OF|DECIDES_COMPOSITION_OF|MANAGES_CADRES_OF|SUPERVISES|INSPECTS|DIRECTS|GOVERNS|PROVIDES_PARTY_GROUP_IN|GUIDES]-(y:Node) WHERE x.id <> $centre | [r, y]]
             + [(x)-[r:MUST_ACCEPT_LEADERSHIP_OF|PART_OF|ISSUED_BY|PASSED_AT|MEETING_OF]->(y:Node) WHERE x.id <> $centre | [r, y]]) AS steps
WITH start, seen, rels + [step IN steps | step[0]] AS rels,
     reduce(next = [], step IN steps |
       CASE WHEN step[1] IN seen OR step[1] IN next THEN next ELSE next + [step[1]] END) AS frontier
WITH start, rels, frontier, seen + frontier AS seen
WITH start, seen, rels,
     reduce(steps = [], x IN CASE WHEN $maxDepth >= 3 THEN frontier ELSE [] END |
       steps + [(x)<-[r:LEADS|APPROVES_ESTABLISHMENT_OF|DECIDES_COMPOSITION_OF|MANAGES_CADRES_OF|SUPERVISES|INSPECTS|DIRECTS|GOVERNS|PROVIDES_PARTY_GROUP_IN|GUIDES]-(y:Node) WHERE x.id <> $centre | [r, y]]
             + [(x)-[r:MUST_ACCEPT_LEADERSHIP_OF|PART_OF|ISSUED_BY|PASSED_AT|MEETING_OF]->(y:Node) WHERE x.id <> $centre | [r, y]]) AS steps
WITH start, seen, rels + [step IN steps | step[0]] AS rels,
     reduce(next = [], step IN steps |
       CASE WHEN step[1] IN seen OR step[1] IN next THEN next ELSE next + [step[1]] END) AS frontier
WITH start, rels, frontier, seen + frontier AS seen
WITH start, seen, rels,
     reduce(steps = [], x IN CASE WHEN $maxDepth >= 4 THEN frontier ELSE [] END |
       steps + [(x)<-[r:LEADS|APPROVES_ESTABLISHMENT_OF|DECIDES_COMPOSITION_OF|MANAGES_CADRES_OF|SUPERVISES|INSPECTS|DIRECTS|GOVERNS|PROVIDES_PARTY_GROUP_IN|GUIDES]-(y:Node) WHERE x.id <> $centre | [r, y]]
             + [(x)-[r:MUST_ACCEPT_LEADERSHIP_OF|PART_OF|ISSUED_BY|PASSED_AT|MEETING_OF]->(y:Node) WHERE x.id <> $centre | [r, y]]) AS steps
WITH start, seen, rels + [step IN steps | step[0]] AS rels,
     reduce(next = [], step IN steps |
       CASE WHEN step[1] IN seen OR step[1] IN next THEN next ELSE next + [step[1]] END) AS frontier
WITH start, rels, frontier, seen + frontier AS seen
WITH start, seen, rels,
     reduce(steps = [], x IN CASE WHEN $maxDepth >= 5 THEN frontier ELSE [] END |
       steps + [(x)<-[r:LEADS|APPROVES_ESTABLISHMENT_OF|DECIDES_COMPOSITION_OF|MANAGES_CADRES_OF|SUPERVISES|INSPECTS|DIRECTS|GOVERNS|PROVIDES_PARTY_GROUP_IN|GUIDES]-(y:Node) WHERE x.id <> $centre | [r, y]]
             + [(x)-[r:MUST_ACCEPT_LEADERSHIP_OF|PART_OF|ISSUED_BY|PASSED_AT|MEETING_OF]->(y:Node) WHERE x.id <> $centre | [r, y]]) AS steps
WITH start, seen, rels + [step IN steps | step[0]] AS rels,
     reduce(next = [], step IN steps |
       CASE WHEN step[1] IN seen OR step[1] IN next THEN next ELSE next + [step[1]] END) AS frontier
WITH start, rels, frontier, seen + frontier AS seen
WITH start, seen, rels,
     reduce(steps = [], x IN CASE WHEN $maxDepth >= 6 THEN frontier ELSE [] END |
       steps + [(x)<-[r:LEADS|APPROVES_ESTABLISHMENT_OF|DECIDES_COMPOSITION_OF|MANAGES_CADRES_OF|SUPERVISES|INSPECTS|DIRECTS|GOVERNS|PROVIDES_PARTY_GROUP_IN|GUIDES]-(y:Node) WHERE x.id <> $centre | [r, y]]
             + [(x)-[r:MUST_ACCEPT_LEADERSHIP_OF|PART_OF|ISSUED_BY|PASSED_AT|MEETING_OF]->(y:Node) WHERE x.id <> $centre | [r, y]]) AS steps
WITH start, seen, rels + [step IN steps | step[0]] AS rels,
     reduce(next = [], step IN steps |
       CASE WHEN step[1] IN seen OR step[1] IN next THEN next ELSE next + [step[1]] END) AS frontier
WITH start, rels, frontier, seen + frontier AS seen
WITH start, seen, rels,
     reduce(steps = [], x IN CASE WHEN $maxDepth >= 7 THEN frontier ELSE [] END |
       steps + [(x)<-[r:LEADS|APPROVES_ESTABLISHMENT_OF|DECIDES_COMPOSITION_OF|MANAGES_CADRES_OF|SUPERVISES|INSPECTS|DIRECTS|GOVERNS|PROVIDES_PARTY_GROUP_IN|GUIDES]-(y:Node) WHERE x.id <> $centre | [r, y]]
             + [(x)-[r:MUST_ACCEPT_LEADERSHIP_OF|PART_OF|ISSUED_BY|PASSED_AT|MEETING_OF]->(y:Node) WHERE x.id <> $centre | [r, y]]) AS steps
WITH start, seen, rels + [step IN steps | step[0]] AS rels,
     reduce(next = [], step IN steps |
       CASE WHEN step[1] IN seen OR step[1] IN next THEN next ELSE next + [step[1]] END) AS frontier
WITH start, rels, frontier, seen + frontier AS seen
WITH start, seen, rels,
     reduce(steps = [], x IN CASE WHEN $maxDepth >= 8 THEN frontier ELSE [] END |
       steps + [(x)<-[r:LEADS|APPROVES_ESTABLISHMENT_OF|DECIDES_COMPOSITION_OF|MANAGES_CADRES_OF|SUPERVISES|INSPECTS|DIRECTS|GOVERNS|PROVIDES_PARTY_GROUP_IN|GUIDES]-(y:Node) WHERE x.id <> $centre | [r, y]]
             + [(x)-[r:MUST_ACCEPT_LEADERSHIP_OF|PART_OF|ISSUED_BY|PASSED_AT|MEETING_OF]->(y:Node) WHERE x.id <> $centre | [r, y]]) AS steps
WITH start, seen, rels + [step IN steps | step[0]] AS rels,
     reduce(next = [], step IN steps |
       CASE WHEN step[1] IN seen OR step[1] IN next THEN next ELSE next + [step[1]] END) AS frontier
WITH start, rels, frontier, seen + frontier AS seen
WITH start, seen, rels,
     reduce(steps = [], x IN CASE WHEN $maxDepth >= 9 THEN frontier ELSE [] END |
       steps + [(x)<-[r:LEADS|APPROVES_ESTABLISHMENT_OF|DECIDES_COMPOSITION_OF|MANAGES_CADRES_OF|SUPERVISES|INSPECTS|DIRECTS|GOVERNS|PROVIDES_PARTY_GROUP_IN|GUIDES]-(y:Node) WHERE x.id <> $centre | [r, y]]
             + [(x)-[r:MUST_ACCEPT_LEADERSHIP_OF|PART_OF|ISSUED_BY|PASSED_AT|MEETING_OF]->(y:Node) WHERE x.id <> $centre | [r, y]]) AS steps
WITH start, seen, rels + [step IN steps | step[0]] AS rels,
     reduce(next = [], step IN steps |
       CASE WHEN step[1] IN seen OR step[1] IN next THEN next ELSE next + [step[1]] END) AS frontier
WITH start, rels, frontier, seen + frontier AS seen
WITH start, seen, rels,
     reduce(steps = [], x IN CASE WHEN $maxDepth >= 10 THEN frontier ELSE [] END |
       steps + [(x)<-[r:LEADS|APPROVES_ESTABLISHMENT_OF|DECIDES_COMPOSITION_OF|MANAGES_CADRES_OF|SUPERVISES|INSPECTS|DIRECTS|GOVERNS|PROVIDES_PARTY_GROUP_IN|GUIDES]-(y:Node) WHERE x.id <> $centre | [r, y]]
             + [(x)-[r:MUST_ACCEPT_LEADERSHIP_OF|PART_OF|ISSUED_BY|PASSED_AT|MEETING_OF]->(y:Node) WHERE x.id <> $centre | [r, y]]) AS steps
WITH start, seen, rels + [step IN steps | step[0]] AS rels,
     reduce(next = [], step IN steps |
       CASE WHEN step[1] IN seen OR step[1] IN next THEN next ELSE next + [step[1]] END) AS frontier
WITH start, rels, frontier, seen + frontier AS seen
WITH start, seen, rels,
     reduce(steps = [], x IN CASE WHEN $maxDepth >= 11 THEN frontier ELSE [] END |
       steps + [(x)<-[r:LEADS|APPROVES_ESTABLISHMENT_OF|DECIDES_COMPOSITION_OF|MANAGES_CADRES_OF|SUPERVISES|INSPECTS|DIRECTS|GOVERNS|PROVIDES_PARTY_GROUP_IN|GUIDES]-(y:Node) WHERE x.id <> $centre | [r, y]]
             + [(x)-[r:MUST_ACCEPT_LEADERSHIP_OF|PART_OF|ISSUED_BY|PASSED_AT|MEETING_OF]->(y:Node) WHERE x.id <> $centre | [r, y]]) AS steps
WITH start, seen, rels + [step IN steps | step[0]] AS rels,
     reduce(next = [], step IN steps |
       CASE WHEN step[1] IN seen OR step[1] IN next THEN next ELSE next + [step[1]] END) AS frontier
WITH start, rels, frontier, seen + frontier AS seen
WITH start, seen, rels,
     reduce(steps = [], x IN CASE WHEN $maxDepth >= 12 THEN frontier ELSE [] END |
       steps + [(x)<-[r:LEADS|APPROVES_ESTABLISHMENT_OF|DECIDES_COMPOSITION_OF|MANAGES_CADRES_OF|SUPERVISES|INSPECTS|DIRECTS|GOVERNS|PROVIDES_PARTY_GROUP_IN|GUIDES]-(y:Node) WHERE x.id <> $centre | [r, y]]
             + [(x)-[r:MUST_ACCEPT_LEADERSHIP_OF|PART_OF|ISSUED_BY|PASSED_AT|MEETING_OF]->(y:Node) WHERE x.id <> $centre | [r, y]]) AS steps
WITH start, seen, rels + [step IN steps | step[0]] AS rels,
     reduce(next = [], step IN steps |
       CASE WHEN step[1] IN seen OR step[1] IN next THEN next ELSE next + [step[1]] END) AS frontier
WITH start, rels, frontier, seen + frontier AS seen
RETURN start.id AS found,
       [n IN seen | n {.id, .kind, .name, .nameZh}] AS nodes,
       [rel IN rels | {id: rel.id, type: type(rel), source: startNode(rel).id,
                                      target: endNode(rel).id, basis: rel.basis,
                                      modality: rel.modality, note: rel.note,
                                      modalityNote: rel.modalityNote,
                                      evidence: {sources: rel.evidenceSources, locators: rel.evidenceLocators, quotes: rel.evidenceQuotes}}] AS rels,
       COLLECT { MATCH (s:Source) RETURN s {.id, .title, .url, .author, .publisher, .date, .citedIn} } AS sourceList
