import type { z } from 'zod';
import { DataFile, type Unconnected } from '../schema/data-file';
import type { GraphNode } from '../schema/node';
import type { GraphRelationship } from '../schema/relationship';
import type { Source } from '../schema/source';
import type { GraphRecords, IntegrityRule, Located } from './graph-records';
import { documentReferences } from './rules/document-references';
import { modalityWording } from './rules/modality-wording';
import { namesSourced } from './rules/names-sourced';
import { noOrphans } from './rules/no-orphans';
import { quotesVerbatim } from './rules/quotes-verbatim';
import { reachesPartyCentre } from './rules/reaches-party-centre';
import { relationshipEnds } from './rules/relationship-ends';
import { sourceReferences } from './rules/source-references';
import { uniqueIds } from './rules/unique-ids';
import { toIssue, type ValidationIssue } from './validation-issue';

/** A data file as read from disk: its path and its parsed (not yet validated) content. */
export interface RawDataFile {
  readonly file: string;
  readonly content: unknown;
}

/** The whole validated graph, ready to load. */
export interface SeedGraph {
  readonly sources: readonly Source[];
  readonly nodes: readonly GraphNode[];
  readonly relationships: readonly GraphRelationship[];
  readonly unconnected: readonly Unconnected[];
  /** Stored source texts by file name. */
  readonly texts: ReadonlyMap<string, string>;
}

/**
 * The graph, or every issue that stops it loading; with either, the warnings: what a person
 * should look at (wording that disagrees with a recorded modality) but may judge sound.
 */
export type ValidationResult = (
  | { readonly ok: true; readonly graph: SeedGraph }
  | { readonly ok: false; readonly issues: readonly ValidationIssue[] }
) & { readonly warnings: readonly ValidationIssue[] };

/** The integrity rules, in the order their issues are reported. */
export const INTEGRITY_RULES: readonly IntegrityRule[] = [
  uniqueIds,
  sourceReferences,
  quotesVerbatim,
  relationshipEnds,
  noOrphans,
  documentReferences,
  namesSourced,
  reachesPartyCentre,
];

/** Checks that warn rather than refuse. */
export const WARNING_RULES: readonly IntegrityRule[] = [modalityWording];

/** The id of the record at `path` in a file's raw content, to name it in a schema issue. */
const recordIdAt = (content: unknown, path: readonly PropertyKey[]): string | undefined => {
  const [collection, index] = path;
  if (typeof collection !== 'string' || typeof index !== 'number') return undefined;
  if (typeof content !== 'object' || content === null || !(collection in content)) return undefined;
  const records: unknown = Reflect.get(content, collection);
  const record: unknown = Array.isArray(records) ? records[index] : undefined;
  if (typeof record !== 'object' || record === null || !('id' in record)) return undefined;
  return typeof record.id === 'string' ? record.id : undefined;
};

const schemaIssues = (file: RawDataFile, error: z.ZodError): ValidationIssue[] =>
  error.issues.map((issue) => {
    const path = issue.path.filter((part) => typeof part !== 'symbol');
    return toIssue(file.file, path, issue.message, recordIdAt(file.content, path));
  });

const located = <T>(file: string, collection: string, values: readonly T[]): Located<T>[] =>
  values.map((value, i) => ({ file, path: [collection, i], value }));

/**
 * Checks every data file against the schemas and the integrity rules, and reports every
 * problem found in one pass. Pure: reading files is the caller's business.
 */
export const validateGraph = (
  files: readonly RawDataFile[],
  texts: ReadonlyMap<string, string>,
): ValidationResult => {
  const issues: ValidationIssue[] = [];
  const sources: Located<Source>[] = [];
  const nodes: Located<GraphNode>[] = [];
  const relationships: Located<GraphRelationship>[] = [];
  const unconnected: Located<Unconnected & { id: string }>[] = [];
  for (const file of files) {
    const parsed = DataFile.safeParse(file.content ?? {});
    if (!parsed.success) {
      issues.push(...schemaIssues(file, parsed.error));
      continue;
    }
    const data = parsed.data;
    sources.push(...located(file.file, 'sources', data.sources));
    nodes.push(...located(file.file, 'nodes', data.nodes));
    relationships.push(...located(file.file, 'relationships', data.relationships));
    const entries = data.unconnected.map((entry) => ({ ...entry, id: entry.node }));
    unconnected.push(...located(file.file, 'unconnected', entries));
  }
  const records: GraphRecords = { sources, nodes, relationships, unconnected, texts };
  for (const rule of INTEGRITY_RULES) issues.push(...rule(records));
  const warnings = WARNING_RULES.flatMap((rule) => rule(records));

  if (issues.length > 0) return { ok: false, issues, warnings };
  return {
    ok: true,
    warnings,
    graph: {
      sources: sources.map((s) => s.value),
      nodes: nodes.map((n) => n.value),
      relationships: relationships.map((r) => r.value),
      unconnected: unconnected.map(({ value: { node, reason } }) => ({ node, reason })),
      texts,
    },
  };
};
