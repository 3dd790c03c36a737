import { describe, expect, it } from 'vitest';
import { en } from '../src/i18n/en';
import { zh } from '../src/i18n/zh';

type Tree = { readonly [key: string]: string | Tree };

const flatten = (tree: Tree, prefix = ''): Map<string, string> =>
  new Map(
    Object.entries(tree).flatMap(([key, value]) =>
      typeof value === 'string'
        ? [[`${prefix}${key}`, value] as const]
        : [...flatten(value, `${prefix}${key}.`)],
    ),
  );

const placeholders = (text: string) =>
  [...text.matchAll(/\{\{(\w+)\}\}|<(\d+)>/g)].map((m) => m[0]).sort();

describe('interface text', () => {
  const english = flatten(en);
  const chinese = flatten(zh);

  it('has every English key in Chinese, and no other', () => {
    expect([...chinese.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it('keeps the same placeholders and markup in both languages', () => {
    for (const [key, text] of english) {
      expect(placeholders(chinese.get(key) ?? ''), key).toEqual(placeholders(text));
    }
  });

  it('translates every text that is not a format name', () => {
    const same = [...english].filter(([key, text]) => chinese.get(key) === text).map(([k]) => k);
    expect(same.sort()).toEqual([
      'commands.export-png-1',
      'commands.export-png-2',
      'commands.export-png-4',
      'commands.export-svg',
    ]);
  });
});
