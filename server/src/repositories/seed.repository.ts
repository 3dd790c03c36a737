import { z } from 'zod';
import { PARTY_CENTRE_ID, RelationshipType, type SeedGraph } from '@pag/graph-seed';
import type { Session } from 'neo4j-driver';
import type { Database } from './database';
import { classifyDatabaseError } from './database-errors';
import {
  describeLoad,
  listsChanges,
  summarizeChanges,
  summarizeLoad,
  type LoadDiff,
  type StoredRecord,
} from '../services/change-log';
import { RELATIONSHIP_WITH_ID } from './cypher-fragments';
import { rankCuratedNodes } from './rank.repository';
import { readRows, type QueryContext } from './read-rows';
import { dataVersion, toSeedRows, type NodeRow, type RelationshipRow } from './seed-rows';

/** Id of the one node that records which data is loaded. */
export const GRAPH_META_ID = 'graph';

/** Schema statements; each is idempotent and runs in its own transaction, as Neo4j requires. */
export const SCHEMA = [
  'CREATE CONSTRAINT node_id_unique IF NOT EXISTS FOR (n:Node) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT source_id_unique IF NOT EXISTS FOR (s:Source) REQUIRE s.id IS UNIQUE',
  'CREATE CONSTRAINT graph_meta_id_unique IF NOT EXISTS FOR (m:GraphMeta) REQUIRE m.id IS UNIQUE',
  'CREATE INDEX node_kind IF NOT EXISTS FOR (n:Node) ON (n.kind)',
  // Hops of authority from the Party centre (rank.repository): large views cut and group by it.
  'CREATE INDEX node_rank IF NOT EXISTS FOR (n:Node) ON (n.rank)',
  // Relationships are found by id (RELATIONSHIP_WITH_ID); Neo4j indexes them a type at a time.
  ...RelationshipType.options.map(
    (type) =>
      `CREATE INDEX relationship_id_${type.toLowerCase()} IF NOT EXISTS FOR ()-[r:${type}]-() ON (r.id)`,
  ),
  // Every load that changed the data, numbered in order, found by its version.
  'CREATE CONSTRAINT data_version_seq_unique IF NOT EXISTS FOR (v:DataVersion) REQUIRE v.seq IS UNIQUE',
  'CREATE INDEX data_version_version IF NOT EXISTS FOR (v:DataVersion) ON (v.version)',
  // One index over both languages and pinyin. The CJK analyzer splits Chinese into
  // overlapping bigrams (so 党组 and 社会组织 match inside longer names) and tokenizes and
  // lower-cases Latin text as the standard analyzer does. (node_search was its name before
  // pinyin was indexed.) Both text indexes are eventually consistent: brought up to date just
  // after a write commits rather than within it, which makes a large load a third faster;
  // every load waits for them (AWAIT_TEXT_INDEXES) before it reports.
  'DROP INDEX node_search IF EXISTS',
  `CREATE FULLTEXT INDEX node_text IF NOT EXISTS
   FOR (n:Node) ON EACH [n.name, n.nameZh, n.aliasesText, n.quotesText, n.pinyinText]
   OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'cjk', \`fulltext.eventually_consistent\`: true } }`,
  // Relationships are found by how their type reads and by their quotes.
  `CREATE FULLTEXT INDEX relationship_text IF NOT EXISTS
   FOR ()-[r:${RelationshipType.options.join('|')}]-() ON EACH [r.typeText, r.quotesText]
   OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'cjk', \`fulltext.eventually_consistent\`: true } }`,
  // Long enough for the indexes of a million imported nodes to be built.
  'CALL db.awaitIndexes(1800)',
];

/**
 * A full-text index keeps the statistics of what was removed from it (and so ranks by them)
 * until it is rebuilt: after the synthetic graph goes, the text indexes are built afresh from
 * what remains (SCHEMA creates them again), so search ranks as it did before. Text indexes
 * made before they were eventually consistent are rebuilt so too.
 */
export const DROP_TEXT_INDEXES = [
  'DROP INDEX node_text IF EXISTS',
  'DROP INDEX relationship_text IF EXISTS',
];

