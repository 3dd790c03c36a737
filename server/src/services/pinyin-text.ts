import { pinyin } from 'pinyin-pro';

const HAN_RUN = /\p{Script=Han}+/gu;
const words = new Intl.Segmenter('zh', { granularity: 'word' });

const syllables = (text: string): string[] =>
  pinyin(text, { toneType: 'none', type: 'array', v: true }).map((s) => s.toLowerCase());

/**
 * Everything a person might type in pinyin for the Chinese in some texts, for the full-text
 * index: the syllables (she hui zu zhi), each word's syllables joined (shehui zuzhi), the
 * whole run joined (shehuizuzhi) and its initials (shzz). Tones are left out, ü is v.
 */
export const pinyinText = (texts: readonly (string | null | undefined)[]): string => {
  const terms = new Set<string>();
  for (const text of texts) {
    for (const [run] of (text ?? '').matchAll(HAN_RUN)) {
      const all = syllables(run);
      terms.add(all.join(' '));
      terms.add(all.join(''));
      terms.add(all.map((s) => Array.from(s)[0] ?? '').join(''));
      const joinedWords = [...words.segment(run)].map(({ segment }) => syllables(segment).join(''));
      terms.add(joinedWords.join(' '));
    }
  }
  return [...terms].join('\n');
};
