UNWIND $ids AS id MATCH (n:Node {id: id}) RETURN n.id AS id, properties(n) AS props
