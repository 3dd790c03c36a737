SHOW FULLTEXT INDEXES YIELD name, options
WHERE name IN ['node_text', 'relationship_text']
  AND options.indexConfig['fulltext.eventually_consistent'] = false
RETURN name
