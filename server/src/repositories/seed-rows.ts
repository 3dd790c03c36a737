import { createHash } from 'node:crypto';
import { pinyinText } from '../services/pinyin-text';
import {
  datePrecisionOf,
  isAuthority,
  relationshipTypes,
  type Evidence,
  type GraphNode,
  type SeedGraph,
} from '@pag/graph-seed';

/** A property value Neo4j stores on a node or relationship. */
type Property = string | number | boolean | readonly string[];
/** Flat properties as stored on a Neo4j node or relationship. */
type Properties = Record<string, Property>;

export interface NodeRow {
  readonly id: string;
  readonly props: Properties;
}
export interface GraphNodeRow extends NodeRow {
  /** Neo4j label naming the node's kind, e.g. `PartyOrgan` for `party-organ`. */
  readonly label: string;
}
export interface RelationshipRow {
  readonly id: string;
  readonly type: string;
  readonly source: string;
  readonly target: string;
  readonly props: Properties;
}
export interface SeedRows {
  readonly nodes: readonly GraphNodeRow[];
  readonly sources: readonly NodeRow[];
  readonly relationships: readonly RelationshipRow[];
}

/** Neo4j properties cannot hold maps, so evidence is stored as three parallel lists. */
const evidenceProps = (evidence: readonly Evidence[]): Properties => ({
  evidenceSources: evidence.map((e) => e.source),
  evidenceLocators: evidence.map((e) => e.locator),
  evidenceQuotes: evidence.map((e) => e.quote),
});

/** The record's properties without the absent ones, which Neo4j does not store. */
const withoutUndefined = (record: Record<string, Property | undefined>): Properties => {
  const props: Properties = {};
  for (const [key, value] of Object.entries(record)) if (value !== undefined) props[key] = value;
  return props;
};

/** Bump when the way records are stored changes, so the next load rewrites every record. */
const STORAGE_FORMAT = 4;

const hashOf = (value: unknown): string =>
  createHash('sha256')
    .update(JSON.stringify([STORAGE_FORMAT, value]))
    .digest('hex')
    .slice(0, 32);

/** Adds a content hash so a reload can tell unchanged records from changed ones. */
const withHash = (props: Properties, extra: unknown = null): Properties => ({
  ...props,
  hash: hashOf([props, extra]),
});

const nodeProps = (node: GraphNode): Properties => {
  const { evidence, ...rest } = node;
  const datePrecision =
    rest.kind === 'document' && rest.date ? datePrecisionOf(rest.date) : undefined;
  return withHash(
    withoutUndefined({
      ...rest,
      datePrecision,
      ...evidenceProps(evidence),
      // Joined copies for the full-text index, which reads single strings: a name is found
      // whether a source gives it or the editors supplied it.
      aliasesText: [...rest.aliases, ...rest.aliasesByEditors].join('\n'),
      quotesText: evidence.map((e) => e.quote).join('\n'),
      // The Chinese name and aliases as they may be typed in pinyin.
      pinyinText: pinyinText([rest.nameZh, ...rest.aliases, ...rest.aliasesByEditors]),
    }),
  );
};

/** `party-organ` → `PartyOrgan`. */
export const kindLabel = (kind: string): string =>
  kind.replace(/(^|-)([a-z])/g, (_match, _dash: string, letter: string) => letter.toUpperCase());

/** Maps the validated graph to the rows the loader writes, one per node, source and relationship. */
export const toSeedRows = (graph: SeedGraph): SeedRows => ({
  nodes: graph.nodes.map((node) => ({
    id: node.id,
    label: kindLabel(node.kind),
    props: nodeProps(node),
  })),
  sources: graph.sources.map((source) => ({
    id: source.id,
    props: withHash(
      withoutUndefined({
        ...source,
        text: source.textFile ? graph.texts.get(source.textFile) : undefined,
      }),
    ),
  })),
  relationships: graph.relationships.map(
    ({ id, type, source, target, evidence, note, document, basis, modality, modalityNote }) => ({
      id,
      type,
      source,
      target,
      props: withHash(
        withoutUndefined({
          id,
          note,
          document,
          basis,
          modality,
          modalityNote,
          authority: isAuthority(type),
          authorityDirection: relationshipTypes[type].authority,
          ...evidenceProps(evidence),
          // For the full-text index: how the type reads, in both languages, and the quotes.
          typeText: `${relationshipTypes[type].label}\n${relationshipTypes[type].labelZh}`,
          quotesText: evidence.map((e) => e.quote).join('\n'),
        }),
        [type, source, target],
      ),
    }),
  ),
});

/** A short content hash of the whole graph: changes whenever any record does. */
export const dataVersion = (rows: SeedRows): string =>
  hashOf(
    [rows.nodes, rows.sources, rows.relationships].map((list) => list.map((row) => row.props.hash)),
  ).slice(0, 12);
