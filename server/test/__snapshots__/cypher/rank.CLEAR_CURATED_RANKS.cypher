MATCH (n:Node) WHERE n.rank IS NOT NULL AND NOT n:Synthetic REMOVE n.rank
