import { pinyin } from 'pinyin-pro';

const HAN_RUN = /\p{Script=Han}+/gu;
const words = new Intl.Segmenter('zh', { granularity: 'word' });

const syllables = (text: string): string[] =>
  pinyin(text, { toneType: 'none', type: 'array', v: true }).map((s) => s.toLowerCase());

/** The terms of one run of Han characters. */
const runTerms = (run: string): string[] => {
  const all = syllables(run);
  const joinedWords = [...words.segment(run)].map(({ segment }) => syllables(segment).join(''));
  return [
    all.join(' '),
    all.join(''),
    all.map((s) => Array.from(s)[0] ?? '').join(''),
    joinedWords.join(' '),
  ];
};

/**
 * Runs already turned into terms. Names repeat their runs (合成社会组织12 and 合成社会组织13
 * share the run 合成社会组织), so a large load asks for the same few again and again, and
 * turning a run into pinyin is the slowest part of preparing a record. Emptied when full.
 */
const memo = new Map<string, readonly string[]>();
const MEMO_SIZE = 10_000;

const termsOf = (run: string): readonly string[] => {
  let terms = memo.get(run);
  if (!terms) {
    if (memo.size >= MEMO_SIZE) memo.clear();
    terms = runTerms(run);
    memo.set(run, terms);
  }
  return terms;
};

/**
 * Everything a person might type in pinyin for the Chinese in some texts, for the full-text
 * index: the syllables (she hui zu zhi), each word's syllables joined (shehui zuzhi), the
 * whole run joined (shehuizuzhi) and its initials (shzz). Tones are left out, ü is v.
 */
export const pinyinText = (texts: readonly (string | null | undefined)[]): string => {
  const terms = new Set<string>();
  for (const text of texts) {
    for (const [run] of (text ?? '').matchAll(HAN_RUN))
      for (const term of termsOf(run)) terms.add(term);
  }
  return [...terms].join('\n');
};
