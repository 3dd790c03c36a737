import { describe, expect, it } from 'vitest';
import { Text } from '../src/schema/text';

const message = (value: string) => {
  const result = Text().safeParse(value);
  return result.success ? null : result.error.issues.map((issue) => issue.message);
};

describe('a text in the data', () => {
  it.each([
    'Social organizations',
    '社会组织（社会团体、基金会、社会服务机构）',
    'A quote\nover two lines\twith a tab',
    '<img src=x> =HYPERLINK("x") — markup and formulas are text; the explorer and exports escape them',
  ])('accepts %j', (value) => {
    expect(message(value)).toBeNull();
  });

  it.each([
    ['Social \u202Eevil\u202C', 'U+202E at position 8'],
    ['\u2067isolated\u2069', 'U+2067 at position 1'],
    ['a bell \u0007', 'U+0007 at position 8'],
    ['a C1 control \u009B', 'U+009B at position 14'],
  ])('refuses %j, naming the character and where it is', (value, where) => {
    expect(message(value)).toEqual([
      `holds the invisible control character ${where}: remove it (it changes how the text reads or what a spreadsheet does with it)`,
    ]);
  });

  it('trims, and refuses an empty text or one shorter than asked', () => {
    expect(Text().parse('  name  ')).toBe('name');
    expect(message('   ')).not.toBeNull();
    expect(
      Text({ length: 10, message: 'give the reason in a sentence' }).safeParse('short').error
        ?.issues[0]?.message,
    ).toBe('give the reason in a sentence');
  });
});
