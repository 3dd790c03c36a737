import { rmSync } from 'node:fs';
import path from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, describe, expect, it, onTestFinished } from 'vitest';
import { testNeo4j } from '../../test-support/test-database';
import { validateDataDir } from '../src/graph/load-data-dir';
import { paths } from '../src/lib/paths';
import { startLocalNeo4j } from '../src/neo4j/local-neo4j';
import { importSynthetic } from '../src/synth/import-synthetic';
import { loadSynthetic, removeSynthetic } from '../src/synth/load-synthetic';
import { freePort } from '../src/neo4j/port';

const INSTANCE = 'bulk-test';
const PASSWORD = 'party-graph-bulk';
const OPTIONS = { orgs: 2000, seed: 9 };

const openDriver = (uri: string, password: string): Driver => {
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', password), {
    disableLosslessIntegers: true,
    logging: { level: 'error', logger: () => undefined },
  });
  onTestFinished(() => driver.close());
  return driver;
};

/** Every record as stored, in order: what a reader of the database could see. */
const snapshot = async (driver: Driver) => {
  const read = async (cypher: string) =>
    (await driver.executeQuery(cypher)).records.map((record) => record.toObject());
  return {
    nodes: await read(
      'MATCH (n:Node) RETURN n.id AS id, labels(n) AS labels, properties(n) AS props ORDER BY id',
    ),
    sources: await read(
      'MATCH (s:Source) RETURN s.id AS id, labels(s) AS labels, properties(s) AS props ORDER BY id',
    ),
    relationships: await read(
      'MATCH (a:Node)-[r]->(b:Node) RETURN r.id AS id, type(r) AS type, a.id AS source, b.id AS target, properties(r) AS props ORDER BY id',
    ),
    version: await read('MATCH (m:GraphMeta) RETURN m.version AS version'),
    indexes: await read(
      "SHOW INDEXES YIELD name, type, state WHERE type <> 'LOOKUP' RETURN name, state ORDER BY name",
    ),
  };
};

/** Labels in a stable order (the importer and the loaders may give them in another). */
const sortedLabels = <T extends { labels?: unknown }>(rows: T[]) =>
  rows.map((row) => ({ ...row, labels: [...(row.labels as string[])].sort() }));

describe("Neo4j's bulk importer (pnpm graph synth --import)", () => {
  afterAll(async () => {
    await removeSynthetic(testNeo4j());
    rmSync(path.join(paths.neo4jHome, INSTANCE), { recursive: true, force: true });
  });

  it('stores exactly what the loaders store: every record, property, label, rank and index', async () => {
    const curated = validateDataDir(paths.dataDir);
    await loadSynthetic(testNeo4j(), OPTIONS);
    const loaded = await snapshot(openDriver(testNeo4j().uri, testNeo4j().password));

    rmSync(path.join(paths.neo4jHome, INSTANCE), { recursive: true, force: true });
    const boltPort = await freePort();
    const start = () =>
      startLocalNeo4j({ instance: INSTANCE, boltPort, user: 'neo4j', password: PASSWORD });
    const report = await importSynthetic(OPTIONS, curated, {
      instance: INSTANCE,
      boltPort,
      start,
      replace: false,
    });
    expect(report.records).toBe(loaded.nodes.length + loaded.relationships.length);

    const server = await start();
    onTestFinished(() => server.stop());
    const imported = await snapshot(openDriver(server.uri, PASSWORD));
    expect(imported.version).toEqual(loaded.version);
    expect(sortedLabels(imported.nodes)).toEqual(sortedLabels(loaded.nodes));
    expect(sortedLabels(imported.sources)).toEqual(sortedLabels(loaded.sources));
    expect(imported.relationships).toEqual(loaded.relationships);
    expect(imported.indexes).toEqual(loaded.indexes);
  }, 240_000);

  it('refuses while the local Neo4j runs, and to replace a database unless told to', async () => {
    const boltPort = await freePort();
    const server = await startLocalNeo4j({
      instance: INSTANCE,
      boltPort,
      user: 'neo4j',
      password: PASSWORD,
    });
    onTestFinished(() => server.stop());
    const driver = openDriver(server.uri, PASSWORD);
    const before = await snapshot(driver);
    await expect(
      importSynthetic(OPTIONS, validateDataDir(paths.dataDir), {
        instance: INSTANCE,
        boltPort,
        start: () => Promise.reject(new Error('not to be started')),
        replace: true,
      }),
    ).rejects.toThrow(/runs .*stop it first/);
    expect(await snapshot(driver)).toEqual(before);
    await server.stop();
    // Stopped, the database it holds is replaced only when the command says so.
    await expect(
      importSynthetic(OPTIONS, validateDataDir(paths.dataDir), {
        instance: INSTANCE,
        boltPort,
        start: () => Promise.reject(new Error('not to be started')),
        replace: false,
      }),
    ).rejects.toThrow(/holds a database.*--replace/);
  }, 120_000);
});
