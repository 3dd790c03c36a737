MATCH (m:GraphMeta {id: $id}) SET m.synthetic = $mark
