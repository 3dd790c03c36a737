UNWIND $ids AS id MATCH (s:Source {id: id}) DETACH DELETE s