/**
 * The text indexes that update with every write (as they were made before): updated after the
 * write instead, they let a large load go a third faster. Loads wait for them to catch up
 * (AWAIT_TEXT_INDEXES) before they report.
 */
export const FIND_CONSISTENT_TEXT_INDEXES = `
  SHOW FULLTEXT INDEXES YIELD name, options
  WHERE name IN ['node_text', 'relationship_text']
    AND options.indexConfig['fulltext.eventually_consistent'] = false
  RETURN name`;
/** Waits until the text indexes hold every write committed before it. */
export const AWAIT_TEXT_INDEXES = 'CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()';

export const FIND_DATA_VERSION = `
  OPTIONAL MATCH (m:GraphMeta {id: $id})
  RETURN m.version AS version, COUNT { MATCH (v:DataVersion) } > 0 AS recorded,
         COUNT { MATCH (c:Node {id: $centre}) WHERE c.rank IS NOT NULL } > 0 AS ranked`;
// `indexing` until the search indexes hold what the load wrote (data-stamp.repository).
export const SET_DATA_VERSION =
  'MERGE (m:GraphMeta {id: $id}) SET m.version = $version, m.loadedAt = toString(datetime()), m.indexing = true';
export const INDEXED = 'MATCH (m:GraphMeta {id: $id}) REMOVE m.indexing';
/**
 * Records a version in the history: the next in order, with the version it replaced and
 * its changelog (JSON; null for the first version recorded, or changes too many to list).
 */
export const RECORD_DATA_VERSION = `
  MATCH (m:GraphMeta {id: $id})
  WITH m, COLLECT { MATCH (v:DataVersion) RETURN v.seq ORDER BY v.seq DESC LIMIT 1 } AS last
  CREATE (:DataVersion {
    seq: coalesce(last[0], 0) + 1, version: m.version, loadedAt: m.loadedAt,
    previous: $previous, summary: $summary, changes: $changes
  })`;
export const FIND_STORED_NODES =
  'UNWIND $ids AS id MATCH (n:Node {id: id}) RETURN n.id AS id, properties(n) AS props';
export const FIND_STORED_SOURCES =
  'UNWIND $ids AS id MATCH (s:Source {id: id}) RETURN s.id AS id, properties(s) AS props';
export const FIND_STORED_RELATIONSHIPS = `
  UNWIND $ids AS id
  ${RELATIONSHIP_WITH_ID('id', 'id')}
  RETURN r.id AS id, type(r) AS type, a.id AS source, b.id AS target, properties(r) AS props`;
// The curated records: the synthetic scale-test graph beside them is not the loader's to
// mirror or remove (see synthetic.repository).
export const FIND_NODE_HASHES =
  'MATCH (n:Node) WHERE n.id IS NOT NULL AND NOT n:Synthetic RETURN n.id AS id, n.hash AS hash';
export const FIND_SOURCE_HASHES =
  'MATCH (s:Source) WHERE s.id IS NOT NULL AND NOT s:Synthetic RETURN s.id AS id, s.hash AS hash';
export const FIND_RELATIONSHIP_HASHES = `
  MATCH (:Node)-[r]->(:Node) WHERE r.id IS NOT NULL AND r.synthetic IS NULL
  RETURN r.id AS id, r.hash AS hash`;

export const DELETE_RELATIONSHIPS = `
  UNWIND $ids AS id
  ${RELATIONSHIP_WITH_ID('id', 'id')}
  DELETE r`;
export const DELETE_NODES = 'UNWIND $ids AS id MATCH (n:Node {id: id}) DETACH DELETE n';
export const DELETE_SOURCES = 'UNWIND $ids AS id MATCH (s:Source {id: id}) DETACH DELETE s';
// Every node is a :Node; a second label names its kind (PartyOrgan, Document, …) so that
// Neo4j Browser and Bloom users can style and filter by it.
export const UPSERT_NODES = `
  UNWIND $rows AS row
  MERGE (n:Node {id: row.id})
  SET n = row.props
  WITH n, row, [label IN labels(n) WHERE label <> 'Node'] AS stale
  REMOVE n:$(stale)
  SET n:$(row.label)`;
