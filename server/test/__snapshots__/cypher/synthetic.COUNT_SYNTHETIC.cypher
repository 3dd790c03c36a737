RETURN COUNT { MATCH (n:Node:Synthetic) } AS nodes
