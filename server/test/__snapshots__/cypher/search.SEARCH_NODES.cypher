  CALL db.index.fulltext.queryNodes('node_text', $lucene, {limit: $candidates})
  YIELD node, score
  WITH node, score,
       CASE
         WHEN toLower(node.name) = $lower OR node.nameZh = $raw
              OR any(alias IN node.aliases WHERE toLower(alias) = $lower)
              OR $lower IN split(node.pinyinText, '
') THEN 100.0
         WHEN toLower(node.name) STARTS WITH $lower OR node.nameZh STARTS WITH $raw
              OR any(alias IN node.aliases WHERE toLower(alias) STARTS WITH $lower)
              OR any(line IN split(node.pinyinText, '
') WHERE line STARTS WITH $lower) THEN 50.0
         ELSE 0.0
       END AS boost
  RETURN node.id AS id, node.kind AS kind, node.name AS name, node.nameZh AS nameZh,
         node.aliasesText AS aliases, node.quotesText AS quotes, boost + score AS score
  ORDER BY score DESC, id
  LIMIT $candidates
