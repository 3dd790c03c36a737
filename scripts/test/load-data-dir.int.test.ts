import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import neo4j, { type Driver } from 'neo4j-driver';
import { loadDataDir } from '../src/graph/load-data-dir';
import { paths } from '../src/lib/paths';

const counts = async (driver: Driver) => {
  const { records } = await driver.executeQuery(
    `MATCH (n) WITH count(n) AS nodes
     OPTIONAL MATCH ()-[r]->() RETURN nodes, count(r) AS relationships`,
  );
  const record = records[0];
  return {
    nodes: record?.get('nodes').toNumber(),
    relationships: record?.get('relationships').toNumber(),
  };
};

describe('loading the data folder into Neo4j', () => {
  const handle = inject('neo4j');
  const driver = neo4j.driver(handle.uri, neo4j.auth.basic(handle.user, handle.password));
  let workDir: string;

  beforeAll(() => {
    workDir = mkdtempSync(path.join(tmpdir(), 'graph-data-'));
    cpSync(paths.dataDir, workDir, { recursive: true });
  });
  afterAll(async () => {
    await loadDataDir(handle, paths.dataDir);
    await driver.close();
    rmSync(workDir, { recursive: true, force: true });
  });

  it('loading twice gives identical counts and the second load changes nothing', async () => {
    await loadDataDir(handle, workDir);
    const first = await counts(driver);
    const report = await loadDataDir(handle, workDir);
    expect(await counts(driver)).toEqual(first);
    expect(report.changed).toBe(false);
    expect(report.nodes.created + report.nodes.updated + report.nodes.removed).toBe(0);
  });

  it('labels every node with its kind and stores evidence and the stored source text', async () => {
    await loadDataDir(handle, workDir);
    const { records } = await driver.executeQuery(
      `MATCH (n:Node) WHERE size(labels(n)) <> 2 RETURN count(n) AS unlabelled`,
    );
    expect(records[0]?.get('unlabelled').toNumber()).toBe(0);
    const party = await driver.executeQuery(
      `MATCH (n:PartyOrgan {id: 'leading-party-members-groups'})
       RETURN n.nameZh AS nameZh, n.evidenceSources AS sources, n.evidenceQuotes AS quotes`,
    );
    expect(party.records[0]?.get('nameZh')).toBe('党组');
    expect(party.records[0]?.get('sources').length).toBe(party.records[0]?.get('quotes').length);
    const paper = await driver.executeQuery(
      `MATCH (s:Source {id: 'cpe-working-paper-8-2'}) RETURN s.text AS text`,
    );
    expect(paper.records[0]?.get('text')).toContain('THE CHINESE COMMUNIST PARTY IN CHINESE');
  });

  it('removes from Neo4j what was removed from the files', async () => {
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
      nodes: (before.nodes ?? 0) - 1,
      relationships: (before.relationships ?? 0) - 1,
    });
    writeFileSync(file, original);
  });

  it('refuses invalid data before writing anything, leaving the database as it was', async () => {
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
