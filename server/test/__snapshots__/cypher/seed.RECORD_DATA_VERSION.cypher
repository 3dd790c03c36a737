MATCH (m:GraphMeta {id: $id})
WITH m, COLLECT { MATCH (v:DataVersion) RETURN v.seq ORDER BY v.seq DESC LIMIT 1 } AS last
CREATE (:DataVersion {
  seq: coalesce(last[0], 0) + 1, version: m.version, loadedAt: m.loadedAt,
  previous: $previous, summary: $summary, changes: $changes
})
