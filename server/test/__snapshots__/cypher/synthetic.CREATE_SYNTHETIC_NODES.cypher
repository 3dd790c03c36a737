UNWIND $rows AS row
CREATE (n:Node:Synthetic)
SET n = row.props, n.synthetic = true
SET n:$(row.label)
