UNWIND $ids AS id MATCH (s:Source {id: id}) RETURN s.id AS id, properties(s) AS props
