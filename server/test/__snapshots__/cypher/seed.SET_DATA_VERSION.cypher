MERGE (m:GraphMeta {id: $id}) SET m.version = $version, m.loadedAt = toString(datetime()), m.indexing = true
