MATCH (a:Node)-[r]->(b:Node) WHERE r.id IN $ids
RETURN r.id AS id, type(r) AS type, a.id AS source, b.id AS target, properties(r) AS props
