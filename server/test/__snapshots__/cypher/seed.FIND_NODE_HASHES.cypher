MATCH (n:Node) RETURN n.id AS id, n.hash AS hash
