MATCH (s:Source) WHERE s.id IN $ids
OPTIONAL MATCH (citing:Source {id: s.citedIn})
WITH collect(s) + collect(citing) AS found
UNWIND found AS source
WITH DISTINCT source
RETURN source.id AS id, source.type AS type, source.title AS title, source.titleZh AS titleZh,
       source.author AS author, source.publisher AS publisher, source.date AS date,
       source.url AS url, source.citedIn AS citedIn
ORDER BY id
