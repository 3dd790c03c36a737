import {
  CHANGES_LISTED_MAX,
  changeTotal,
  RelationshipType,
  relationshipTypes,
  type Change,
  type ChangedRecord,
  type ChangeSummary,
  type RecordChange,
} from '@pag/graph-seed';

/** A record's stored properties, as the loader writes them and reads them back. */
export type StoredProps = Readonly<Record<string, unknown>>;

/** A record as stored before a load: its properties, and a relationship's type and ends. */
export interface StoredRecord {
  readonly props: StoredProps;
  readonly type?: string;
  readonly source?: string;
  readonly target?: string;
}

/** A record as the load writes it. */
export interface LoadedRecord {
  readonly id: string;
  readonly props: StoredProps;
  readonly type?: string;
  readonly source?: string;
  readonly target?: string;
}

/** One kind of record in a load: what it adds or rewrites, and the ids it removes. */
export interface RecordDiff {
  readonly added: readonly LoadedRecord[];
  readonly changed: readonly LoadedRecord[];
  readonly removed: readonly string[];
}

export interface LoadDiff {
  readonly nodes: RecordDiff;
  readonly relationships: RecordDiff;
  readonly sources: RecordDiff;
}

/** Stored copies made for the search index or the hash, or read off other fields: not claims. */
const DERIVED = new Set([
  'hash',
  'aliasesText',
  'quotesText',
  'pinyinText',
  'typeText',
  'datePrecision',
  'authority',
  'authorityDirection',
]);

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** Longest former value a changelog keeps: a word or a name, not a passage. */
const WAS_MAX = 200;

/** What changed fields held before, where each was one short value (a modality, a name). */
export const formerValues = (
  before: StoredRecord,
  fields: readonly string[],
): Record<string, string | null> => {
  const was: Record<string, string | null> = {};
  for (const field of fields) {
    // Evidence is a list of quotes; the ends, a pair of ids, are read as "from → to".
    if (field === 'evidence') continue;
    const value =
      field === 'type'
        ? before.type
        : field === 'ends'
          ? `${before.source ?? ''} → ${before.target ?? ''}`
          : before.props[field];
    if (value === undefined || value === null) was[field] = null;
    else if (
      (typeof value === 'string' && value.length <= WAS_MAX) ||
      typeof value === 'number' ||
      typeof value === 'boolean'
    )
      was[field] = String(value);
  }
  return was;
};

/** The stored fields in which two versions of a record differ, evidence lists as one field. */
export const changedFields = (before: StoredRecord, after: LoadedRecord): string[] => {
  const fields = new Set<string>();
  const keys = new Set([...Object.keys(before.props), ...Object.keys(after.props)]);
  for (const key of keys) {
    if (DERIVED.has(key)) continue;
    if (JSON.stringify(before.props[key] ?? null) !== JSON.stringify(after.props[key] ?? null)) {
      fields.add(key.startsWith('evidence') ? 'evidence' : key);
    }
  }
  if (before.type !== after.type) fields.add('type');
  if (before.source !== after.source || before.target !== after.target) fields.add('ends');
  return [...fields].sort();
};

interface Named {
  readonly id: string;
  readonly name: string;
  readonly nameZh: string | null;
}

/** How a relationship reads: "A leads B", and in Chinese with the object where "…" stands. */
const reading = (type: RelationshipType, source: Named, target: Named) => {
  const { label, labelZh } = relationshipTypes[type];
  const [before = '', after = ''] = labelZh.split('…');
  return {
    name: `${source.name} ${label} ${target.name}`,
    nameZh: `${source.nameZh ?? source.name}${before}${target.nameZh ?? target.name}${after}`,
  };
};

const describe = (
  record: ChangedRecord,
  id: string,
  change: Change,
  state: StoredRecord,
  nameOf: (id: string) => Named,
  fields: string[] = [],
  was: Record<string, string | null> = {},
): RecordChange => {
  const type = RelationshipType.safeParse(state.type);
  if (record === 'relationship' && type.success && state.source && state.target) {
    const ends = { source: nameOf(state.source), target: nameOf(state.target) };
    return {
      record,
      id,
      change,
      ...reading(type.data, ends.source, ends.target),
      type: type.data,
      ends,
      fields,
      was,
    };
  }
  const name = text(record === 'source' ? state.props.title : state.props.name) ?? id;
  const nameZh = text(record === 'source' ? state.props.titleZh : state.props.nameZh);
  return { record, id, change, name, nameZh, type: null, ends: null, fields, was };
};

const countsOf = (diff: RecordDiff) => ({
  added: diff.added.length,
  changed: diff.changed.length,
  removed: diff.removed.length,
});

/** How many records of each kind a load adds, changes and removes. */
export const summarizeLoad = (diff: LoadDiff): ChangeSummary => ({
  nodes: countsOf(diff.nodes),
  relationships: countsOf(diff.relationships),
  sources: countsOf(diff.sources),
});

