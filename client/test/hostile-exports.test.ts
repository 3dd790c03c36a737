import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import type { ChainsResponse, GraphElements } from '@pag/graph-seed';
import { toEvidenceReport } from '../src/export/evidence-report';
import { toCsv } from '../src/export/export-data';

// What an attacker would put into a name, a quote, a locator or a URL.
const HOSTILE_NAME = '<img src=x onerror="alert(1)"> **bold** [click](javascript:alert(2)) &amp;';
const HOSTILE_QUOTE = '# Heading\n- a list item\n1. numbered <script>alert(3)</script>';
const HOSTILE_LOCATOR = '§1 ![pixel](http://tracker.example/p.png)';

const hostileChains: ChainsResponse = {
  nodes: [
    { data: { id: 'evil', kind: 'governed-entity', name: HOSTILE_NAME, nameZh: '<b>坏</b>' } },
    { data: { id: 'cc', kind: 'party-organ', name: '=HYPERLINK("http://x")', nameZh: null } },
  ],
  edges: [],
  truncated: false,
  filter: null,
  chains: [
    {
      hops: [
        {
          edgeId: 'e1',
          from: 'evil',
          to: 'cc',
          type: 'MUST_ACCEPT_LEADERSHIP_OF',
          source: 'evil',
          target: 'cc',
          forward: true,
          authority: true,
          basis: 'provision',
          modality: 'must',
          note: '<img src=x onerror=alert(7)> [n](javascript:alert(8))',
          modalityNote: null,
          sources: [
            {
              sourceId: 'paper',
              title: '<a href="javascript:alert(4)">The paper</a>',
              url: 'javascript:alert(5)',
              author: '<b>Author</b>',
              publisher: '=cmd|calc',
              date: '2015',
              quotedIn: '<img src=x onerror=alert(9)>',
              locator: HOSTILE_LOCATOR,
              quote: HOSTILE_QUOTE,
            },
            {
              sourceId: 'web',
              title: 'A web page',
              url: 'https://example.org/a?b="><script>alert(6)</script>',
              author: null,
              publisher: null,
              date: null,
              quotedIn: null,
              locator: '§2',
              quote: 'A plain quote.',
            },
          ],
        },
      ],
    },
  ],
};

describe('an evidence report of hostile data', () => {
  const report = toEvidenceReport(
    hostileChains,
    { kind: 'trace', nodeId: 'evil', direction: 'up' },
    { date: '2026-11-28' },
  );
  const html = marked.parse(report, { async: false });

  it('renders no tag, script, image or unsafe link that the data brought', () => {
    expect(html).not.toMatch(/<(img|script|b>|a href="javascript)/i);
    expect(html).not.toMatch(/<h[1-6][^>]*>Heading/);
    expect(html).not.toContain('<strong>bold</strong>');
    // Links are web addresses only: the cited one (its unsafe characters percent-encoded),
    // and any http(s) address the text itself holds, which Markdown links as it stands.
    const links = [...html.matchAll(/<a href="([^"]*)"/g)].map((m) => m[1]);
    expect(links).toContain('https://example.org/a?b=%22%3E%3Cscript%3Ealert(6)%3C/script%3E');
    for (const link of links) expect(link).toMatch(/^https?:\/\//);
  });

  it('still shows the text as it stands', () => {
    expect(html).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt; **bold**');
    expect(html).toContain('# Heading - a list item 1. numbered &lt;script&gt;');
    expect(html).toContain('&amp;amp;');
  });
});

describe('a CSV export of hostile data', () => {
  const graph: GraphElements = {
    nodes: [
      { data: { id: 'a', kind: 'governed-entity', name: '=1+2', nameZh: '＝SUM(A1)' } },
      { data: { id: 'b', kind: 'party-organ', name: '@cmd', nameZh: '-2+3' } },
      { data: { id: 'c', kind: 'party-organ', name: '+"x",y', nameZh: null } },
    ],
    edges: [
      {
        data: {
          id: 'a-leads-b',
          source: 'a',
          target: 'b',
          type: 'LEADS',
          authority: true,
          basis: 'provision',
          modality: 'must',
        },
      },
      {
        data: {
          id: 'a-leads-c',
          source: 'a',
          target: 'c',
          type: 'LEADS',
          authority: true,
          basis: 'provision',
          modality: 'must',
        },
      },
    ],
    truncated: false,
  };

  it('neutralises every cell a spreadsheet would run as a formula, and keeps the text', () => {
    expect(toCsv(graph).split('\r\n').slice(1, 3)).toEqual([
      `a-leads-b,LEADS,true,provision,must,a,'=1+2,'＝SUM(A1),b,'@cmd,'-2+3`,
      `a-leads-c,LEADS,true,provision,must,a,'=1+2,'＝SUM(A1),c,"'+""x"",y",`,
    ]);
  });
});
