import neo4j from 'neo4j-driver';
import { z } from 'zod';
import { NodeSummary, type SearchResults } from '@pag/graph-seed';
import { hasSearchableText, toLuceneQuery } from '../services/lucene-query';
import { findSnippet } from '../services/snippet';
import { readRows, type QueryContext } from './read-rows';

// Exact name matches first, then names that start with the query, then Lucene's score.
export const SEARCH_NODES = `
  CALL db.index.fulltext.queryNodes('node_search', $lucene, {limit: $candidates})
  YIELD node, score
  WITH node, score,
       CASE
         WHEN toLower(node.name) = $lower OR node.nameZh = $raw
              OR any(alias IN node.aliases WHERE toLower(alias) = $lower) THEN 100.0
         WHEN toLower(node.name) STARTS WITH $lower OR node.nameZh STARTS WITH $raw
              OR any(alias IN node.aliases WHERE toLower(alias) STARTS WITH $lower) THEN 50.0
         ELSE 0.0
       END AS boost
  RETURN node.id AS id, node.kind AS kind, node.name AS name, node.nameZh AS nameZh,
         node.aliasesText AS aliases, node.quotesText AS quotes, boost + score AS score
  ORDER BY score DESC, id
  LIMIT $limit`;

// The full-text index ranks by Lucene score alone; exact and prefix name matches are ranked
// up afterwards, so more candidates are read than results returned.
const CANDIDATES_PER_RESULT = 5;
const CANDIDATES_MIN = 50;

const SearchRow = NodeSummary.extend({
  aliases: z.string().nullable(),
  quotes: z.string().nullable(),
  score: z.number(),
});

/** Ranked nodes matching a query in English or Chinese, over names, aliases and quotes. */
export const searchNodes = async (
  context: QueryContext,
  query: string,
  limit: number,
): Promise<SearchResults> => {
  const raw = query.normalize('NFKC').trim();
  if (!hasSearchableText(raw)) return { results: [] };
  const rows = await readRows(context, SEARCH_NODES, SearchRow, {
    lucene: toLuceneQuery(raw),
    raw,
    lower: raw.toLowerCase(),
    limit: neo4j.int(limit),
    candidates: neo4j.int(Math.max(limit * CANDIDATES_PER_RESULT, CANDIDATES_MIN)),
  });
  return {
    results: rows.map(({ aliases, quotes, score, ...node }) => {
      const inName = findSnippet(`${node.name} ${node.nameZh ?? ''}`, raw) !== undefined;
      const snippet = inName
        ? undefined
        : (findSnippet(aliases ?? '', raw) ?? findSnippet(quotes ?? '', raw));
      return { ...node, score: Math.round(score * 1000) / 1000, snippet: snippet ?? null };
    }),
  };
};
