MATCH (:Node)-[r]->(:Node) WHERE r.id IS NOT NULL AND r.synthetic IS NULL
RETURN r.id AS id, r.hash AS hash
