import { describe, expect, it } from 'vitest';
import { GraphElements, GraphMeta, PARTY_CENTRE_ID } from '@pag/graph-seed';
import { getOk } from './support/api-client';
import { build } from './support/build';

describe('GET /api/meta', () => {
  it('counts what the graph holds, says which types are authority, and names the data version', async () => {
    const app = await build();
    const meta = await getOk(app, '/api/meta', GraphMeta);
    const graph = await getOk(app, '/api/graph', GraphElements);
    expect(meta.counts.nodes).toBe(graph.nodes.length);
    expect(meta.counts.relationships).toBe(graph.edges.length);
    expect(meta.counts.sources).toBeGreaterThanOrEqual(12);
    // Every source but the working paper is one of its footnotes.
    expect(meta.counts.citedThrough).toBe(meta.counts.sources - 1);
    expect(meta.partyCentre).toBe(PARTY_CENTRE_ID);
    expect(meta.dataVersion).toMatch(/^[0-9a-f]{12}$/);
    const leads = meta.relationshipTypes.find((t) => t.type === 'LEADS');
    expect(leads).toMatchObject({ authority: true, direction: 'down', label: 'leads' });
    expect(meta.relationshipTypes.find((t) => t.type === 'BASED_ON')?.authority).toBe(false);
    const documents = meta.nodeKinds.find((k) => k.kind === 'document');
    expect(documents?.count).toBe(graph.nodes.filter((n) => n.data.kind === 'document').length);
  });

  it('lists every document with its date, oldest first and undated last, for the timeline', async () => {
    const app = await build();
    const meta = await getOk(app, '/api/meta', GraphMeta);
    const graph = await getOk(app, '/api/graph', GraphElements);
    const documentIds = graph.nodes.filter((n) => n.data.kind === 'document').map((n) => n.data.id);
    expect(meta.documents.map((d) => d.id).sort()).toEqual(documentIds.sort());
    const dates = meta.documents.map((d) => d.date);
    const dated = dates.filter((d): d is string => d !== null);
    expect(dated.length).toBeGreaterThan(5);
    expect(dated).toEqual([...dated].sort());
    expect(dates.slice(dated.length).every((d) => d === null)).toBe(true);
    const constitution = meta.documents.find((d) => d.documentType === 'constitution');
    expect(constitution?.nameZh).toMatch(/章程/);
  });

  it('names the sources the graph is read from: those with a stored text, with their citations', async () => {
    const app = await build();
    const meta = await getOk(app, '/api/meta', GraphMeta);
    expect(meta.basedOn).toEqual([
      {
        id: 'cpe-working-paper-8-2',
        type: 'working-paper',
        title: 'The Chinese Communist Party in Chinese NGOs',
        titleZh: null,
        author: 'Shaoming Zhu (绍明)',
        publisher: 'Coalition for Peace & Ethics, Working Papers No. 8/2',
        date: '2015-08-24',
        url: null,
        citedIn: null,
      },
    ]);
    expect(meta.loadedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });
});
