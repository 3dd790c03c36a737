MATCH (n:Node) WHERE n.aliases IS NULL OR n.aliasesByEditors IS NULL
CALL (n) {
  SET n.aliases = coalesce(n.aliases, []), n.aliasesByEditors = coalesce(n.aliasesByEditors, [])
} IN TRANSACTIONS OF 20000 ROWS
