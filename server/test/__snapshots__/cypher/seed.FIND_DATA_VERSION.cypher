OPTIONAL MATCH (m:GraphMeta {id: $id})
RETURN m.version AS version, COUNT { MATCH (v:DataVersion) } > 0 AS recorded
