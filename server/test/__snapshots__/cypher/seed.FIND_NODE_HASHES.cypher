MATCH (n:Node) WHERE n.id IS NOT NULL RETURN n.id AS id, n.hash AS hash
