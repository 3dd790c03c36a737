MATCH (m:GraphMeta {id: $id})
RETURN m.version AS version, m.synthetic AS synthetic,
       COLLECT { MATCH (v:DataVersion) RETURN v.seq ORDER BY v.seq DESC LIMIT 1 } AS last
