MATCH (n:Node) WHERE n.id IS NOT NULL AND NOT n:Synthetic RETURN n.id AS id, n.hash AS hash
