CREATE CONSTRAINT node_id_unique IF NOT EXISTS FOR (n:Node) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT source_id_unique IF NOT EXISTS FOR (s:Source) REQUIRE s.id IS UNIQUE;
CREATE CONSTRAINT graph_meta_id_unique IF NOT EXISTS FOR (m:GraphMeta) REQUIRE m.id IS UNIQUE;
CREATE INDEX node_kind IF NOT EXISTS FOR (n:Node) ON (n.kind);
CREATE INDEX node_rank IF NOT EXISTS FOR (n:Node) ON (n.rank);
CREATE CONSTRAINT data_version_seq_unique IF NOT EXISTS FOR (v:DataVersion) REQUIRE v.seq IS UNIQUE;
CREATE INDEX data_version_version IF NOT EXISTS FOR (v:DataVersion) ON (v.version);
DROP INDEX node_search IF EXISTS;
CREATE FULLTEXT INDEX node_text IF NOT EXISTS
   FOR (n:Node) ON EACH [n.name, n.nameZh, n.aliasesText, n.quotesText, n.pinyinText]
   OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk', `fulltext.eventually_consistent`: false } };
CREATE FULLTEXT INDEX relationship_text IF NOT EXISTS
   FOR ()-[r:LEADS|MUST_ACCEPT_LEADERSHIP_OF|PART_OF|APPROVES_ESTABLISHMENT_OF|DECIDES_COMPOSITION_OF|MANAGES_CADRES_OF|SUPERVISES|INSPECTS|DIRECTS|GOVERNS|PROVIDES_PARTY_GROUP_IN|GUIDES|ISSUED_BY|PASSED_AT|MEETING_OF|PRESIDED_OVER|SUPERVISES_IMPLEMENTATION_OF|INSTANCE_OF|FORMED_IN|BASED_ON|DEFINES|SEPARATES_FROM|PARTICIPATES_IN]-() ON EACH [r.typeText, r.quotesText]
   OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk', `fulltext.eventually_consistent`: false } };
CALL db.awaitIndexes(120)
