import { describe, expect, it } from 'vitest';
import type { GraphElements } from '@pag/graph-seed';
import { fitScale, MAX_CANVAS_SIDE } from '../src/export/canvas-limits';
import { toCsv, toJson } from '../src/export/export-data';

const graph: GraphElements = {
  nodes: [
    {
      data: {
        id: 'group',
        kind: 'party-organ',
        name: "Leading Party members' groups",
        nameZh: '党组',
      },
    },
    {
      data: {
        id: 'orgs',
        kind: 'governed-entity',
        name: 'Social organizations, "NGOs"',
        nameZh: null,
      },
    },
  ],
  edges: [
    {
      data: {
        id: 'group-leads-orgs',
        source: 'group',
        target: 'orgs',
        type: 'LEADS',
        authority: true,
        basis: 'provision',
        modality: 'may',
      },
    },
  ],
  truncated: false,
};

describe('data exports', () => {
  it('writes CSV with both ends named, quoting what needs it', () => {
    expect(toCsv(graph).split('\r\n')).toEqual([
      'id,type,authority,basis,modality,source_id,source_name,source_name_zh,target_id,target_name,target_name_zh',
      `group-leads-orgs,LEADS,true,provision,may,group,Leading Party members' groups,党组,orgs,"Social organizations, ""NGOs""",`,
      '',
    ]);
  });

  it('writes JSON with the data version and every element', () => {
    const parsed: unknown = JSON.parse(
      toJson(graph, { exportedAt: '2026-11-28', dataVersion: 'abc123' }),
    );
    expect(parsed).toMatchObject({
      exportedAt: '2026-11-28',
      dataVersion: 'abc123',
      meanings: {
        basis: { provision: "the document's own provision" },
        modality: { may: 'a permission (may)' },
      },
      nodes: [{ id: 'group', nameZh: '党组' }, { id: 'orgs' }],
      edges: [{ id: 'group-leads-orgs', authority: true, basis: 'provision', modality: 'may' }],
    });
  });
});

describe('fitScale', () => {
  it('keeps the asked scale when the image fits', () => {
    expect(fitScale(2000, 1000, 4)).toBe(4);
  });

  it('lowers the scale so no side passes the browser limit', () => {
    const scale = fitScale(8000, 1000, 4);
    expect(scale).toBeLessThan(4);
    expect(8000 * scale).toBeLessThanOrEqual(MAX_CANVAS_SIDE);
  });
});
