DROP INDEX node_text IF EXISTS;
DROP INDEX relationship_text IF EXISTS
