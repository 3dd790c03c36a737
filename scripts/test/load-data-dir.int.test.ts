import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { z } from 'zod';
import { openTestDriver, queryRows, testNeo4j } from '../../test-support/test-database';
import { loadDataDir } from '../src/graph/load-data-dir';
import { paths } from '../src/lib/paths';

const counts = async (driver: Driver) => {
  const [row] = await queryRows(
    driver,
    // The graph's own nodes, not the history of its versions, which a changing load extends.
    `MATCH (n) WHERE NOT n:DataVersion WITH count(n) AS nodes
     OPTIONAL MATCH ()-[r]->() RETURN nodes, count(r) AS relationships`,
    z.object({ nodes: z.number(), relationships: z.number() }),
  );
  if (!row) throw new Error('the count query returned no row');
  return row;
};

describe('loading the data folder into Neo4j', () => {
  const handle = testNeo4j();
  let workDir: string;

  beforeAll(() => {
    workDir = mkdtempSync(path.join(tmpdir(), 'graph-data-'));
    cpSync(paths.dataDir, workDir, { recursive: true });
  });
  afterAll(async () => {
    await loadDataDir(handle, paths.dataDir);
    rmSync(workDir, { recursive: true, force: true });
  });

  it('loading twice gives identical counts and the second load changes nothing', async () => {
    const driver = openTestDriver();
    await loadDataDir(handle, workDir);
    const first = await counts(driver);
    const report = await loadDataDir(handle, workDir);
    expect(await counts(driver)).toEqual(first);
    expect(report.changed).toBe(false);
    expect(report.nodes.created + report.nodes.updated + report.nodes.removed).toBe(0);
  });

  it('labels every node with its kind and stores evidence and the stored source text', async () => {
    const driver = openTestDriver();
    await loadDataDir(handle, workDir);
    const [labels] = await queryRows(
      driver,
      `MATCH (n:Node) WHERE size(labels(n)) <> 2 RETURN count(n) AS unlabelled`,
      z.object({ unlabelled: z.number() }),
    );
    expect(labels?.unlabelled).toBe(0);
    const [party] = await queryRows(
      driver,
      `MATCH (n:PartyOrgan {id: 'leading-party-members-groups'})
       RETURN n.nameZh AS nameZh, n.evidenceSources AS sources, n.evidenceQuotes AS quotes`,
      z.object({ nameZh: z.string(), sources: z.array(z.string()), quotes: z.array(z.string()) }),
    );
    expect(party?.nameZh).toBe('党组');
    expect(party?.sources.length).toBe(party?.quotes.length);
    const [paper] = await queryRows(
      driver,
      `MATCH (s:Source {id: 'cpe-working-paper-8-2'}) RETURN s.text AS text`,
      z.object({ text: z.string() }),
    );
    expect(paper?.text).toContain('THE CHINESE COMMUNIST PARTY IN CHINESE');
  });

  it('removes from Neo4j what was removed from the files', async () => {
    const driver = openTestDriver();
    const file = path.join(workDir, 'documents/2015-05-party-groups-regulation.yaml');
    const original = readFileSync(file, 'utf8');
    // Drop Xi Jinping and the one relationship that needs him.
    const edited = original
      .replace(/\n {2}- id: xi-jinping\n[\s\S]*?(?=\n {2}- id: )/, '\n')
      .replace(
        /\n {2}- id: xi-jinping-presided-over-meeting-2015-05-29\n[\s\S]*?(?=\n {2}- id: )/,
        '\n',
      );
    writeFileSync(file, edited);
    const before = await counts(driver);
    const report = await loadDataDir(handle, workDir);
    expect(report.nodes.removed).toBe(1);
    expect(report.relationships.removed).toBe(1);
    expect(await counts(driver)).toEqual({
      nodes: before.nodes - 1,
      relationships: before.relationships - 1,
    });
    writeFileSync(file, original);
  });

  it('refuses invalid data before writing anything, leaving the database as it was', async () => {
    const driver = openTestDriver();
    await loadDataDir(handle, workDir);
    const before = await counts(driver);
    const file = path.join(workDir, 'documents/broken.yaml');
    writeFileSync(
      file,
      [
        'nodes:',
        '  - id: new-node-without-evidence',
        '    kind: party-organ',
        '    name: A body with no source',
        '    evidence: []',
      ].join('\n'),
    );
    await expect(loadDataDir(handle, workDir)).rejects.toThrow(
      /documents\/broken\.yaml:5 {2}nodes\[0\] "new-node-without-evidence" {2}evidence: needs at least one piece of evidence/,
    );
    expect(await counts(driver)).toEqual(before);
    rmSync(file);
  });
});
