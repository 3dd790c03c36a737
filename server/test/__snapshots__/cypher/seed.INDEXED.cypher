MATCH (m:GraphMeta {id: $id}) REMOVE m.indexing
