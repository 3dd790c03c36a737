import neo4j from 'neo4j-driver';
import { z } from 'zod';
import { NodeSummary, RelationshipType, type SearchResults } from '@pag/graph-seed';
import { hasHan, standsAsWords } from '../services/chinese-words';
import { hasSearchableText, toLuceneQuery } from '../services/lucene-query';
import { findSnippet } from '../services/snippet';
import { readRows, type QueryContext } from './read-rows';

// One query, one round trip, for both lists. Nodes: exact name (or pinyin) matches first,
// then names that start with the query, then Lucene's score. Relationships: what a
// relationship says (its type) before what its quotes say.
export const SEARCH = `
  CALL () {
    CALL db.index.fulltext.queryNodes('node_text', $lucene, {limit: $nodeCandidates})
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
    WITH node, boost + score AS score ORDER BY score DESC, node.id
    RETURN collect({id: node.id, kind: node.kind, name: node.name, nameZh: node.nameZh,
                    aliases: node.aliasesText, quotes: node.quotesText, score: score}) AS nodes
  }
  CALL () {
    WITH 1 AS ask WHERE $relationshipCandidates > 0
    CALL db.index.fulltext.queryRelationships('relationship_text', $lucene,
                                              {limit: $relationshipCandidates})
    YIELD relationship AS r, score
    MATCH (s:Node)-[r]->(t:Node)
    WITH r, s, t,
         score + CASE WHEN toLower(r.typeText) CONTAINS $lower THEN 50.0 ELSE 0.0 END AS score
    ORDER BY score DESC, r.id
    RETURN collect({id: r.id, type: type(r), source: s {.id, .kind, .name, .nameZh},
                    target: t {.id, .kind, .name, .nameZh}, typeText: r.typeText,
                    quotes: r.quotesText, score: score}) AS relationships
  }
  RETURN nodes, relationships`;

// The full-text index ranks by Lucene score alone; exact and prefix name matches are ranked
// up afterwards, and Chinese matches off word boundaries are dropped, so more candidates are
// read than results returned (for Chinese, whose candidates the API checks, more still).
const CANDIDATES_PER_RESULT = 5;
const CANDIDATES_MIN = 30;
const RELATIONSHIPS_MAX = 5;
const RELATIONSHIP_CANDIDATES_ZH = 10;

const NodeRow = NodeSummary.extend({
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

const SearchRow = z.object({ nodes: z.array(NodeRow), relationships: z.array(RelationshipRow) });

/** The first `count` rows, in rank order, that pass a check: no row checked beyond them. */
const firstWhere = <T>(rows: readonly T[], count: number, passes: (row: T) => boolean): T[] => {
  const kept: T[] = [];
  for (const row of rows) {
    if (kept.length >= count) break;
    if (passes(row)) kept.push(row);
  }
  return kept;
};

const round = (score: number) => Math.round(score * 1000) / 1000;

/**
 * Ranked nodes and relationships matching a query in English, Chinese or pinyin. Nodes match
 * by name, alias, pinyin or quote; relationships by how their type reads or by quote. Chinese
 * matches only on word boundaries. When nothing matches as typed, similar spellings do, and
 * `didYouMean` names the best.
 */
export const searchGraph = async (
  context: QueryContext,
  query: string,
  limit: number,
): Promise<SearchResults> => {
  const raw = query.normalize('NFKC').trim();
  const empty = { results: [], relationships: [], didYouMean: null };
  if (!hasSearchableText(raw)) return empty;
  const chinese = hasHan(raw);
  const nodeCandidates = Math.max(limit * CANDIDATES_PER_RESULT, CANDIDATES_MIN);
  // Similar spellings are looked for among names only: "did you mean" names a node.
  const find = async (lucene: string, withRelationships = true) => {
    const relationshipCandidates = chinese ? RELATIONSHIP_CANDIDATES_ZH : RELATIONSHIPS_MAX;
    const [row] = await readRows(context, SEARCH, SearchRow, {
      lucene,
      raw,
      lower: raw.toLowerCase(),
      nodeCandidates: neo4j.int(nodeCandidates),
      relationshipCandidates: neo4j.int(withRelationships ? relationshipCandidates : 0),
    });
    return {
      nodes: firstWhere(row?.nodes ?? [], limit, (node) =>
        standsAsWords(raw, [node.nameZh, node.aliases, node.quotes]),
      ),
      relationships: firstWhere(row?.relationships ?? [], RELATIONSHIPS_MAX, (relationship) =>
        standsAsWords(raw, [relationship.typeText, relationship.quotes]),
      ),
    };
  };
  let found = await find(toLuceneQuery(raw));
  let didYouMean: string | null = null;
  if (found.nodes.length === 0 && found.relationships.length === 0 && !chinese) {
    found = await find(toLuceneQuery(raw, { fuzzy: true }), false);
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
