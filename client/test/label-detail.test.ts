import { describe, expect, it } from 'vitest';
import cytoscape from 'cytoscape';
import { applyLabelDetail, labelDetail, MIN_LABEL_PX } from '../src/graph/label-detail';
import { labelSize } from '../src/graph/label-size';
import { prominenceSizes } from '../src/graph/node-prominence';

describe('labelDetail', () => {
  it('draws every name as styled once the zoom makes the smallest legible', () => {
    const zoom = MIN_LABEL_PX / prominenceSizes[1].font;
    for (const level of [1, 2, 3] as const)
      expect(labelDetail(level, zoom)).toEqual({ named: true, scale: 1 });
  });

  it('leaves the least prominent names out when zoomed out, and grows the rest to stay legible', () => {
    const zoom = 0.3;
    expect(labelDetail(1, zoom)).toEqual({ named: false });
    for (const level of [2, 3] as const) {
      const detail = labelDetail(level, zoom);
      if (!detail.named) throw new Error(`prominence ${level} should be named`);
      expect(prominenceSizes[level].font * detail.scale * zoom).toBeGreaterThanOrEqual(
        MIN_LABEL_PX,
      );
    }
  });

  it('names nothing when even the largest would have to grow more than fourfold', () => {
    expect(labelDetail(3, MIN_LABEL_PX / prominenceSizes[3].font / 5)).toEqual({ named: false });
  });
});

describe('labelDetail in focus', () => {
  it('names a selected or traced node at any zoom a prominent one would be named at', () => {
    const detail = labelDetail(1, 0.3, true);
    if (!detail.named) throw new Error('a node in focus should be named');
    expect(prominenceSizes[1].font * detail.scale * 0.3).toBeGreaterThanOrEqual(MIN_LABEL_PX);
  });
});

describe('applyLabelDetail', () => {
  it('keeps a traced node’s name legible as the zoom changes, even where no other name changes', () => {
    const cy = cytoscape({
      headless: true,
      elements: [
        { data: { id: 'org', prominence: 1, ...labelSize(1, 1) }, classes: 'highlighted' },
        { data: { id: 'organ', prominence: 2, ...labelSize(2, 1) } },
      ],
    });
    // Between these zooms only the traced node’s own size steps (from 1.1 to 1.2 times).
    for (const zoom of [0.77, 0.768]) {
      cy.zoom(zoom);
      applyLabelDetail(cy);
      const org = cy.getElementById('org');
      expect(org.hasClass('unnamed'), String(zoom)).toBe(false);
      expect(Number(org.data('fontSize')) * zoom, String(zoom)).toBeGreaterThanOrEqual(
        MIN_LABEL_PX,
      );
    }
  });
});
