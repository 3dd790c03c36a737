RETURN [{kind: 'party-organ', count: COUNT { MATCH (:PartyOrgan) }},
           {kind: 'state-organ', count: COUNT { MATCH (:StateOrgan) }},
           {kind: 'document', count: COUNT { MATCH (:Document) }},
           {kind: 'governed-entity', count: COUNT { MATCH (:GovernedEntity) }},
           {kind: 'person', count: COUNT { MATCH (:Person) }},
           {kind: 'meeting', count: COUNT { MATCH (:Meeting) }},
           {kind: 'process', count: COUNT { MATCH (:Process) }}] AS kinds
