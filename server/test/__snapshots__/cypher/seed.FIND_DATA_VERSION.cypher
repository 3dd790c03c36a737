OPTIONAL MATCH (m:GraphMeta {id: $id})
RETURN m.version AS version, COUNT { MATCH (v:DataVersion) } > 0 AS recorded,
       COUNT { MATCH (c:Node {id: $centre}) WHERE c.rank IS NOT NULL } > 0 AS ranked
