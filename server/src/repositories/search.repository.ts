import neo4j from 'neo4j-driver';
import { z } from 'zod';
import { NodeSummary, RelationshipType, type SearchResults } from '@pag/graph-seed';
import { hasHan, standsAsWords } from '../services/chinese-words';
import { hasSearchableText, toLuceneQuery } from '../services/lucene-query';
import { findSnippet } from '../services/snippet';
import { readRows, type QueryContext } from './read-rows';

// Exact name matches first, then names that start with the query, then Lucene's score.
export const SEARCH_NODES = `
  CALL db.index.fulltext.queryNodes('node_text', $lucene, {limit: $candidates})
  YIELD node, score
  WITH node, score,
       CASE
         WHEN toLower(node.name) = $lower OR node.nameZh = $raw
              OR any(alias IN node.aliases WHERE toLower(alias) = $lower)
              OR $lower IN split(node.pinyinText, '\n') THEN 100.0
         WHEN toLower(node.name) STARTS WITH $lower OR node.nameZh STARTS WITH $raw
              OR any(alias IN node.aliases WHERE toLower(alias) STARTS WITH $lower)
              OR any(line IN split(node.pinyinText, '\n') WHERE line STARTS WITH $lower) THEN 50.0
         ELSE 0.0
       END AS boost
  RETURN node.id AS id, node.kind AS kind, node.name AS name, node.nameZh AS nameZh,
         node.aliasesText AS aliases, node.quotesText AS quotes, boost + score AS score
  ORDER BY score DESC, id
  LIMIT $candidates`;

// What a relationship says (its type) ranks before what its quotes say.
export const SEARCH_RELATIONSHIPS = `
  CALL db.index.fulltext.queryRelationships('relationship_text', $lucene, {limit: $candidates})
  YIELD relationship AS r, score
  MATCH (s:Node)-[r]->(t:Node)
  WITH r, s, t, score + CASE WHEN toLower(r.typeText) CONTAINS $lower THEN 50.0 ELSE 0.0 END AS score
  RETURN r.id AS id, type(r) AS type, s {.id, .kind, .name, .nameZh} AS source,
         t {.id, .kind, .name, .nameZh} AS target, r.typeText AS typeText,
         r.quotesText AS quotes, score
  ORDER BY score DESC, id
  LIMIT $candidates`;

// The full-text index ranks by Lucene score alone; exact and prefix name matches are ranked
// up afterwards, and Chinese matches off word boundaries are dropped, so more candidates are
// read than results returned.
const CANDIDATES_PER_RESULT = 5;
const CANDIDATES_MIN = 50;
const RELATIONSHIPS_MAX = 5;

const SearchRow = NodeSummary.extend({
  aliases: z.string().nullable(),
  quotes: z.string().nullable(),
  score: z.number(),
});

const RelationshipRow = z.object({
  id: z.string(),
  type: RelationshipType,
  source: NodeSummary,
  target: NodeSummary,
  typeText: z.string().nullable(),
  quotes: z.string().nullable(),
  score: z.number(),
});

const round = (score: number) => Math.round(score * 1000) / 1000;

/**
 * Ranked nodes and relationships matching a query in English, Chinese or pinyin. Nodes match
 * by name, alias, pinyin or quote; relationships by how their type reads or by quote. Chinese
 * matches only on word boundaries. When nothing matches as typed, similar spellings do, and
 * `didYouMean` names the best.
 */
export const searchNodes = async (
  context: QueryContext,
  query: string,
  limit: number,
): Promise<SearchResults> => {
  const raw = query.normalize('NFKC').trim();
  const empty = { results: [], relationships: [], didYouMean: null };
  if (!hasSearchableText(raw)) return empty;
  const candidates = neo4j.int(Math.max(limit * CANDIDATES_PER_RESULT, CANDIDATES_MIN));
  const find = async (lucene: string) => {
    const params = { lucene, raw, lower: raw.toLowerCase(), candidates };
    const [nodes, relationships] = await Promise.all([
      readRows(context, SEARCH_NODES, SearchRow, params),
      readRows(context, SEARCH_RELATIONSHIPS, RelationshipRow, params),
    ]);
    return {
      nodes: nodes
        .filter((row) => standsAsWords(raw, [row.nameZh, row.aliases, row.quotes]))
        .slice(0, limit),
      relationships: relationships
        .filter((row) => standsAsWords(raw, [row.typeText, row.quotes]))
        .slice(0, RELATIONSHIPS_MAX),
    };
  };
  let found = await find(toLuceneQuery(raw));
  let didYouMean: string | null = null;
  if (found.nodes.length === 0 && found.relationships.length === 0 && !hasHan(raw)) {
    found = await find(toLuceneQuery(raw, { fuzzy: true }));
    didYouMean = found.nodes[0]?.name ?? null;
  }
  return {
    results: found.nodes.map(({ aliases, quotes, score, ...node }) => {
      const inName = findSnippet(`${node.name} ${node.nameZh ?? ''}`, raw) !== undefined;
      const snippet = inName
        ? undefined
        : (findSnippet(aliases ?? '', raw) ?? findSnippet(quotes ?? '', raw));
      return { ...node, score: round(score), snippet: snippet ?? null };
    }),
    relationships: found.relationships.map(({ typeText, quotes, score, ...relationship }) => {
      const inType = findSnippet(typeText ?? '', raw) !== undefined;
      const snippet = inType ? undefined : findSnippet(quotes ?? '', raw);
      return { ...relationship, score: round(score), snippet: snippet ?? null };
    }),
    didYouMean,
  };
};
