import { describe, expect, it } from 'vitest';
import type { ChainsResponse } from '@pag/graph-seed';
import { toEvidenceReport, type ReportSubject } from '../src/export/evidence-report';

const source = (quote: string, quotedIn: string | null = null) => ({
  sourceId: 'paper',
  title: 'The paper',
  url: 'http://example.org/p',
  author: 'A. Author',
  publisher: 'A publisher',
  date: '2015-08-24',
  quotedIn,
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
  filter: null,
  chains: [
    {
      hops: [
        {
          edgeId: 'e1',
          from: 'orgs',
          to: 'group',
          type: 'LEADS',
          source: 'group',
          target: 'orgs',
          forward: false,
          authority: true,
          basis: 'author-reading',
          modality: 'must',
          note: "The paper's author reads the Regulation as extending to these groups.",
          modalityNote: null,
          sources: [source('The group plays the role\n of the core of leadership.')],
        },
        {
          edgeId: 'e2',
          from: 'group',
          to: 'cc',
          type: 'MUST_ACCEPT_LEADERSHIP_OF',
          source: 'group',
          target: 'cc',
          forward: true,
          authority: true,
          basis: 'provision',
          modality: 'may',
          note: null,
          modalityNote: 'The "may" is the permission to form a group.',
          sources: [source('must accept the leadership', 'The working paper')],
        },
      ],
    },
  ],
};

const reportOf = (subject: ReportSubject) =>
  toEvidenceReport(result, subject, { date: '2026-11-28' });

describe('toEvidenceReport', () => {
  const report = reportOf({ kind: 'trace', nodeId: 'orgs', direction: 'up' });

  it('titles the report and lists the chain as a path', () => {
    expect(report).toContain('# Lines of authority up from Social organizations (社会组织)');
    expect(report).toContain('1 chain, from the Party Authority Graph, 2026-11-28.');
    expect(report).toContain(
      '1. Social organizations (社会组织) → Party groups (党组) → Central Committee;',
    );
  });

  it('draws the chains as a tree, stating a hop that chains share once', () => {
    const [chain] = result.chains;
    if (!chain) throw new Error('no chain');
    const [first, second] = chain.hops;
    if (!first || !second) throw new Error('no hops');
    // A second chain that shares the first hop and parts at the second.
    const branching: ChainsResponse = {
      ...result,
      chains: [chain, { hops: [first, { ...second, edgeId: 'e3', type: 'PART_OF' }] }],
    };
    const tree = toEvidenceReport(
      branching,
      { kind: 'trace', nodeId: 'orgs', direction: 'up' },
      {
        date: '2026-11-28',
      },
    );
    expect(tree).toContain(
      [
        '- **Social organizations (社会组织)**',
        '  - **Party groups (党组)** lead **Social organizations (社会组织)** — hop 1',
        '    - **Party groups (党组)** must accept the leadership of **Central Committee** — hop 2',
        '    - **Party groups (党组)** are part of **Central Committee** — hop 3',
      ].join('\n'),
    );
    // Every hop's evidence once, however many chains pass through it.
    expect(tree.split('### Hop 1:').length).toBe(2);
    expect(tree.split('The group plays the role of the core of leadership.').length).toBe(2);
    // What the chains pass through between their ends, and on how many chains.
    expect(tree).toContain('- **Party groups (党组)**: on 2 of 2 chains');
  });

  it('is written in Chinese for the Chinese interface, the quotes as their sources have them', () => {
    const zh = toEvidenceReport(
      result,
      { kind: 'trace', nodeId: 'orgs', direction: 'up' },
      {
        date: '2026-11-28',
        language: 'zh',
      },
    );
    expect(zh).toContain('# 自社会组织（Social organizations）向上的领导关系');
    expect(zh).toContain('1 条链，取自党的领导关系图谱，2026-11-28。');
    expect(zh).toContain(
      '**党组（Party groups）** 必须接受 **Central Committee** 的领导 — 第 2 步',
    );
    expect(zh).toContain('> The group plays the role of the core of leadership.');
    expect(zh).toContain('转引自 The working paper');
  });

  it('reads every hop along its arrow, with every quote and citation', () => {
    expect(report).toContain(
      '### Hop 1: **Party groups (党组)** lead **Social organizations (社会组织)**',
    );
    expect(report).toContain(
      '### Hop 2: **Party groups (党组)** must accept the leadership of **Central Committee**',
    );
    expect(report).toContain('> The group plays the role of the core of leadership.');
    expect(report).toContain('> must accept the leadership');
    // A full citation from the source record: author, title, publisher and date, locator, link.
    expect(report).toContain(
      '> — A. Author. The paper. A publisher, 2015-08-24, §1. <http://example.org/p>',
    );
  });

  it('cites a source known only through another as quoted in it', () => {
    expect(report).toContain(
      '> — A. Author. The paper. A publisher, 2015-08-24, §1, as quoted in The working paper. <http://example.org/p>',
    );
  });

  it("states each hop's caveats: the editors' note and why the wording is recorded as it is", () => {
    expect(report).toContain(
      "_Note: The paper's author reads the Regulation as extending to these groups._",
    );
    expect(report).toContain('_On the wording: The "may" is the permission to form a group._');
  });

  it('links to the view it was made from', () => {
    const linked = toEvidenceReport(
      result,
      { kind: 'trace', nodeId: 'orgs', direction: 'up' },
      {
        date: '2026-11-28',
        viewUrl: 'http://127.0.0.1:3000/?node=orgs&trace=up',
      },
    );
    expect(linked).toContain(
      'The view in the explorer: <http://127.0.0.1:3000/?node=orgs&trace=up>',
    );
  });

  it('says how strongly each hop is sourced, and names the weakest link of each chain', () => {
    expect(report).toContain(
      "_Rests on the document's own provision, worded as a permission (may)._",
    );
    expect(report).toContain(
      "; weakest link: hop 1 (Rests on the paper's author's reading, worded as an obligation (must))",
    );
    expect(report).not.toContain('left out');
  });

  it('says which bases a filtered trace kept to, and how many chains it left out', () => {
    const filtered = toEvidenceReport(
      { ...result, filter: { basis: ['provision', 'official-report'], removed: 2 } },
      { kind: 'trace', nodeId: 'orgs', direction: 'up' },
      { date: '2026-11-28' },
    );
    expect(filtered).toContain(
      "Only hops that rest on the document's own provision, an official report of the document; 2 more left out.",
    );
  });

  it('titles a report of paths between two nodes as paths', () => {
    const paths = reportOf({ kind: 'paths', from: 'orgs', to: 'cc', direction: 'any' });
    expect(paths).toContain(
      '# Paths between Social organizations (社会组织) and Central Committee',
    );
    expect(paths).toContain('1 path, from the Party Authority Graph, 2026-11-28.');
    expect(paths).toContain('## Paths\n\n1. Social organizations (社会组织) → Party groups (党组)');
  });

  it('on a path over any relationship, reads a hop against the path along its own arrow and says so', () => {
    const paths = reportOf({ kind: 'paths', from: 'orgs', to: 'cc', direction: 'any' });
    // The path travels from the organizations to the groups; the groups lead them.
    expect(paths).toContain(
      '### Hop 1: **Party groups (党组)** lead **Social organizations (社会组织)** _(points against the path)_',
    );
    expect(paths).toContain(
      '### Hop 2: **Party groups (党组)** must accept the leadership of **Central Committee**\n',
    );
    // Along lines of authority, or in a trace, the direction is the subject's: no mark.
    const down = reportOf({ kind: 'paths', from: 'orgs', to: 'cc', direction: 'up' });
    expect(down).toContain('# Paths up the lines of authority from Social organizations');
    expect(down).not.toContain('against the path');
    expect(report).not.toContain('against the path');
  });

  it('names the data version and what the graph is read from, with its address as a link', () => {
    const cited = toEvidenceReport(
      result,
      { kind: 'trace', nodeId: 'orgs', direction: 'up' },
      {
        date: '2026-11-28',
        dataVersion: '0123456789ab',
        basedOn: [
          {
            id: 'paper',
            type: 'working-paper',
            title: 'A working paper',
            titleZh: null,
            author: 'A. Author',
            publisher: 'A publisher',
            date: '2015',
            url: 'https://example.org/paper',
            citedIn: null,
          },
        ],
      },
    );
    expect(cited).toContain('(data 0123456789ab), 2026-11-28.');
    expect(cited).toContain(
      'The graph is read from: A. Author. A working paper. A publisher, 2015. <https://example.org/paper> Where it states no line of authority, the graph has none.',
    );
    expect(report).not.toContain('The graph is read from');
  });
});
