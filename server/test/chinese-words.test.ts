import { describe, expect, it } from 'vitest';
import { hasHan, occursAsWords, standsAsWords } from '../src/services/chinese-words';
import { pinyinText } from '../src/services/pinyin-text';

describe('Chinese matched on word boundaries', () => {
  it.each([
    ['人民政协', '民政', false],
    ['关于加强人民政协协商民主建设的实施意见', '民政', false],
    ['关于加强人民政协协商民主建设的实施意见', '人民政协', true],
    ['中国共产党党组工作条例（试行）', '党组', true],
    ['社会组织', '社会组织', true],
    ['社会组织', '会组', false],
    ['社会组织', '组织', true],
    ['行业协会商会', '商会', true],
  ])('in %s, %s stands as words: %s', (text, query, expected) => {
    expect(occursAsWords(text, query)).toBe(expected);
  });

  it('finds a word at any of its occurrences, and a single character or Latin text anywhere', () => {
    expect(occursAsWords('人民政协与民政部门', '民政')).toBe(true);
    expect(occursAsWords('人民政协', '民')).toBe(true);
    expect(occursAsWords('Party groups', 'groups')).toBe(true);
    expect(hasHan('dangzu')).toBe(false);
    expect(hasHan('党组 regulation')).toBe(true);
  });
});

describe('a Chinese query standing as words in a record', () => {
  it('asks each word of the query to stand as words somewhere in the record', () => {
    const centre = ['中国共产党中央委员会', '中共中央\n党中央'];
    expect(standsAsWords('中共中央委员会', centre)).toBe(true);
    expect(standsAsWords('民政', ['人民政协'])).toBe(false);
    expect(standsAsWords('民政部门', ['人民政协'])).toBe(false);
    expect(standsAsWords('Party 党组', ['中国共产党党组工作条例'])).toBe(true);
    expect(standsAsWords('Party groups', [null])).toBe(true);
  });
});

describe('pinyin for the index', () => {
  it('gives syllables, words joined, the whole joined and the initials, without tones', () => {
    const terms = pinyinText(['社会组织']).split('\n');
    expect(terms).toEqual(
      expect.arrayContaining(['she hui zu zhi', 'shehui zuzhi', 'shehuizuzhi', 'shzz']),
    );
    expect(pinyinText(['党组', null, undefined])).toContain('dangzu');
  });

  it('reads a character with several readings as the word around it has it', () => {
    expect(pinyinText(['行业协会商会'])).toContain('hangye');
  });

  it('gives the same terms once the runs it remembers were forgotten to make room', () => {
    const before = pinyinText(['社会组织']);
    // More distinct runs than are remembered at once: the memo is emptied on the way.
    const characters = Array.from(
      '党组织社会团体基金会民办非企业单位事业国有集体私营外资合作联合协会商会学会研究促进中心委员部门',
    );
    let asked = 0;
    for (const first of characters)
      for (const second of characters)
        for (const third of characters.slice(0, 8)) {
          pinyinText([`${first}${second}${third}`]);
          asked += 1;
        }
    expect(asked).toBeGreaterThan(10_000);
    expect(pinyinText(['社会组织'])).toBe(before);
  });

  it('gives each run of a name the same terms however often it is asked (a run is remembered)', () => {
    const once = pinyinText(['合成社会组织12党支部']);
    expect(once.split('\n')).toEqual(
      expect.arrayContaining(['he cheng she hui zu zhi', 'dang zhi bu', 'dzb']),
    );
    expect(pinyinText(['合成社会组织13'])).toBe(pinyinText(['合成社会组织14']));
    expect(pinyinText(['合成社会组织12党支部'])).toBe(once);
  });

  it('leaves Latin text and punctuation out', () => {
    expect(pinyinText(['Party groups', '（试行）'])).toBe(['shi xing', 'shixing', 'sx'].join('\n'));
  });
});
