import { describe, expect, it } from 'vitest';
import { layOutFigureFrame } from '../src/export/figure-frame';
import { nodeKindStyles } from '../src/theme/node-kind-styles';
import { palette } from '../src/theme/palette';

// A measure that gives every character the same width, as no real font does: the layout
// must follow whatever the measure says.
const fixedWidth = (perCharacter: number) => (text: string) => text.length * perCharacter;

describe('the legend and caption strip of an exported figure', () => {
  it('names every node kind in both languages with its colour, then the line of authority', () => {
    const frame = layOutFigureFrame(fixedWidth(7), 'Line of authority');
    expect(frame.marks.map((m) => m.label)).toEqual([
      'Party organ 党的机构',
      'State organ 国家机关',
      'Document 文件',
      'Governed organization 受领导组织',
      'Person 人物',
      'Meeting 会议',
      'Line of authority',
    ]);
    expect(frame.marks.slice(0, 2).map((m) => m.color)).toEqual([
      nodeKindStyles['party-organ'].color,
      nodeKindStyles['state-organ'].color,
    ]);
    expect(new Set(frame.marks.map((m) => m.color)).size).toBe(frame.marks.length);
    expect(frame.marks.at(-1)).toMatchObject({ mark: 'line', color: palette.authority });
  });

  it('places the entries left to right by their measured widths, never overlapping', () => {
    for (const perCharacter of [5, 7, 12]) {
      const measure = fixedWidth(perCharacter);
      const { marks } = layOutFigureFrame(measure, 'Line of authority');
      marks.slice(1).forEach((mark, i) => {
        const before = marks[i];
        if (!before) throw new Error('no previous mark');
        expect(mark.x).toBeGreaterThanOrEqual(before.x + 14 + measure(before.label));
      });
    }
  });

  it('puts the caption beneath the legend', () => {
    const frame = layOutFigureFrame(fixedWidth(7), 'Line of authority');
    expect(frame.captionY).toBeGreaterThan(frame.legendY);
  });
});
