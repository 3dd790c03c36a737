import { describe, expect, it } from 'vitest';
import { PARTY_CENTRE_ID, reachReport, validateGraph, type RawDataFile } from '../src';

const CENTRE = PARTY_CENTRE_ID;

const TEXT =
  'The group plays the role of the core of leadership. Party committees at all levels need to strengthen supervision. A Party group may be formed in it (党组).';
const texts = new Map([['paper.md', TEXT]]);

const source = { id: 'paper', type: 'working-paper', title: 'A paper', textFile: 'paper.md' };
const evidence = [{ source: 'paper', locator: '§1', quote: 'the core of leadership' }];
const node = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  kind: 'party-organ',
  name: id,
  evidence,
  ...extra,
});
const relationship = (
  id: string,
  from: string,
  to: string,
  extra: Record<string, unknown> = {},
) => ({
  id,
  type: 'LEADS',
  source: from,
  target: to,
  basis: 'provision',
  modality: 'descriptive',
  evidence,
  ...extra,
});
const validFile = (): RawDataFile => ({
  file: 'a.yaml',
  content: {
    sources: [source],
    nodes: [node(CENTRE), node('unit', { kind: 'governed-entity' })],
    relationships: [relationship('centre-leads-unit', CENTRE, 'unit')],
  },
});

const issuesOf = (files: RawDataFile[]) => {
  const result = validateGraph(files, texts);
  if (result.ok) throw new Error('expected the data to be refused');
  return result.issues.map((i) => `${i.file} ${i.record} ${i.field}: ${i.message}`);
};

