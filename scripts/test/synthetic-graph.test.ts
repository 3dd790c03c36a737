import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { PARTY_CENTRE_ID, type GraphNode, type GraphRelationship } from '@pag/graph-seed';
import {
  SYNTHETIC_PREFIX,
  SYNTHETIC_SOURCE,
  syntheticGraph,
  syntheticTiers,
} from '../src/synth/synthetic-graph';

const generate = (orgs: number, seed: number) => {
  const nodes: GraphNode[] = [];
  const relationships: GraphRelationship[] = [];
  const hash = createHash('sha256');
  let batches = 0;
  for (const batch of syntheticGraph({ orgs, seed }, 1000)) {
    batches += 1;
    nodes.push(...batch.nodes);
    relationships.push(...batch.relationships);
    hash.update(JSON.stringify(batch));
  }
  return { nodes, relationships, hash: hash.digest('hex'), batches };
};

describe('the synthetic graph', () => {
  const graph = generate(3000, 7);

  it('is the same for the same seed and size, and another for another seed', () => {
    expect(generate(3000, 7).hash).toBe(graph.hash);
    expect(generate(3000, 8).hash).not.toBe(graph.hash);
  });

  it('marks every record synthetic: its id, and its one piece of evidence citing the generator', () => {
    for (const record of [...graph.nodes, ...graph.relationships]) {
      expect(record.id.startsWith(SYNTHETIC_PREFIX)).toBe(true);
      expect(record.evidence).toHaveLength(1);
      expect(record.evidence[0]?.source).toBe(SYNTHETIC_SOURCE.id);
    }
    expect(
      graph.nodes.every((n) => n.name.includes('Synthetic') && n.nameZh?.startsWith('合成')),
    ).toBe(true);
    expect(new Set(graph.nodes.map((n) => n.id)).size).toBe(graph.nodes.length);
    expect(new Set(graph.relationships.map((r) => r.id)).size).toBe(graph.relationships.length);
  });

  it('comes in bounded batches, each relationship between nodes written before it or the centre', () => {
    expect(graph.batches).toBeGreaterThan(10);
    const written = new Set([PARTY_CENTRE_ID]);
    for (const batch of syntheticGraph({ orgs: 3000, seed: 7 }, 1000)) {
      expect(batch.nodes.length + batch.relationships.length).toBeLessThanOrEqual(1000 + 6);
      for (const node of batch.nodes) written.add(node.id);
      for (const r of batch.relationships) {
        expect(written.has(r.source) && written.has(r.target), r.id).toBe(true);
      }
    }
  });

  it('has the shape of the domain: tiers of committees, every organization under one, a skew', () => {
    const tiers = syntheticTiers(3000);
    const committees = graph.nodes.filter((n) => n.id.endsWith('-party-committee'));
    expect(committees).toHaveLength(
      tiers.provinces + tiers.prefectures + tiers.counties + tiers.townships,
    );
    const orgs = graph.nodes.filter((n) => n.kind === 'governed-entity');
    expect(orgs).toHaveLength(3000);
    // Every committee reaches the centre by LEADS, and every organization a committee.
    const leader = new Map(
      graph.relationships.filter((r) => r.type === 'LEADS').map((r) => [r.target, r.source]),
    );
    for (const committee of committees) {
      let at = committee.id;
      for (let hops = 0; hops < 5 && at !== PARTY_CENTRE_ID; hops++) at = leader.get(at) ?? '';
      expect(at, committee.id).toBe(PARTY_CENTRE_ID);
    }
    const under = new Map<string, number>();
    for (const r of graph.relationships) {
      if (
        r.type === 'MUST_ACCEPT_LEADERSHIP_OF' &&
        r.source.startsWith(`${SYNTHETIC_PREFIX}org-`)
      ) {
        under.set(r.target, (under.get(r.target) ?? 0) + 1);
      }
    }
    // Each organization is supervised by a county's civil-affairs bureau, its registry.
    const supervised = graph.relationships.filter((r) => r.type === 'SUPERVISES');
    expect(supervised).toHaveLength(3000);
    for (const r of supervised) expect(r.source).toMatch(/^synth-county-\d+-civil-affairs$/);
    const counts = [...under.values()].sort((a, b) => b - a);
    expect(counts.reduce((sum, c) => sum + c, 0)).toBeGreaterThanOrEqual(3000);
    expect(counts[0]).toBeGreaterThan(10 * (counts[Math.floor(counts.length / 2)] ?? 1));
  });
});
