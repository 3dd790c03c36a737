import { relationshipTypes, type SearchIndex, type SearchResults } from '@pag/graph-seed';

type IndexedNode = SearchIndex['nodes'][number];

const normal = (text: string) => text.normalize('NFKC').toLowerCase().trim();

/** How well a query matches some texts: whole, at the start, at a word's start, inside. */
const scoreOf = (query: string, texts: readonly string[]): number => {
  let best = 0;
  for (const text of texts) {
    if (text === query) return 100;
    if (text.startsWith(query)) best = Math.max(best, 50);
    else if (text.split(/[\s\-–—'’(),.:;/]+/).some((word) => word.startsWith(query)))
      best = Math.max(best, 20);
    else if (text.includes(query)) best = Math.max(best, 10);
  }
  if (best === 0) {
    // Several words: each somewhere in the texts.
    const words = query.split(/\s+/).filter(Boolean);
    const all = texts.join('\n');
    if (words.length > 1 && words.every((word) => all.includes(word))) best = 5;
  }
  return best;
};

const nodeMatch = (query: string, node: IndexedNode) => {
  const names = [node.name, node.nameZh ?? ''].map(normal);
  const aliases = node.aliases.map(normal);
  const pinyin = node.pinyin.split('\n');
  const inName = scoreOf(query, names);
  const elsewhere = scoreOf(query, [...aliases, ...pinyin]);
  const alias =
    inName >= elsewhere ? undefined : node.aliases.find((a) => normal(a).includes(query));
  return { score: Math.max(inName, elsewhere), snippet: alias ?? null };
};

/**
 * Search without a server, over a static site's index: nodes by name, Chinese name, alias or
 * pinyin (whole, at the start, at a word's start, or inside), best first; relationships by how
 * their type reads in English or Chinese. Quotes are not searched.
 */
export const searchSnapshot = (index: SearchIndex, text: string, limit: number): SearchResults => {
  const query = normal(text);
  if (!query) return { results: [], relationships: [], didYouMean: null };
  const results = index.nodes
    .map((node) => ({ node, ...nodeMatch(query, node) }))
    .filter((match) => match.score > 0)
    .sort((a, b) => b.score - a.score || a.node.name.localeCompare(b.node.name))
    .slice(0, limit)
    .map(({ node, score, snippet }) => ({
      id: node.id,
      kind: node.kind,
      name: node.name,
      nameZh: node.nameZh,
      score,
      snippet,
    }));
  const relationships = index.relationships
    .map((relationship) => {
      const { label, labelZh } = relationshipTypes[relationship.type];
      return { ...relationship, score: scoreOf(query, [normal(label), normal(labelZh)]) };
    })
    .filter((match) => match.score > 0)
    .slice(0, limit)
    .map((match) => ({ ...match, snippet: null }));
  return { results, relationships, didYouMean: null };
};
