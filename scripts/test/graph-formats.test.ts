import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { relationshipTypes, toGexf, toGraphml, type ExportGraph } from '@pag/graph-seed';
import { paths, repoRoot } from '../src/lib/paths';
import { validateDataDir } from '../src/graph/load-data-dir';

const here = path.dirname(fileURLToPath(import.meta.url));
const dir = mkdtempSync(path.join(tmpdir(), 'graph-formats-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Attributes = Record<string, string | number | boolean>;
interface ReadGraph {
  readonly directed: boolean;
  readonly graph: Attributes;
  readonly nodes: Record<string, Attributes>;
  readonly edges: (Attributes & { source: string; target: string })[];
}

/** What networkx (Debian's python3-networkx) reads from each file. */
const readWithNetworkx = (...files: string[]): Record<string, ReadGraph> =>
  JSON.parse(
    execFileSync('python3', [path.join(here, 'support/read-graph-formats.py'), ...files], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    }),
  ) as Record<string, ReadGraph>;

/** Runs `pnpm graph export` as a person would, writing to a file in the test's folder. */
const exportWithCli = (format: string): string => {
  const out = path.join(dir, `graph.${format}`);
  execFileSync(
    process.execPath,
    [
      '--import',
      'tsx',
      path.join(repoRoot, 'scripts/src/graph-cli.ts'),
      'export',
      '--format',
      format,
      '--out',
      out,
    ],
    { cwd: repoRoot, stdio: 'pipe' },
  );
  return out;
};

describe('pnpm graph export: GraphML and GEXF, read back with networkx', () => {
  const seed = validateDataDir(paths.dataDir);
  const graphml = exportWithCli('graphml');
  const gexf = exportWithCli('gexf');
  const read = readWithNetworkx(graphml, gexf);

  it.each([
    ['GraphML', graphml],
    ['GEXF', gexf],
  ])('%s holds every node and relationship of the seed graph, directed', (_name, file) => {
    const graph = read[file];
    expect(graph?.directed).toBe(true);
    expect(Object.keys(graph?.nodes ?? {}).sort()).toEqual(seed.nodes.map((n) => n.id).sort());
    expect(graph?.edges).toHaveLength(seed.relationships.length);
  });

  it.each([
    ['GraphML', graphml, 'type'],
    ['GEXF', gexf, 'relationship'],
  ])(
    '%s carries kinds, names in both languages, relationship types and evidence',
    (_name, file, typeKey) => {
      const graph = read[file];
      for (const node of seed.nodes) {
        const attributes = graph?.nodes[node.id];
        expect(attributes?.kind, node.id).toBe(node.kind);
        expect(attributes?.name, node.id).toBe(node.name);
        if (node.nameZh) expect(attributes?.nameZh, node.id).toBe(node.nameZh);
        expect(attributes?.evidenceCount, node.id).toBe(node.evidence.length);
        expect(JSON.parse(String(attributes?.evidenceJson)), node.id).toEqual(node.evidence);
        expect(String(attributes?.evidence)).toContain(node.evidence[0]?.quote ?? '');
      }
      for (const relationship of seed.relationships) {
        const edge = graph?.edges.find(
          (candidate) =>
            candidate.source === relationship.source &&
            candidate.target === relationship.target &&
            candidate[typeKey] === relationship.type,
        );
        expect(edge, relationship.id).toBeDefined();
        expect(edge?.basis).toBe(relationship.basis);
        expect(edge?.modality).toBe(relationship.modality);
        expect(edge?.labelZh).toBe(relationshipTypes[relationship.type].labelZh);
        expect(typeof edge?.authority).toBe('boolean');
        expect(JSON.parse(String(edge?.evidenceJson))).toEqual(relationship.evidence);
      }
    },
  );

  it('says what the file is: title, data version and the work it is read from', () => {
    const about = read[graphml]?.graph;
    expect(about?.title).toBe('Party Authority Graph');
    expect(about?.dataVersion).toMatch(/^[0-9a-f]{12}$/);
    expect(about?.credit).toContain('The Chinese Communist Party in Chinese NGOs');
  });
});

describe('hostile text in the formats', () => {
  const hostile = `<b>&"quoted" 'single'</b>\u0001 ]]> 党组`;
  const graph: ExportGraph = {
    sources: [{ id: 'src', type: 'working-paper', title: hostile }],
    nodes: [
      {
        id: 'a',
        kind: 'party-organ',
        name: hostile,
        nameZh: '党组',
        evidence: [{ source: 'src', locator: '§1 <fn>', quote: hostile }],
      },
      {
        id: 'b',
        kind: 'governed-entity',
        name: 'B',
        evidence: [{ source: 'src', locator: '§2', quote: 'b' }],
      },
    ],
    relationships: [
      {
        id: 'a-leads-b',
        type: 'LEADS',
        source: 'a',
        target: 'b',
        basis: 'provision',
        modality: 'must',
        note: hostile,
        evidence: [{ source: 'src', locator: '§3', quote: hostile }],
      },
    ],
  };
  const about = {
    title: hostile,
    dataVersion: null,
    exportedAt: '2026-11-29T00:00:00Z',
    credit: hostile,
  };

  it('is escaped so that the files stay well-formed and read back as written (less what XML cannot hold)', () => {
    const graphml = path.join(dir, 'hostile.graphml');
    const gexf = path.join(dir, 'hostile.gexf');
    writeFileSync(graphml, toGraphml(graph, about));
    writeFileSync(gexf, toGexf(graph, about));
    const read = readWithNetworkx(graphml, gexf);
    const expected = hostile.replace('\u0001', '');
    for (const file of [graphml, gexf]) {
      expect(read[file]?.nodes.a?.name).toBe(expected);
      expect(read[file]?.edges[0]?.note).toBe(expected);
    }
    expect(readFileSync(graphml, 'utf8')).not.toContain('\u0001');
  });
});
