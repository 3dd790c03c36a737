import { describe, expect, it } from 'vitest';
import { escapeLucene, toLuceneQuery } from '../src/services/lucene-query';
import { findSnippet } from '../src/services/snippet';

describe('toLuceneQuery', () => {
  it('requires every word and completes the last as a prefix', () => {
    expect(toLuceneQuery('Political Bur')).toBe('political AND (bur OR bur*)');
    expect(toLuceneQuery('党组')).toBe('(党组 OR 党组*)');
  });

  it('turns syntax into escaped data and drops words with nothing searchable', () => {
    expect(toLuceneQuery("' OR 1=1 --")).toBe('or AND (1=1 OR 1=1*)');
    expect(toLuceneQuery('name:* (x)')).toBe('name\\:\\* AND (\\(x\\) OR \\(x\\)*)');
    expect(escapeLucene('a+b-c&&d||e!f(g)h{i}j[k]l^m"n~o*p?q:r\\s/t')).toBe(
      'a\\+b\\-c\\&\\&d\\|\\|e\\!f\\(g\\)h\\{i\\}j\\[k\\]l\\^m\\"n\\~o\\*p\\?q\\:r\\\\s\\/t',
    );
    expect(toLuceneQuery('*** ???')).toBe('');
  });
});

describe('toLuceneQuery, fuzzy', () => {
  it('lets words of four letters or more be one edit away, and of eight or more two, when asked', () => {
    expect(toLuceneQuery('publc institutions', { fuzzy: true })).toBe(
      '(publc OR publc~1) AND (institutions OR institutions~2 OR institutions*)',
    );
    expect(toLuceneQuery('of cadre', { fuzzy: true })).toBe('of AND (cadre OR cadre~1 OR cadre*)');
  });
});

describe('findSnippet', () => {
  it('cuts the text around the first matching word', () => {
    const text = `${'x'.repeat(100)} presided over by Xi Jinping ${'y'.repeat(100)}`;
    const snippet = findSnippet(text, 'presided', 20);
    expect(snippet).toMatch(/^….*presided over by Xi.*…$/);
    expect(findSnippet(text, 'absent')).toBeUndefined();
  });
});
