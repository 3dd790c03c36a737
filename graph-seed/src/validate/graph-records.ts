import type { Unconnected } from '../schema/data-file';
import type { GraphNode } from '../schema/node';
import type { GraphRelationship } from '../schema/relationship';
import type { Source } from '../schema/source';
import { toIssue, type ValidationIssue } from './validation-issue';

/** A record that passed its schema, with where it stands in its file. */
export interface Located<T> {
  readonly file: string;
  readonly path: readonly (string | number)[];
  readonly value: T;
}

/** Every record of every data file, located, for the integrity rules to check together. */
export interface GraphRecords {
  readonly sources: readonly Located<Source>[];
  readonly nodes: readonly Located<GraphNode>[];
  readonly relationships: readonly Located<GraphRelationship>[];
  /** Entries of `unconnected`, with the node they name as their id. */
  readonly unconnected: readonly Located<Unconnected & { readonly id: string }>[];
  /** Stored source texts by file name. */
  readonly texts: ReadonlyMap<string, string>;
}

/** One integrity rule: every issue it finds across the whole graph. */
export type IntegrityRule = (records: GraphRecords) => ValidationIssue[];

/** An issue about a field of a located record, naming the record by its id. */
export const issueAt = (
  at: Located<{ readonly id: string }>,
  field: readonly (string | number)[],
  message: string,
): ValidationIssue => toIssue(at.file, [...at.path, ...field], message, at.value.id);
