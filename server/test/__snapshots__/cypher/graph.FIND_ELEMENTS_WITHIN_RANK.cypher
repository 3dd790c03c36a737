MATCH (n:Node) WHERE n.rank <= $maxRank AND ($kinds IS NULL OR n.kind IN $kinds)
  AND (n.kind <> 'document' OR ($from IS NULL AND $to IS NULL) OR (n.date IS NOT NULL AND ($from IS NULL OR n.date >= $from) AND ($to IS NULL OR left(n.date, size($to)) <= $to)))
WITH n ORDER BY n.rank, n.id
WITH collect(n) AS nodes
RETURN [n IN nodes | n {.id, .kind, .name, .nameZh}] AS nodes,
       COLLECT {
         UNWIND nodes AS a
         MATCH (a)-[r]->(b:Node)
         WHERE b.rank <= $maxRank AND ($kinds IS NULL OR b.kind IN $kinds)
  AND (b.kind <> 'document' OR ($from IS NULL AND $to IS NULL) OR (b.date IS NOT NULL AND ($from IS NULL OR b.date >= $from) AND ($to IS NULL OR left(b.date, size($to)) <= $to)))
           AND ($relTypes IS NULL OR type(r) IN $relTypes)
           AND ($document IS NULL OR r.document = $document)
           AND (($from IS NULL AND $to IS NULL) OR r.document IS NULL
                OR EXISTS { MATCH (d:Node {id: r.document}) WHERE (d.date IS NOT NULL AND ($from IS NULL OR d.date >= $from) AND ($to IS NULL OR left(d.date, size($to)) <= $to)) })
         RETURN {id: r.id, type: type(r), source: a.id, target: b.id, basis: r.basis,
                 modality: r.modality} AS edge ORDER BY edge.id LIMIT $edgeCap
       } AS edges
