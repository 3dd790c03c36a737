import { describe, expect, it } from 'vitest';
import type { ChainsResponse } from '@pag/graph-seed';
import { toEvidenceReport } from '../src/export/evidence-report';

const source = (quote: string) => ({
  sourceId: 'paper',
  title: 'The paper',
  url: 'http://example.org/p',
  locator: '§1',
  quote,
});

const result: ChainsResponse = {
  nodes: [
    {
      data: {
        id: 'orgs',
        kind: 'governed-entity',
        name: 'Social organizations',
        nameZh: '社会组织',
      },
    },
    { data: { id: 'group', kind: 'party-organ', name: 'Party groups', nameZh: '党组' } },
    { data: { id: 'cc', kind: 'party-organ', name: 'Central Committee', nameZh: null } },
  ],
  edges: [],
  truncated: false,
  chains: [
    {
      hops: [
        {
          edgeId: 'e1',
          from: 'orgs',
          to: 'group',
          type: 'LEADS',
          forward: false,
          authority: true,
          sources: [source('The group plays the role\n of the core of leadership.')],
        },
        {
          edgeId: 'e2',
          from: 'group',
          to: 'cc',
          type: 'MUST_ACCEPT_LEADERSHIP_OF',
          forward: true,
          authority: true,
          sources: [source('must accept the leadership')],
        },
      ],
    },
  ],
};

describe('toEvidenceReport', () => {
  const report = toEvidenceReport(
    result,
    { nodeId: 'orgs', direction: 'up' },
    { date: '2026-11-28' },
  );

  it('titles the report and lists the chain as a path', () => {
    expect(report).toContain('# Lines of authority up from Social organizations (社会组织)');
    expect(report).toContain(
      '## Chain 1: Social organizations (社会组织) → Party groups (党组) → Central Committee',
    );
  });

  it('reads every hop along its arrow, with every quote and citation', () => {
    expect(report).toContain(
      '1. **Party groups (党组)** leads **Social organizations (社会组织)**',
    );
    expect(report).toContain(
      '2. **Party groups (党组)** must accept the leadership of **Central Committee**',
    );
    expect(report).toContain('   > The group plays the role of the core of leadership.');
    expect(report).toContain('   > must accept the leadership');
    expect(report).toContain('   > — The paper, §1 — <http://example.org/p>');
  });

  it('titles a report of paths between two nodes as paths', () => {
    const paths = toEvidenceReport(result, { from: 'orgs', to: 'cc' }, { date: '2026-11-28' });
    expect(paths).toContain(
      '# Paths between Social organizations (社会组织) and Central Committee',
    );
    expect(paths).toContain('1 path, from the Party Authority Graph, 2026-11-28.');
    expect(paths).toContain('## Path 1: Social organizations (社会组织) → Party groups (党组)');
  });
});
