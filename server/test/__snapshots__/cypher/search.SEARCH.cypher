  CALL () {
    CALL db.index.fulltext.queryNodes('node_text', $lucene, {limit: $nodeCandidates})
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
    WITH node, boost + score AS score ORDER BY score DESC, node.id
    RETURN collect({id: node.id, kind: node.kind, name: node.name, nameZh: node.nameZh,
                    aliases: node.aliasesText, quotes: node.quotesText, score: score}) AS nodes
  }
  CALL () {
    WITH 1 AS ask WHERE $relationshipCandidates > 0
    CALL db.index.fulltext.queryRelationships('relationship_text', $lucene,
                                              {limit: $relationshipCandidates})
    YIELD relationship AS r, score
    MATCH (s:Node)-[r]->(t:Node)
    WITH r, s, t,
         score + CASE WHEN toLower(r.typeText) CONTAINS $lower THEN 50.0 ELSE 0.0 END AS score
    ORDER BY score DESC, r.id
    RETURN collect({id: r.id, type: type(r), source: s {.id, .kind, .name, .nameZh},
                    target: t {.id, .kind, .name, .nameZh}, typeText: r.typeText,
                    quotes: r.quotesText, score: score}) AS relationships
  }
  RETURN nodes, relationships
