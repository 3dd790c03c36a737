import { describe, expect, it } from 'vitest';
import { NodeKind } from '@pag/graph-seed';
import { labelX, layOutFigureFrame, wrapText, type FigureLabels } from '../src/export/figure-frame';
import { dashPatterns } from '../src/theme/claim-styles';
import { nodeKindStyles } from '../src/theme/node-kind-styles';
import { palette } from '../src/theme/palette';

// A measure that gives every character the same width, as no real font does: the layout
// must follow whatever the measure says.
const fixedWidth = (perCharacter: number) => (text: string) => text.length * perCharacter;

const caption = [
  'Party Authority Graph · data 0123456789ab · 2026-11-29',
  'Source: A. Author, A paper',
];

const labels: FigureLabels = {
  authority: 'Line of authority',
  provenance: 'Provenance',
  other: 'Other relationship',
  lines: { solid: 'Provided', dashed: 'From a name', dotted: 'A reading' },
  may: 'Hollow arrow: may',
  merged: 'Drawn as one line',
};

describe('the legend and caption strip of an exported figure', () => {
  it('names every node kind in both languages with its colour and shape on the first row', () => {
    const frame = layOutFigureFrame(fixedWidth(7), labels, caption);
    const kinds = frame.marks.filter((m) => m.mark === 'swatch');
    expect(kinds.map((m) => m.label)).toEqual([
      'Party organ 党的机构',
      'State organ 国家机关',
      'Document 文件',
      'Governed organization 受领导组织',
      'Person 人物',
      'Meeting 会议',
      'Process 工作过程',
    ]);
    expect(kinds.slice(0, 2).map((m) => m.color)).toEqual([
      nodeKindStyles['party-organ'].color,
      nodeKindStyles['state-organ'].color,
    ]);
    expect(new Set(kinds.map((m) => m.color)).size).toBe(kinds.length);
    expect(kinds.map((m) => m.shape)).toEqual(
      NodeKind.options.map((kind) => nodeKindStyles[kind].shape),
    );
    expect(new Set(kinds.map((m) => m.y)).size).toBe(1);
  });

  it('explains the lines on the second row: authority, then how strongly a claim is sourced', () => {
    const frame = layOutFigureFrame(fixedWidth(7), labels, caption);
    const lines = frame.marks.filter((m) => m.mark !== 'swatch');
    expect(lines.map((m) => m.label)).toEqual([
      'Line of authority',
      'Provenance',
      'Other relationship',
      'Provided',
      'From a name',
      'A reading',
      'Hollow arrow: may',
      'Drawn as one line',
    ]);
    expect(lines[0]).toMatchObject({ mark: 'line', color: palette.authority, width: 3 });
    expect(lines[1]).toMatchObject({ mark: 'line', color: palette.provenance, width: 2 });
    expect(lines.slice(3, 6).map((m) => m.dash)).toEqual([
      dashPatterns.solid,
      dashPatterns.dashed,
      dashPatterns.dotted,
    ]);
    expect(lines.at(-2)?.mark).toBe('hollow-arrow');
    expect(lines.at(-1)?.mark).toBe('badge');
    expect(new Set(lines.map((m) => m.y)).size).toBe(1);
    expect(lines[0]?.y).toBeGreaterThan(frame.marks[0]?.y ?? Infinity);
  });

  it('places the entries of a row left to right by their measured widths, never overlapping', () => {
    for (const perCharacter of [5, 7, 12]) {
      const measure = fixedWidth(perCharacter);
      const { marks, width } = layOutFigureFrame(measure, labels, caption);
      marks.slice(1).forEach((mark, i) => {
        const before = marks[i];
        if (!before) throw new Error('no previous mark');
        if (before.y !== mark.y) return;
        expect(mark.x).toBeGreaterThanOrEqual(labelX(before) + measure(before.label));
      });
      for (const mark of marks) {
        expect(width).toBeGreaterThanOrEqual(labelX(mark) + measure(mark.label));
      }
    }
  });

  it('puts the caption beneath the legend, a line each, inside the strip', () => {
    const frame = layOutFigureFrame(fixedWidth(7), labels, caption);
    expect(frame.caption.map((line) => line.text)).toEqual(caption);
    const [first, second] = frame.caption;
    expect(first?.y).toBeGreaterThan(Math.max(...frame.marks.map((m) => m.y)));
    expect(second?.y).toBeGreaterThan(first?.y ?? Infinity);
    expect(second?.y).toBeLessThan(frame.height);
  });

  it('is as wide as its longest caption line, so a long credit is never cut off', () => {
    const credit = `Source: ${'a very long citation '.repeat(20)}`;
    const frame = layOutFigureFrame(fixedWidth(7), labels, ['title', credit]);
    expect(frame.width).toBeGreaterThanOrEqual(fixedWidth(7)(credit) + 16);
  });

  it('wraps entries and caption to stay within the width it is given', () => {
    const measure = fixedWidth(7);
    const credit = `Source: ${'a long citation '.repeat(12)}`;
    const frame = layOutFigureFrame(measure, labels, ['title', credit], undefined, 400);
    for (const mark of frame.marks)
      expect(labelX(mark) + measure(mark.label), mark.label).toBeLessThanOrEqual(400 - 16);
    expect(new Set(frame.marks.map((m) => m.y)).size).toBeGreaterThan(2);
    expect(frame.caption.length).toBeGreaterThan(2);
    for (const line of frame.caption) expect(measure(line.text)).toBeLessThanOrEqual(400 - 32);
    expect(frame.caption.map((line) => line.text).join(' ')).toBe(`title ${credit.trim()}`);
    const last = frame.caption.at(-1);
    expect(last?.y).toBeLessThan(frame.height);
    expect(last?.y).toBeGreaterThan(Math.max(...frame.marks.map((m) => m.y)));
  });
});

describe('wrapText', () => {
  it('breaks at spaces, and between Chinese characters, never mid-word', () => {
    const measure = fixedWidth(10);
    expect(wrapText(measure, 'one two three four', 100)).toEqual(['one two', 'three four']);
    expect(wrapText(measure, '中国共产党中央委员会', 50)).toEqual(['中国共产党', '中央委员会']);
    expect(wrapText(measure, 'unbreakable', 30)).toEqual(['unbreakable']);
    expect(wrapText(measure, 'http://a.org/?node=x&trace=up', 150)).toEqual([
      'http://a.org/?',
      'node=x&trace=up',
    ]);
  });
});