describe('validateGraph', () => {
  it('accepts well-formed, fully sourced data', () => {
    const result = validateGraph([validFile()], texts);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.graph.nodes.map((n) => n.id)).toEqual([CENTRE, 'unit']);
  });

  it('accepts a quote that wraps differently from the source', () => {
    const file = validFile();
    const content = file.content as { nodes: { evidence: unknown }[] };
    content.nodes[0]!.evidence = [
      { source: 'paper', locator: '§1', quote: 'the core\n   of leadership' },
    ];
    expect(validateGraph([file], texts).ok).toBe(true);
  });

  it('refuses the synthetic generator as a source of curated data', () => {
    const file = validFile();
    (file.content as { sources: unknown[] }).sources = [{ ...source, type: 'synthetic' }];
    expect(issuesOf([file]).join('\n')).toMatch(
      /a\.yaml sources\[0\] "paper" type: type synthetic is the scale-test generator's own/,
    );
  });

  it('refuses a node with no source', () => {
    const file = validFile();
    (file.content as { nodes: { evidence: unknown }[] }).nodes[1]!.evidence = [];
    expect(issuesOf([file])).toEqual([
      'a.yaml nodes[1] "unit" evidence: needs at least one piece of evidence',
    ]);
  });

  it('refuses a quote that is not in the source text', () => {
    const file = validFile();
    (file.content as { relationships: { evidence: unknown }[] }).relationships[0]!.evidence = [
      { source: 'paper', locator: '§1', quote: 'the core of all leadership' },
    ];
    expect(issuesOf([file])).toEqual([
      'a.yaml relationships[0] "centre-leads-unit" evidence[0].quote: quote not found verbatim in the text of source "paper"',
    ]);
  });

  it('refuses a relationship whose endpoint does not exist', () => {
    const file = validFile();
    (file.content as { relationships: unknown[] }).relationships.push(
      relationship('centre-leads-ghost', CENTRE, 'ghost'),
    );
    expect(issuesOf([file])).toEqual([
      'a.yaml relationships[1] "centre-leads-ghost" target: unknown node "ghost"',
    ]);
  });

  it('refuses a duplicate id, naming where it was first used', () => {
    const other: RawDataFile = { file: 'b.yaml', content: { nodes: [node('unit')] } };
    expect(issuesOf([validFile(), other])).toEqual([
      'b.yaml nodes[0] "unit" id: duplicate id "unit", first used in a.yaml nodes[1]',
    ]);
  });

  it('refuses a date that is not a calendar date', () => {
    const file = validFile();
    (file.content as { nodes: unknown[] }).nodes.push(
      node('reg', { kind: 'document', documentType: 'regulation', date: '2015-02-30' }),
    );
    (file.content as { relationships: unknown[] }).relationships.push(
      relationship('reg-leads-unit', 'reg', 'unit'),
    );
    expect(issuesOf([file])).toEqual(['a.yaml nodes[2] "reg" date: is not a real calendar date']);
  });

  it('refuses an orphan node and an unknown source', () => {
    const file = validFile();
    (file.content as { nodes: unknown[] }).nodes.push(
      node('alone', { evidence: [{ source: 'nowhere', locator: '§2', quote: 'x' }] }),
    );
    expect(issuesOf([file])).toEqual([
      'a.yaml nodes[2] "alone" evidence[0].source: unknown source "nowhere"',
      'a.yaml nodes[2] "alone" id: node "alone" has no relationships (orphan)',
    ]);
  });

  it('refuses a governed entity that does not reach the Party centre and has no recorded reason', () => {
    const file = validFile();
    const content = file.content as { nodes: unknown[]; relationships: unknown[] };
    content.nodes.push(node('far', { kind: 'governed-entity' }));
    content.relationships.push(
      relationship('far-based-on-unit', 'far', 'unit', { type: 'BASED_ON' }),
    );
    expect(issuesOf([file])).toEqual([
      `a.yaml nodes[2] "far" id: governed entity "far" does not reach ${CENTRE} by lines of authority; add the missing line or list it under unconnected with the reason`,
    ]);
  });

  it('follows lines of authority whichever way their arrows point', () => {
    const file = validFile();
    const content = file.content as { nodes: unknown[]; relationships: unknown[] };
    content.nodes.push(node('group'), node('far', { kind: 'governed-entity' }));
    content.relationships.push(
      relationship('group-accepts-centre', 'group', CENTRE, { type: 'MUST_ACCEPT_LEADERSHIP_OF' }),
      relationship('group-leads-far', 'group', 'far'),
    );
    expect(validateGraph([file], texts).ok).toBe(true);
  });

  it('accepts an unconnected governed entity listed with its reason, and only then', () => {
    const file = validFile();
    const content = file.content as {
      nodes: unknown[];
      relationships: unknown[];
      unconnected?: unknown[];
    };
    content.nodes.push(node('far', { kind: 'governed-entity' }));
    content.relationships.push(
      relationship('far-based-on-unit', 'far', 'unit', { type: 'BASED_ON' }),
    );
    content.unconnected = [
      { node: 'far', reason: 'The sources state no line of authority over it.' },
    ];
    expect(validateGraph([file], texts).ok).toBe(true);

    content.unconnected = [{ node: 'unit', reason: 'Listed although the centre leads it.' }];
    expect(issuesOf([file])).toContain(
      `a.yaml unconnected[0] "unit" node: "unit" does reach ${CENTRE}: remove it from unconnected`,
    );
  });

  it('refuses a relationship whose document is not a document node', () => {
    const file = validFile();
    (file.content as { relationships: Record<string, unknown>[] }).relationships[0]!.document =
      'unit';
    expect(issuesOf([file])).toEqual([
      'a.yaml relationships[0] "centre-leads-unit" document: "unit" is not a document node',
    ]);
  });

  it('refuses a relationship without a basis or a modality, naming the field', () => {
    const file = validFile();
    const rel = (file.content as { relationships: Record<string, unknown>[] }).relationships[0]!;
    delete rel.basis;
    rel.modality = 'perhaps';
    const issues = issuesOf([file]);
    expect(issues).toHaveLength(2);
    expect(issues[0]).toMatch(/^a\.yaml relationships\[0\] "centre-leads-unit" basis: /);
    expect(issues[1]).toMatch(/^a\.yaml relationships\[0\] "centre-leads-unit" modality: /);
  });

  it('refuses a Chinese name or alias no source gives, unless the editors mark it as theirs', () => {
    const file = validFile();
    const nodes = (file.content as { nodes: Record<string, unknown>[] }).nodes;
    nodes[1]!.nameZh = '社会组织';
    nodes[1]!.aliases = ['NGOs'];
    expect(issuesOf([file])).toEqual([
      'a.yaml nodes[1] "unit" nameZh: "社会组织" is in none of this node\'s sources: quote a source that gives it, or set nameZhByEditors: true',
      'a.yaml nodes[1] "unit" aliases[0]: "NGOs" is in none of this node\'s sources: move it to aliasesByEditors if it is a standard term, or drop it',
    ]);
    nodes[1]!.nameZhByEditors = true;
    nodes[1]!.aliases = [];
    nodes[1]!.aliasesByEditors = ['NGOs'];
    expect(validateGraph([file], texts).ok).toBe(true);
    // A name the source gives needs no mark.
    nodes[0]!.nameZh = '党组';
    expect(validateGraph([file], texts).ok).toBe(true);
  });

  it("warns, without refusing, where the quotes' wording disagrees with the recorded modality", () => {
    const file = validFile();
    const rel = (file.content as { relationships: Record<string, unknown>[] }).relationships[0]!;
    rel.evidence = [{ source: 'paper', locator: '§2', quote: 'A Party group may be formed' }];
    rel.modality = 'must';
    const result = validateGraph([file], texts);
    expect(result.ok).toBe(true);
    expect(result.warnings.map((w) => `${w.record} ${w.field}: ${w.message}`)).toEqual([
      'relationships[0] "centre-leads-unit" modality: recorded as "must", but the quotes say "may": check the wording',
    ]);
    rel.modality = 'may';
    expect(validateGraph([file], texts).warnings).toEqual([]);
    rel.modality = 'must';
    rel.modalityNote = 'The obligation is stated elsewhere in the same article.';
    expect(validateGraph([file], texts).warnings).toEqual([]);
  });

  it('reports every problem of every file in one pass', () => {
    const broken: RawDataFile = {
      file: 'b.yaml',
      content: { nodes: [node('Bad Id'), { id: 'x', kind: 'nope' }] },
    };
    const issues = issuesOf([broken, { file: 'c.yaml', content: { extra: true } }]);
    expect(issues).toHaveLength(3);
    expect(issues[0]).toMatch(/^b\.yaml nodes\[0\] "Bad Id" id: must be lower-case words/);
    expect(issues[1]).toMatch(/^b\.yaml nodes\[1\] "x" kind: /);
    expect(issues[2]).toMatch(/^c\.yaml \(file\) \(file\): Unrecognized key: "extra"/);
  });
});

