CREATE CONSTRAINT node_id_unique IF NOT EXISTS FOR (n:Node) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT source_id_unique IF NOT EXISTS FOR (s:Source) REQUIRE s.id IS UNIQUE;
CREATE CONSTRAINT graph_meta_id_unique IF NOT EXISTS FOR (m:GraphMeta) REQUIRE m.id IS UNIQUE;
CREATE INDEX node_kind IF NOT EXISTS FOR (n:Node) ON (n.kind);
CREATE INDEX node_rank IF NOT EXISTS FOR (n:Node) ON (n.rank);
CREATE INDEX relationship_id_leads IF NOT EXISTS FOR ()-[r:LEADS]-() ON (r.id);
CREATE INDEX relationship_id_must_accept_leadership_of IF NOT EXISTS FOR ()-[r:MUST_ACCEPT_LEADERSHIP_OF]-() ON (r.id);
CREATE INDEX relationship_id_part_of IF NOT EXISTS FOR ()-[r:PART_OF]-() ON (r.id);
CREATE INDEX relationship_id_approves_establishment_of IF NOT EXISTS FOR ()-[r:APPROVES_ESTABLISHMENT_OF]-() ON (r.id);
CREATE INDEX relationship_id_decides_composition_of IF NOT EXISTS FOR ()-[r:DECIDES_COMPOSITION_OF]-() ON (r.id);
CREATE INDEX relationship_id_manages_cadres_of IF NOT EXISTS FOR ()-[r:MANAGES_CADRES_OF]-() ON (r.id);
CREATE INDEX relationship_id_supervises IF NOT EXISTS FOR ()-[r:SUPERVISES]-() ON (r.id);
CREATE INDEX relationship_id_inspects IF NOT EXISTS FOR ()-[r:INSPECTS]-() ON (r.id);
CREATE INDEX relationship_id_directs IF NOT EXISTS FOR ()-[r:DIRECTS]-() ON (r.id);
CREATE INDEX relationship_id_governs IF NOT EXISTS FOR ()-[r:GOVERNS]-() ON (r.id);
CREATE INDEX relationship_id_provides_party_group_in IF NOT EXISTS FOR ()-[r:PROVIDES_PARTY_GROUP_IN]-() ON (r.id);
CREATE INDEX relationship_id_guides IF NOT EXISTS FOR ()-[r:GUIDES]-() ON (r.id);
CREATE INDEX relationship_id_issued_by IF NOT EXISTS FOR ()-[r:ISSUED_BY]-() ON (r.id);
CREATE INDEX relationship_id_passed_at IF NOT EXISTS FOR ()-[r:PASSED_AT]-() ON (r.id);
CREATE INDEX relationship_id_meeting_of IF NOT EXISTS FOR ()-[r:MEETING_OF]-() ON (r.id);
CREATE INDEX relationship_id_presided_over IF NOT EXISTS FOR ()-[r:PRESIDED_OVER]-() ON (r.id);
CREATE INDEX relationship_id_supervises_implementation_of IF NOT EXISTS FOR ()-[r:SUPERVISES_IMPLEMENTATION_OF]-() ON (r.id);
CREATE INDEX relationship_id_instance_of IF NOT EXISTS FOR ()-[r:INSTANCE_OF]-() ON (r.id);
CREATE INDEX relationship_id_formed_in IF NOT EXISTS FOR ()-[r:FORMED_IN]-() ON (r.id);
CREATE INDEX relationship_id_based_on IF NOT EXISTS FOR ()-[r:BASED_ON]-() ON (r.id);
CREATE INDEX relationship_id_defines IF NOT EXISTS FOR ()-[r:DEFINES]-() ON (r.id);
CREATE INDEX relationship_id_separates_from IF NOT EXISTS FOR ()-[r:SEPARATES_FROM]-() ON (r.id);
CREATE INDEX relationship_id_participates_in IF NOT EXISTS FOR ()-[r:PARTICIPATES_IN]-() ON (r.id);
CREATE CONSTRAINT data_version_seq_unique IF NOT EXISTS FOR (v:DataVersion) REQUIRE v.seq IS UNIQUE;
CREATE INDEX data_version_version IF NOT EXISTS FOR (v:DataVersion) ON (v.version);
DROP INDEX node_search IF EXISTS;
CREATE FULLTEXT INDEX node_text IF NOT EXISTS
   FOR (n:Node) ON EACH [n.name, n.nameZh, n.aliasesText, n.quotesText, n.pinyinText]
   OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk', `fulltext.eventually_consistent`: true } };
CREATE FULLTEXT INDEX relationship_text IF NOT EXISTS
   FOR ()-[r:LEADS|MUST_ACCEPT_LEADERSHIP_OF|PART_OF|APPROVES_ESTABLISHMENT_OF|DECIDES_COMPOSITION_OF|MANAGES_CADRES_OF|SUPERVISES|INSPECTS|DIRECTS|GOVERNS|PROVIDES_PARTY_GROUP_IN|GUIDES|ISSUED_BY|PASSED_AT|MEETING_OF|PRESIDED_OVER|SUPERVISES_IMPLEMENTATION_OF|INSTANCE_OF|FORMED_IN|BASED_ON|DEFINES|SEPARATES_FROM|PARTICIPATES_IN]-() ON EACH [r.typeText, r.quotesText]
   OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk', `fulltext.eventually_consistent`: true } };
CALL db.awaitIndexes(1800)
