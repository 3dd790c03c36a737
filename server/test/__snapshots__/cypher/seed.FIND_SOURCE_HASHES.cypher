MATCH (s:Source) WHERE s.id IS NOT NULL RETURN s.id AS id, s.hash AS hash