describe('reachReport', () => {
  const graphOf = (file: RawDataFile) => {
    const result = validateGraph([file], texts);
    if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('\n'));
    return result.graph;
  };

  it('names the weakest link of the strongest chain up to the centre, and why others do not reach it', () => {
    const file = validFile();
    const content = file.content as {
      nodes: unknown[];
      relationships: unknown[];
      unconnected?: unknown[];
    };
    content.nodes.push(
      node('group'),
      node('orgs', { kind: 'governed-entity' }),
      node('far', { kind: 'governed-entity' }),
    );
    content.relationships.push(
      // Two chains to the organizations: one through an author's reading, one through a
      // provision that says "may". The second is stronger, though longer.
      relationship('centre-leads-orgs', CENTRE, 'orgs', { basis: 'author-reading' }),
      relationship('centre-leads-group', CENTRE, 'group'),
      relationship('group-leads-orgs', 'group', 'orgs', { modality: 'may' }),
      relationship('far-based-on-unit', 'far', 'unit', { type: 'BASED_ON' }),
    );
    content.unconnected = [{ node: 'far', reason: 'No line of authority is given.' }];
    const report = reachReport(graphOf(file));
    expect(report.map((entry) => entry.node.id)).toEqual(['unit', 'orgs', 'far']);
    expect(report[0]).toMatchObject({
      reaches: true,
      hops: 1,
      weakest: { basis: 'provision', modality: 'descriptive', relationship: 'centre-leads-unit' },
    });
    expect(report[1]).toMatchObject({
      reaches: true,
      hops: 2,
      weakest: { basis: 'provision', modality: 'may', relationship: 'group-leads-orgs' },
    });
    expect(report[2]).toMatchObject({ reaches: false, reason: 'No line of authority is given.' });
  });
});
