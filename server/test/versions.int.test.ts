import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ApiError, DataChanges, DataVersions, GraphMeta, type SeedGraph } from '@pag/graph-seed';
import { openTestDriver, queryRows, testNeo4j } from '../../test-support/test-database';
import { validateDataDir } from '../../scripts/src/graph/load-data-dir';
import { paths } from '../../scripts/src/lib/paths';
import { Database } from '../src/repositories/database';
import { loadSeedGraph } from '../src/repositories/seed.repository';
import { getOk } from './support/api-client';
import { build } from './support/build';

const REMOVED_NODE = 'xi-jinping';
const CHANGED_RELATIONSHIP = 'regulation-party-groups-2015-provides-group-in-social-organizations';
const ADDED_NODE = 'a-body-added-by-a-later-edition';

/** A later edition of the seed: one node gone (with its relationship), one added, one claim weakened. */
const edited = (seed: SeedGraph): SeedGraph => {
  const template = seed.nodes.find((node) => node.kind === 'party-organ');
  if (!template) throw new Error('the seed has no Party organ');
  return {
    ...seed,
    nodes: [
      ...seed.nodes.filter((node) => node.id !== REMOVED_NODE),
      { ...template, id: ADDED_NODE, name: 'A body added by a later edition', nameZh: '新增机构' },
    ],
    relationships: seed.relationships
      .filter((r) => r.source !== REMOVED_NODE && r.target !== REMOVED_NODE)
      .map((r) => (r.id === CHANGED_RELATIONSHIP ? { ...r, modality: 'may' as const } : r)),
  };
};

describe('data versions', () => {
  const seed = validateDataDir(paths.dataDir);
  const load = async (graph: SeedGraph) => {
    const database = new Database({ ...testNeo4j(), database: 'neo4j' });
    try {
      return await loadSeedGraph(database, graph);
    } finally {
      await database.close();
    }
  };
  afterAll(() => load(seed));

  it('records every load that changes the data, with what it added, changed and removed', async () => {
    const app = await build();
    const original = (await load(seed)).version;
    const before = await getOk(app, '/api/versions', DataVersions);
    expect(before.current?.version).toBe(original);

    const report = await load(edited(seed));
    const after = await getOk(app, '/api/versions', DataVersions);
    expect(after.total).toBe(before.total + 1);
    expect(after.current).toMatchObject({
      version: report.version,
      previous: original,
      changes: {
        nodes: { added: 1, changed: 0, removed: 1 },
        relationships: { added: 0, changed: 1, removed: 1 },
        sources: { added: 0, changed: 0, removed: 0 },
      },
    });
    expect(after.versions[1]?.version).toBe(original);
    const meta = await getOk(app, '/api/meta', GraphMeta);
    expect(meta.dataVersion).toBe(report.version);

    // Loading the same data again records nothing.
    await load(edited(seed));
    expect((await getOk(app, '/api/versions', DataVersions)).total).toBe(after.total);
  });

  it('says what changed since a version, net, naming each claim and the fields that changed', async () => {
    const app = await build();
    const original = (await load(seed)).version;
    const later = (await load(edited(seed))).version;
    const since = await getOk(app, `/api/versions/${original}/changes`, DataChanges);
    expect(since.since.version).toBe(original);
    expect(since.current.version).toBe(later);
    expect(since.complete).toBe(true);
    const byId = new Map(since.changes.map((change) => [change.id, change]));
    expect(byId.get(REMOVED_NODE)).toMatchObject({
      record: 'node',
      change: 'removed',
      name: 'Xi Jinping',
      nameZh: '习近平',
    });
    expect(byId.get(ADDED_NODE)).toMatchObject({ record: 'node', change: 'added' });
    const weakened = byId.get(CHANGED_RELATIONSHIP);
    expect(weakened).toMatchObject({
      record: 'relationship',
      change: 'changed',
      type: 'PROVIDES_PARTY_GROUP_IN',
      fields: ['modality'],
      was: { modality: 'must' },
      ends: { target: { id: 'social-organizations' } },
    });
    expect(weakened?.name).toMatch(
      / provides for a leading Party members' group in Social organizations$/,
    );
    const presided = since.changes.find(
      (change) => change.record === 'relationship' && change.change === 'removed',
    );
    expect(presided?.ends?.source).toEqual({
      id: REMOVED_NODE,
      name: 'Xi Jinping',
      nameZh: '习近平',
    });
    expect(since.summary.nodes).toEqual({ added: 1, changed: 0, removed: 1 });

    // Back to the seed: since the later edition, the same changes the other way; since the
    // seed's own version (its latest load), nothing.
    await load(seed);
    const back = await getOk(app, `/api/versions/${later}/changes`, DataChanges);
    expect(new Map(back.changes.map((c) => [c.id, c.change]))).toEqual(
      new Map([
        [REMOVED_NODE, 'added'],
        [ADDED_NODE, 'removed'],
        [CHANGED_RELATIONSHIP, 'changed'],
        [presided?.id ?? '', 'added'],
      ]),
    );
    const none = await getOk(app, `/api/versions/${original}/changes`, DataChanges);
    expect(none.changes).toEqual([]);
    expect(none.current.version).toBe(original);
  });

  it('answers 404 for a version it has no record of and 400 for one that is not a version', async () => {
    const app = await build();
    const unknown = await app.inject({ url: '/api/versions/0123456789ab/changes' });
    expect(unknown.statusCode).toBe(404);
    expect(ApiError.parse(unknown.json()).error).toMatchObject({
      code: 'not_found',
      parameter: 'version',
    });
    const malformed = await app.inject({ url: '/api/versions/not-a-version/changes' });
    expect(malformed.statusCode).toBe(400);
    const limit = await app.inject({ url: '/api/versions?limit=0' });
    expect(limit.statusCode).toBe(400);
  });

  it('begins the history with the loaded data when it was loaded before versions were recorded', async () => {
    const app = await build();
    const driver = openTestDriver();
    await load(seed);
    await driver.executeQuery('MATCH (v:DataVersion) DETACH DELETE v');
    expect((await getOk(app, '/api/versions', DataVersions)).total).toBe(0);
    const report = await load(seed);
    expect(report.changed).toBe(false);
    const versions = await getOk(app, '/api/versions', DataVersions);
    expect(versions.total).toBe(1);
    expect(versions.current).toMatchObject({
      version: report.version,
      previous: null,
      changes: null,
    });
    const [meta] = await queryRows(
      driver,
      'MATCH (m:GraphMeta) RETURN m.loadedAt AS loadedAt',
      z.object({ loadedAt: z.string() }),
    );
    expect(versions.current?.loadedAt).toBe(meta?.loadedAt);
  });

  it('begins the history and records the change when data loaded before versions changes', async () => {
    const app = await build();
    const driver = openTestDriver();
    const original = (await load(seed)).version;
    await driver.executeQuery('MATCH (v:DataVersion) DETACH DELETE v');
    const report = await load(edited(seed));
    const versions = await getOk(app, '/api/versions', DataVersions);
    expect(versions.total).toBe(2);
    expect(versions.versions[1]).toMatchObject({
      version: original,
      previous: null,
      changes: null,
    });
    expect(versions.current).toMatchObject({
      version: report.version,
      previous: original,
      changes: { nodes: { added: 1, changed: 0, removed: 1 } },
    });
    const since = await getOk(app, `/api/versions/${original}/changes`, DataChanges);
    expect(since.changes.map((change) => change.id)).toContain(REMOVED_NODE);
  });
});
