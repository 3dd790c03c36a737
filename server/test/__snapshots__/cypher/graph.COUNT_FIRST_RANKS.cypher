MATCH (n:Node) WHERE n.rank >= 0 AND ($kinds IS NULL OR n.kind IN $kinds)
  AND (n.kind <> 'document' OR ($from IS NULL AND $to IS NULL) OR (n.date IS NOT NULL AND ($from IS NULL OR n.date >= $from) AND ($to IS NULL OR left(n.date, size($to)) <= $to)))
WITH n ORDER BY n.rank LIMIT $cap
RETURN n.rank AS rank, count(*) AS nodes ORDER BY rank