export const UPSERT_SOURCES = 'UNWIND $rows AS row MERGE (s:Source {id: row.id}) SET s = row.props';
export const CREATE_RELATIONSHIPS = `
  UNWIND $rows AS row
  MATCH (a:Node {id: row.source}), (b:Node {id: row.target})
  CREATE (a)-[r:$(row.type)]->(b)
  SET r = row.props`;

/** Counts of one kind of record after a load. */
export interface ChangeCounts {
  created: number;
  updated: number;
  removed: number;
  unchanged: number;
}
export interface LoadReport {
  readonly nodes: ChangeCounts;
  readonly relationships: ChangeCounts;
  readonly sources: ChangeCounts;
  /** False when the database already mirrored the data and nothing was written. */
  readonly changed: boolean;
  /** Content hash of the whole loaded graph. */
  readonly version: string;
  readonly milliseconds: number;
}

interface Diff<Row> {
  readonly counts: ChangeCounts;
  readonly created: Row[];
  readonly updated: Row[];
  readonly write: Row[];
  readonly remove: string[];
}

const diff = <Row extends NodeRow | RelationshipRow>(
  rows: readonly Row[],
  stored: ReadonlyMap<string, unknown>,
): Diff<Row> => {
  const wanted = new Set(rows.map((row) => row.id));
  const write = rows.filter((row) => stored.get(row.id) !== row.props.hash);
  const created = write.filter((row) => !stored.has(row.id));
  const updated = write.filter((row) => stored.has(row.id));
  const remove = [...stored.keys()].filter((id) => !wanted.has(id));
  return {
    counts: {
      created: created.length,
      updated: updated.length,
      removed: remove.length,
      unchanged: rows.length - write.length,
    },
    created,
    updated,
    write,
    remove,
  };
};

const HashRow = z.object({ id: z.string(), hash: z.string().nullable() });
const VersionRow = z.object({
  version: z.string().nullable(),
  recorded: z.boolean(),
  ranked: z.boolean(),
});
const StoredRow = z.object({
  id: z.string(),
  props: z.record(z.string(), z.unknown()),
  type: z.string().optional(),
  source: z.string().optional(),
  target: z.string().optional(),
});

const storedHashes = async (context: QueryContext, cypher: string) =>
  new Map((await readRows(context, cypher, HashRow)).map((row) => [row.id, row.hash]));

/** The records a load changes or removes, as they are stored before it, by id. */
const storedRecords = async (
  context: QueryContext,
  cypher: string,
  diff: Diff<NodeRow | RelationshipRow>,
): Promise<Map<string, StoredRecord>> => {
  const ids = [...diff.updated.map((row) => row.id), ...diff.remove];
  if (ids.length === 0) return new Map();
  const rows = await readRows(context, cypher, StoredRow, { ids });
  return new Map(rows.map(({ id, ...record }) => [id, record]));
};

interface Diffs {
  readonly nodes: Diff<NodeRow>;
  readonly relationships: Diff<RelationshipRow>;
  readonly sources: Diff<NodeRow>;
}

/**
 * The changelog of a load as the history stores it (JSON, as Neo4j stores no maps): its
 * counts, and its changes one by one when there are few enough to list.
 */
const changelogOf = async (context: QueryContext, diffs: Diffs, nodes: readonly NodeRow[]) => {
  const of = (d: Diff<NodeRow | RelationshipRow>) => ({
    added: d.created,
    changed: d.updated,
    removed: d.remove,
  });
  const load: LoadDiff = {
    nodes: of(diffs.nodes),
    relationships: of(diffs.relationships),
    sources: of(diffs.sources),
  };
  if (!listsChanges(load)) return { summary: JSON.stringify(summarizeLoad(load)), changes: null };
  const stored = {
    nodes: await storedRecords(context, FIND_STORED_NODES, diffs.nodes),
    relationships: await storedRecords(context, FIND_STORED_RELATIONSHIPS, diffs.relationships),
    sources: await storedRecords(context, FIND_STORED_SOURCES, diffs.sources),
  };
  const changes = describeLoad(load, stored, nodes);
  return { summary: JSON.stringify(summarizeChanges(changes)), changes: JSON.stringify(changes) };
};