/** Whether a load changes few enough records for its changelog to list them one by one. */
export const listsChanges = (diff: LoadDiff): boolean =>
  changeTotal(summarizeLoad(diff)) <= CHANGES_LISTED_MAX;

const KINDS = [
  ['node', 'nodes'],
  ['relationship', 'relationships'],
  ['source', 'sources'],
] as const;

/**
 * A load's changelog: every record it adds, changes (with the fields that changed) or
 * removes, named as it is after the load, or as it was for what the load removes. `stored`
 * holds, by id, the records changed or removed as they were before the load; `nodes` every
 * node after it, which name the ends of relationships.
 */
export const describeLoad = (
  diff: LoadDiff,
  stored: Readonly<
    Record<'nodes' | 'relationships' | 'sources', ReadonlyMap<string, StoredRecord>>
  >,
  nodes: readonly LoadedRecord[],
): RecordChange[] => {
  const loadedNodes = new Map(nodes.map((node) => [node.id, node]));
  const nameOf = (id: string): Named => {
    const props = loadedNodes.get(id)?.props ?? stored.nodes.get(id)?.props ?? {};
    return { id, name: text(props.name) ?? id, nameZh: text(props.nameZh) };
  };
  return KINDS.flatMap(([record, kind]) => {
    const missing = (id: string): StoredRecord => {
      throw new Error(`the stored ${record} "${id}" was not read before the load`);
    };
    return [
      ...diff[kind].added.map((row) => describe(record, row.id, 'added', row, nameOf)),
      // A record whose hash changed but none of whose fields did (a new storage format, a
      // derived copy made afresh) states nothing new: it is not a change to the claim.
      ...diff[kind].changed.flatMap((row) => {
        const before = stored[kind].get(row.id) ?? missing(row.id);
        const fields = changedFields(before, row);
        if (fields.length === 0) return [];
        return [
          describe(record, row.id, 'changed', row, nameOf, fields, formerValues(before, fields)),
        ];
      }),
      ...diff[kind].removed.map((id) =>
        describe(record, id, 'removed', stored[kind].get(id) ?? missing(id), nameOf),
      ),
    ];
  });
};

/** What a second change makes of a first one to the same record; null when they cancel out. */
const follow = (first: RecordChange, then: RecordChange): RecordChange | null => {
  if (first.change === 'added') {
    return then.change === 'removed' ? null : { ...then, change: 'added', fields: [], was: {} };
  }
  // Removed and added again: changed, in what is not known (no fields), however it changes next.
  if (first.change === 'removed') return { ...then, change: 'changed', fields: [], was: {} };
  if (then.change !== 'changed') return then;
  if (first.fields.length === 0) return { ...then, fields: [], was: {} };
  // What a field held before the first change to it is what it held at the cited version.
  const later = Object.entries(then.was).filter(([field]) => !first.fields.includes(field));
  return {
    ...then,
    fields: [...new Set([...first.fields, ...then.fields])].sort(),
    was: { ...Object.fromEntries(later), ...first.was },
  };
};

/**
 * The net changes of several loads, oldest first: a record added and then removed is not
 * listed, one removed and then added again is changed in what is not known (no fields), and
 * the fields of successive changes are merged, each with what it held before the first. Nodes come first, then relationships, then sources.
 */
export const composeChanges = (loads: readonly (readonly RecordChange[])[]): RecordChange[] => {
  const net = new Map<string, RecordChange>();
  for (const load of loads) {
    for (const change of load) {
      const key = `${change.record}:${change.id}`;
      const first = net.get(key);
      const next = first ? follow(first, change) : change;
      net.delete(key);
      if (next) net.set(key, next);
    }
  }
  const order = KINDS.map(([record]) => record);
  return [...net.values()].sort((a, b) => order.indexOf(a.record) - order.indexOf(b.record));
};

/** Counts of a list of changes, by kind of record and of change. */
export const summarizeChanges = (changes: readonly RecordChange[]): ChangeSummary => {
  const summary: ChangeSummary = {
    nodes: { added: 0, changed: 0, removed: 0 },
    relationships: { added: 0, changed: 0, removed: 0 },
    sources: { added: 0, changed: 0, removed: 0 },
  };
  for (const change of changes) {
    const kind = KINDS.find(([record]) => record === change.record)?.[1] ?? 'nodes';
    summary[kind][change.change] += 1;
  }
  return summary;
};

/** Adds up the counts of several loads (when their changes are not all listed). */
export const addSummaries = (summaries: readonly ChangeSummary[]): ChangeSummary =>
  summaries.reduce<ChangeSummary>(
    (sum, next) => ({
      nodes: addCounts(sum.nodes, next.nodes),
      relationships: addCounts(sum.relationships, next.relationships),
      sources: addCounts(sum.sources, next.sources),
    }),
    summarizeChanges([]),
  );

const addCounts = (a: ChangeSummary['nodes'], b: ChangeSummary['nodes']) => ({
  added: a.added + b.added,
  changed: a.changed + b.changed,
  removed: a.removed + b.removed,
});
