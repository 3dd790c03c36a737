/** Han characters: where a query is Chinese, matches must fall on word boundaries. */
const HAN = /\p{Script=Han}/u;
const HAN_ALL = /\p{Script=Han}/gu;
const WINDOW = 12;
const words = new Intl.Segmenter('zh', { granularity: 'word' });

/** Whether a query has Chinese in it. */
export const hasHan = (text: string): boolean => HAN.test(text);

// Breaking text into words costs more than finding it: the same names and quotes are met
// search after search, so their breaks are remembered (a bounded number, oldest dropped first).
const REMEMBERED = 5000;
const remembered = new Map<string, ReadonlySet<number>>();

/** Word boundaries (offsets) of a short piece of text, as ICU's Chinese dictionary finds them. */
const boundaries = (text: string): ReadonlySet<number> => {
  const known = remembered.get(text);
  if (known) return known;
  const found = new Set<number>([0, text.length]);
  for (const { index, segment } of words.segment(text)) {
    found.add(index);
    found.add(index + segment.length);
  }
  if (remembered.size >= REMEMBERED) {
    const oldest = remembered.keys().next();
    if (!oldest.done) remembered.delete(oldest.value);
  }
  remembered.set(text, found);
  return found;
};

/**
 * Whether the query occurs in the text as whole words: each occurrence is checked against the
 * word boundaries of the text around it, so 民政 (civil affairs) is not found in 人民政协
 * (人民 | 政协), while 党组 is found in 中国共产党党组工作条例 (… 党 | 党组 | 工作 …). A query of
 * one Han character, or without Han characters, matches wherever it occurs.
 */
export const occursAsWords = (text: string, query: string): boolean => {
  if (query.length === 0) return false;
  let at = text.indexOf(query);
  if ((query.match(HAN_ALL) ?? []).length < 2) return at >= 0;
  while (at >= 0) {
    // A window of whole characters: never half a surrogate pair at either end.
    let start = Math.max(0, at - WINDOW);
    if (/[\uDC00-\uDFFF]/.test(text[start] ?? '')) start -= 1;
    let stop = Math.min(text.length, at + query.length + WINDOW);
    if (/[\uDC00-\uDFFF]/.test(text[stop] ?? '')) stop += 1;
    const window = text.slice(start, stop);
    const cuts = boundaries(window);
    if (cuts.has(at - start) && cuts.has(at - start + query.length)) return true;
    at = text.indexOf(query, at + 1);
  }
  return false;
};

/**
 * Whether the Chinese a person typed stands in the texts as whole words: each word of the
 * query (as ICU breaks it: 中共中央委员会 → 中共 | 中央 | 委员会) must occur as words in one
 * of the texts, so an abbreviated compound still finds the full name while 民政 does not find
 * 人民政协. Latin terms are left to the index.
 */
export const standsAsWords = (query: string, texts: readonly (string | null)[]): boolean =>
  query
    .split(/\s+/u)
    .filter(hasHan)
    .flatMap((term) =>
      [...words.segment(term)].filter((part) => part.isWordLike).map((part) => part.segment),
    )
    .filter(hasHan)
    .every((word) => texts.some((text) => text !== null && occursAsWords(text, word)));
