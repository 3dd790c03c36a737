import { describe, expect, it } from 'vitest';
import type { Basis, NodeSummary } from '@pag/graph-seed';
import { chainsUp, type UpwardSubgraph } from '../src/repositories/chains-up';

const node = (id: string): NodeSummary => ({ id, kind: 'party-organ', name: id, nameZh: null });
const evidence = { sources: ['paper'], locators: ['p. 1'], quotes: ['…'] };
const leads = (id: string, source: string, target: string, basis: Basis = 'provision') => ({
  id,
  type: 'LEADS' as const,
  source,
  target,
  basis,
  modality: 'must' as const,
  note: null,
  modalityNote: null,
  evidence,
});

/**
 * `levels` levels of two nodes each between `org` and `top`, every node led by both nodes of
 * the level above: 2^levels chains up, all the same length. The relationship into level 0's
 * `b` node rests on the author's reading.
 */
const ladder = (levels: number): UpwardSubgraph => {
  const ids = (level: number) => (level === levels ? ['top'] : [`l${level}a`, `l${level}b`]);
  const rels = [leads('o-a', 'l0a', 'org'), leads('o-b', 'l0b', 'org', 'author-reading')];
  for (let level = 0; level < levels; level += 1)
    for (const lower of ids(level))
      for (const upper of ids(level + 1)) rels.push(leads(`${upper}>${lower}`, upper, lower));
  const nodes = ['org', 'top', ...Array.from({ length: levels }, (_, l) => ids(l)).flat()];
  return { nodes: nodes.map(node), rels };
};

const request = { start: 'org', centre: 'top', maxDepth: 12, limit: 10, bases: null };
const relIds = (paths: ReturnType<typeof chainsUp>['paths']) =>
  paths.map((path) => path.pathRels.map((rel) => rel.id).join(' '));

describe('chainsUp', () => {
  it('finds every chain up, ties ordered by their relationship ids, one past the limit', () => {
    const { paths, removed } = chainsUp(ladder(3), { ...request, limit: 100 });
    expect(paths).toHaveLength(8);
    expect(relIds(paths)).toEqual([...relIds(paths)].sort());
    expect(paths[0]?.pathNodes.map((n) => n.id)).toEqual(['org', 'l0a', 'l1a', 'l2a', 'top']);
    expect(removed).toBeNull();
    expect(chainsUp(ladder(3), { ...request, limit: 3 }).paths).toHaveLength(4);
  });

  it('keeps chains within the bases and counts the others up to one past the limit', () => {
    const all = chainsUp(ladder(3), { ...request, limit: 100, bases: ['provision'] });
    expect(all.paths).toHaveLength(4);
    expect(all.paths.every((p) => p.pathRels[0]?.id === 'o-a')).toBe(true);
    expect(all.removed).toBe(4);
    expect(chainsUp(ladder(3), { ...request, limit: 2, bases: ['provision'] }).removed).toBe(3);
  });

  it('goes against `down` relationships and along `up` ones, never through a node twice', () => {
    const subgraph: UpwardSubgraph = {
      nodes: ['org', 'dept', 'committee', 'top'].map(node),
      rels: [
        { ...leads('d>o', 'dept', 'org'), type: 'LEADS' },
        { ...leads('d-c', 'dept', 'committee'), type: 'PART_OF' },
        leads('t>c', 'top', 'committee'),
        leads('o>t', 'org', 'top'), // points down from org: not a way up
        leads('o>d', 'org', 'dept'), // from dept back to org: a node twice
      ],
    };
    expect(relIds(chainsUp(subgraph, request).paths)).toEqual(['d>o d-c t>c']);
  });

  it('bounds chains by maxDepth and stops at the centre', () => {
    expect(chainsUp(ladder(3), { ...request, maxDepth: 3 }).paths).toEqual([]);
    expect(chainsUp(ladder(3), { ...request, start: 'top' }).paths).toEqual([]);
  });

  it('finds the first chains of a graph with more than it could list without listing them all', () => {
    // 2^40 chains: listing them all would never end.
    const { paths } = chainsUp(ladder(40), { ...request, maxDepth: 41, limit: 5 });
    expect(paths).toHaveLength(6);
    expect(relIds(paths)).toEqual([...relIds(paths)].sort());
    expect(paths.every((p) => p.pathRels.length === 41)).toBe(true);
  });
});
