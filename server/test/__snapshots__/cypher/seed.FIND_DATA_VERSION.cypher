MATCH (m:GraphMeta {id: $id}) RETURN m.version AS version
