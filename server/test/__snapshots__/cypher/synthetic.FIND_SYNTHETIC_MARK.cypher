MATCH (m:GraphMeta {id: $id}) RETURN m.synthetic AS mark
