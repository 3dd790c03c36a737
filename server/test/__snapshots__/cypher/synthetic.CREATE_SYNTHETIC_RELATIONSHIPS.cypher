UNWIND $rows AS row
MATCH (a:Node {id: row.source}), (b:Node {id: row.target})
CREATE (a)-[r:$(row.type)]->(b)
SET r = row.props, r.synthetic = true
RETURN count(r) AS written