/**
 * Creates what SCHEMA asks for, rebuilding text indexes made before they were eventually
 * consistent. Each statement runs in its own managed transaction, as Neo4j requires, retried
 * like any write if the database is still coming online.
 */
export const applySchema = async (session: Session): Promise<void> => {
  const stale = await session.executeRead(
    async (tx) => (await tx.run(FIND_CONSISTENT_TEXT_INDEXES)).records.length > 0,
  );
  const statements = stale ? [...DROP_TEXT_INDEXES, ...SCHEMA] : SCHEMA;
  for (const statement of statements) await session.executeWrite((tx) => tx.run(statement));
};

/**
 * Makes the database mirror the graph: creates what is new, rewrites what changed, removes
 * what the data no longer holds. Every write happens in one transaction, so a failure
 * leaves the database as it was.
 */
export const loadSeedGraph = async (database: Database, graph: SeedGraph): Promise<LoadReport> => {
  const started = performance.now();
  const context = { database, timeoutMs: 60_000 };
  const session = database.session('WRITE');
  try {
    await applySchema(session);
    const rows = toSeedRows(graph);
    const nodes = diff(rows.nodes, await storedHashes(context, FIND_NODE_HASHES));
    const sources = diff(rows.sources, await storedHashes(context, FIND_SOURCE_HASHES));
    const relationships = diff(
      rows.relationships,
      await storedHashes(context, FIND_RELATIONSHIP_HASHES),
    );
    const version = dataVersion(rows);
    const [stored] = await readRows(context, FIND_DATA_VERSION, VersionRow, {
      id: GRAPH_META_ID,
      centre: PARTY_CENTRE_ID,
    });
    const changed =
      stored?.version !== version ||
      [nodes, sources, relationships].some((d) => d.write.length + d.remove.length > 0);
    // Data loaded before versions were recorded: its history begins with what is loaded.
    const beginHistory = stored?.version != null && !stored.recorded;
    const firstVersion = { previous: null, summary: null, changes: null };

    if (changed) {
      // Read before writing: what the changed and removed records were.
      const changelog = stored?.version
        ? await changelogOf(context, { nodes, relationships, sources }, rows.nodes)
        : null;
      await session.executeWrite(async (tx) => {
        if (beginHistory) await tx.run(RECORD_DATA_VERSION, { id: GRAPH_META_ID, ...firstVersion });
        // A relationship's type cannot be changed in place, so changed ones are recreated.
        await tx.run(DELETE_RELATIONSHIPS, {
          ids: [...relationships.remove, ...relationships.write.map((row) => row.id)],
        });
        await tx.run(DELETE_NODES, { ids: nodes.remove });
        await tx.run(DELETE_SOURCES, { ids: sources.remove });
        await tx.run(UPSERT_SOURCES, { rows: sources.write });
        await tx.run(UPSERT_NODES, { rows: nodes.write });
        await tx.run(CREATE_RELATIONSHIPS, { rows: relationships.write });
        await rankCuratedNodes(tx);
        await tx.run(SET_DATA_VERSION, { id: GRAPH_META_ID, version });
        await tx.run(RECORD_DATA_VERSION, {
          id: GRAPH_META_ID,
          ...(changelog ? { previous: stored?.version ?? null, ...changelog } : firstVersion),
        });
      });
      // Search finds what was written before the load reports, or answers are cached.
      await session.run(AWAIT_TEXT_INDEXES);
      await session.executeWrite((tx) => tx.run(INDEXED, { id: GRAPH_META_ID }));
    } else if (beginHistory || !stored.ranked) {
      // Data loaded before it was recorded or ranked: recorded and ranked, nothing else.
      await session.executeWrite(async (tx) => {
        if (beginHistory) await tx.run(RECORD_DATA_VERSION, { id: GRAPH_META_ID, ...firstVersion });
        if (!stored.ranked) await rankCuratedNodes(tx);
      });
    }
    return {
      nodes: nodes.counts,
      relationships: relationships.counts,
      sources: sources.counts,
      changed,
      version,
      milliseconds: Math.round(performance.now() - started),
    };
  } catch (error) {
    throw classifyDatabaseError(error);
  } finally {
    await session.close();
  }
};
