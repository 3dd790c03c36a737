UNWIND $rows AS row
MERGE (n:Node {id: row.id})
SET n = row.props
WITH n, row, [label IN labels(n) WHERE label <> 'Node'] AS stale
REMOVE n:$(stale)
SET n:$(row.label)
