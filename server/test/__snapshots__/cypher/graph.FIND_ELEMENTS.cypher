MATCH (n:Node)
WHERE ($kinds IS NULL OR n.kind IN $kinds)
  AND (n.kind <> 'document' OR ($from IS NULL AND $to IS NULL) OR (n.date IS NOT NULL AND ($from IS NULL OR n.date >= $from) AND ($to IS NULL OR left(n.date, size($to)) <= $to)))
WITH n ORDER BY n.id
WITH collect(n) AS nodes, collect(n.id) AS ids
RETURN [n IN nodes | n {.id, .kind, .name, .nameZh}] AS nodes,
       COLLECT {
         MATCH (a:Node)-[r]->(b:Node)
         WHERE a.id IN ids AND b.id IN ids
           AND ($relTypes IS NULL OR type(r) IN $relTypes)
           AND ($document IS NULL OR r.document = $document)
           AND (($from IS NULL AND $to IS NULL) OR r.document IS NULL
                OR EXISTS { MATCH (d:Node {id: r.document}) WHERE (d.date IS NOT NULL AND ($from IS NULL OR d.date >= $from) AND ($to IS NULL OR left(d.date, size($to)) <= $to)) })
         RETURN {id: r.id, type: type(r), source: a.id, target: b.id, basis: r.basis,
                 modality: r.modality} AS edge ORDER BY edge.id
       } AS edges
