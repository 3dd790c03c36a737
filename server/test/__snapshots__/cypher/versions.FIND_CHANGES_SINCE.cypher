MATCH (since:DataVersion {version: $version})
WITH since ORDER BY since.seq DESC LIMIT 1
RETURN since {.version, .loadedAt, .previous, .summary} AS since,
       COLLECT {
         MATCH (v:DataVersion) WHERE v.seq > since.seq
         RETURN v {.version, .loadedAt, .previous, .summary, .changes} AS load ORDER BY v.seq
       } AS after
