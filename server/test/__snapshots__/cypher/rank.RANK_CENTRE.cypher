MATCH (c:Node {id: $centre}) SET c.rank = 0
