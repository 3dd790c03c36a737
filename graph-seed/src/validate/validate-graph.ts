import type { z } from 'zod';
import { DataFile } from '../schema/data-file';
import type { Evidence } from '../schema/evidence';
import type { GraphNode } from '../schema/node';
import type { GraphRelationship } from '../schema/relationship';
import type { Source } from '../schema/source';
import type { Unconnected } from '../schema/data-file';
import { PARTY_CENTRE_ID } from '../schema/relationship-types';
import { nodesReaching } from './authority-reach';
import { normalizeWhitespace } from './normalize-whitespace';
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

export type ValidationResult =
  | { readonly ok: true; readonly graph: SeedGraph }
  | { readonly ok: false; readonly issues: readonly ValidationIssue[] };

interface Located<T> {
  readonly file: string;
  readonly path: readonly (string | number)[];
  readonly value: T;
}

const recordIdAt = (content: unknown, path: readonly PropertyKey[]): string | undefined => {
  const [collection, index] = path;
  if (typeof collection !== 'string' || typeof index !== 'number') return undefined;
  const records = (content as Record<string, unknown> | null)?.[collection];
  const record = Array.isArray(records)
    ? (records[index] as { id?: unknown } | undefined)
    : undefined;
  return typeof record?.id === 'string' ? record.id : undefined;
};

const schemaIssues = (file: RawDataFile, error: z.ZodError): ValidationIssue[] =>
  error.issues.map((issue) => {
    const path = issue.path.filter((part) => typeof part !== 'symbol');
    return toIssue(file.file, path, issue.message, recordIdAt(file.content, path));
  });

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
    parsed.data.sources.forEach((value, i) =>
      sources.push({ file: file.file, path: ['sources', i], value }),
    );
    parsed.data.nodes.forEach((value, i) =>
      nodes.push({ file: file.file, path: ['nodes', i], value }),
    );
    parsed.data.relationships.forEach((value, i) =>
      relationships.push({ file: file.file, path: ['relationships', i], value }),
    );
    parsed.data.unconnected.forEach((value, i) =>
      unconnected.push({
        file: file.file,
        path: ['unconnected', i],
        value: { ...value, id: value.node },
      }),
    );
  }

  const issueAt = (at: Located<{ id: string }>, field: (string | number)[], message: string) =>
    issues.push(toIssue(at.file, [...at.path, ...field], message, at.value.id));

  // Ids are unique across sources, nodes and relationships.
  const firstSeen = new Map<string, Located<{ id: string }>>();
  for (const record of [...sources, ...nodes, ...relationships]) {
    const earlier = firstSeen.get(record.value.id);
    if (earlier) {
      issueAt(
        record,
        ['id'],
        `duplicate id "${record.value.id}", first used in ${earlier.file} ${toIssue(earlier.file, earlier.path, '').record}`,
      );
    } else {
      firstSeen.set(record.value.id, record);
    }
  }

  const sourceById = new Map(sources.map((s) => [s.value.id, s.value]));
  const nodeIds = new Set(nodes.map((n) => n.value.id));

  for (const source of sources) {
    const { textFile, citedIn } = source.value;
    if (textFile && !texts.has(textFile)) {
      issueAt(source, ['textFile'], `text file "${textFile}" not found in data/texts/`);
    }
    if (citedIn && !sourceById.has(citedIn)) {
      issueAt(source, ['citedIn'], `unknown source "${citedIn}"`);
    }
  }

  /** The stored text a quote from this source must occur in, if any. */
  const textFor = (source: Source): string | undefined => {
    const holder = source.textFile
      ? source
      : source.citedIn
        ? sourceById.get(source.citedIn)
        : undefined;
    return holder?.textFile ? texts.get(holder.textFile) : undefined;
  };
  const normalizedTexts = new Map<string, string>();
  const normalizedTextFor = (source: Source): string | undefined => {
    const text = textFor(source);
    if (text === undefined) return undefined;
    const cached = normalizedTexts.get(text);
    if (cached !== undefined) return cached;
    const normalized = normalizeWhitespace(text);
    normalizedTexts.set(text, normalized);
    return normalized;
  };

  const checkEvidence = (record: Located<{ id: string; evidence: readonly Evidence[] }>) =>
    record.value.evidence.forEach((evidence, i) => {
      const source = sourceById.get(evidence.source);
      if (!source) {
        issueAt(record, ['evidence', i, 'source'], `unknown source "${evidence.source}"`);
        return;
      }
      const text = normalizedTextFor(source);
      if (text === undefined) {
        issueAt(
          record,
          ['evidence', i, 'source'],
          `source "${source.id}" has no stored text to check the quote against (give it a textFile or citedIn)`,
        );
      } else if (!text.includes(normalizeWhitespace(evidence.quote))) {
        issueAt(
          record,
          ['evidence', i, 'quote'],
          `quote not found verbatim in the text of source "${source.id}"`,
        );
      }
    });

  nodes.forEach(checkEvidence);
  relationships.forEach(checkEvidence);

  const connected = new Set<string>();
  for (const relationship of relationships) {
    for (const end of ['source', 'target'] as const) {
      const id = relationship.value[end];
      if (nodeIds.has(id)) connected.add(id);
      else issueAt(relationship, [end], `unknown node "${id}"`);
    }
  }
  for (const node of nodes) {
    if (!connected.has(node.value.id)) {
      issueAt(node, ['id'], `node "${node.value.id}" has no relationships (orphan)`);
    }
  }

  const kindOf = new Map(nodes.map((n) => [n.value.id, n.value.kind]));
  for (const relationship of relationships) {
    const { document } = relationship.value;
    if (document !== undefined && kindOf.get(document) !== 'document') {
      issueAt(relationship, ['document'], `"${document}" is not a document node`);
    }
  }

  // Every governed organization reaches the Party centre by lines of authority, unless it
  // is listed as deliberately unconnected, with the reason.
  const reaching = nodesReaching(
    PARTY_CENTRE_ID,
    relationships.map((r) => r.value),
  );
  const excused = new Map(unconnected.map((u) => [u.value.node, u]));
  for (const entry of unconnected) {
    const kind = kindOf.get(entry.value.node);
    if (kind === undefined) issueAt(entry, ['node'], `unknown node "${entry.value.node}"`);
    else if (kind !== 'governed-entity') {
      issueAt(entry, ['node'], `"${entry.value.node}" is a ${kind}, not a governed-entity`);
    } else if (reaching.has(entry.value.node)) {
      issueAt(
        entry,
        ['node'],
        `"${entry.value.node}" does reach ${PARTY_CENTRE_ID}: remove it from unconnected`,
      );
    }
  }
  for (const node of nodes) {
    if (
      node.value.kind === 'governed-entity' &&
      !reaching.has(node.value.id) &&
      !excused.has(node.value.id)
    ) {
      issueAt(
        node,
        ['id'],
        `governed entity "${node.value.id}" does not reach ${PARTY_CENTRE_ID} by lines of authority; add the missing line or list it under unconnected with the reason`,
      );
    }
  }

  if (issues.length > 0) return { ok: false, issues };
  return {
    ok: true,
    graph: {
      sources: sources.map((s) => s.value),
      nodes: nodes.map((n) => n.value),
      relationships: relationships.map((r) => r.value),
      unconnected: unconnected.map(({ value: { node, reason } }) => ({ node, reason })),
      texts,
    },
  };
};
