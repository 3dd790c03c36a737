RETURN COUNT { MATCH (v:DataVersion) } AS total,
       COLLECT {
         MATCH (v:DataVersion) RETURN v {.version, .loadedAt, .previous, .summary} AS entry ORDER BY v.seq DESC LIMIT $limit
       } AS versions
