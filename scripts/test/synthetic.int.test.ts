import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ChainsResponse, GraphMeta, PARTY_CENTRE_ID } from '@pag/graph-seed';
import { openTestDriver, queryRows, testNeo4j } from '../../test-support/test-database';
import { build } from '../../server/test/support/build';
import { getOk } from '../../server/test/support/api-client';
import { loadDataDir } from '../src/graph/load-data-dir';
import { paths } from '../src/lib/paths';
import { loadSynthetic, removeSynthetic } from '../src/synth/load-synthetic';
import { Database } from '@pag/server/repositories/database';
import { syntheticRows, writeSyntheticRows } from '@pag/server/repositories/synthetic.repository';
import { syntheticGraph } from '../src/synth/synthetic-graph';

const RANKING = `
  CALL db.index.fulltext.queryNodes('node_text', $query) YIELD node, score
  RETURN node.id AS id ORDER BY score DESC, id LIMIT 10`;
const COUNTS = `
  RETURN COUNT { MATCH (n:Node) WHERE NOT n:Synthetic } AS curated,
         COUNT { MATCH (n:Synthetic) } AS synthetic`;

describe('the synthetic graph in Neo4j', () => {
  afterAll(() => removeSynthetic(testNeo4j()));

  it('loads beside the curated graph, hangs from its centre, survives a curated reload and goes with one command, leaving search as it ranked', async () => {
    const driver = openTestDriver();
    const counts = async () =>
      (
        await queryRows(driver, COUNTS, z.object({ curated: z.number(), synthetic: z.number() }))
      )[0];
    const before = await counts();
    // What search finds and in what order, which index statistics decide.
    const ranking = async () =>
      (
        await queryRows(driver, RANKING, z.object({ id: z.string() }), {
          query: '社会组织 OR public OR institutions',
        })
      ).map((row) => row.id);
    const ranked = await ranking();
    const loaded = await loadSynthetic(testNeo4j(), { orgs: 2000, seed: 3 });
    const app = await build();

    const meta = await getOk(app, '/api/meta', GraphMeta);
    expect(meta.syntheticNodes).toBe(loaded.nodes);
    // Counted from the count store, as a scan would count them.
    const [scanned] = await queryRows(
      driver,
      'RETURN COUNT { MATCH (:Node) } AS nodes, COUNT { MATCH (:Node)-[]->(:Node) } AS relationships',
      z.object({ nodes: z.number(), relationships: z.number() }),
    );
    expect(meta.counts).toMatchObject(scanned ?? {});
    expect((await counts())?.curated).toBe(before?.curated);
    // Written two batches at a time, every relationship generated is in place.
    const [joined] = await queryRows(
      driver,
      'RETURN COUNT { MATCH ()-[r]->() WHERE r.synthetic } AS relationships',
      z.object({ relationships: z.number() }),
    );
    expect(joined?.relationships).toBe(loaded.relationships);

    // Tracing up from a synthetic organization ends at the real Central Committee.
    const trace = await getOk(app, '/api/authority/synth-org-1?direction=up', ChainsResponse);
    expect(trace.chains.length).toBeGreaterThan(0);
    for (const chain of trace.chains) expect(chain.hops.at(-1)?.to).toBe(PARTY_CENTRE_ID);

    // The curated loader leaves the synthetic graph alone, and finds nothing to change.
    const report = await loadDataDir(testNeo4j(), paths.dataDir);
    expect(report.changed).toBe(false);
    expect(report.nodes.removed).toBe(0);
    expect((await counts())?.synthetic).toBe(loaded.nodes + 1);

    await removeSynthetic(testNeo4j());
    expect(await counts()).toEqual({ curated: before?.curated, synthetic: 0 });
    expect(await ranking()).toEqual(ranked);
    expect((await getOk(app, '/api/meta', GraphMeta)).syntheticNodes).toBe(0);
  });

  it('refuses a batch with a relationship to a node not in the graph, naming it, and writes none of the batch', async () => {
    const [first] = syntheticGraph({ orgs: 10, seed: 5 });
    const rows = first && syntheticRows(first);
    const [node] = rows?.nodes ?? [];
    const [relationship] = rows?.relationships ?? [];
    if (!node || !relationship) throw new Error('nothing generated');
    const id = 'synth-refused-node';
    const broken = {
      nodes: [{ ...node, id, props: { ...node.props, id } }],
      relationships: [{ ...relationship, source: id, target: 'synth-absent' }],
    };
    const database = new Database({ ...testNeo4j(), database: 'neo4j' });
    try {
      await expect(writeSyntheticRows(database, broken)).rejects.toThrow(
        '1 of 1 synthetic relationships could not be written: no node synth-absent in the graph to join',
      );
    } finally {
      await database.close();
    }
    const [row] = await queryRows(
      openTestDriver(),
      'RETURN COUNT { MATCH (n:Node {id: $id}) } AS nodes',
      z.object({ nodes: z.number() }),
      { id },
    );
    expect(row?.nodes).toBe(0);
  });
});
