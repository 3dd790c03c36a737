MERGE (s:Source {id: $id})
SET s = $props, s.synthetic = true, s:Synthetic
