MATCH (s:Source) WHERE s.id IS NOT NULL AND NOT s:Synthetic RETURN s.id AS id, s.hash AS hash
