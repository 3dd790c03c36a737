MATCH (m:GraphMeta {id: $id})
RETURN m.version AS version, m.synthetic AS synthetic, m.indexing AS indexing,
       COLLECT { MATCH (v:DataVersion) RETURN v.seq ORDER BY v.seq DESC LIMIT 1 } AS last,
       COUNT { MATCH (c:Node {id: $centre}) WHERE c.rank IS NOT NULL } > 0 AS ranked
