import type { ChangeSummary, DataChanges, DataVersions } from '@pag/graph-seed';

const counts = (summary: ChangeSummary): string =>
  (['nodes', 'relationships', 'sources'] as const)
    .map((kind) => {
      const { added, changed, removed } = summary[kind];
      return `${kind} +${added} ~${changed} -${removed}`;
    })
    .join(', ');

/** The history of loads, newest first, as `pnpm graph versions` prints it. */
export const describeVersions = (versions: DataVersions): string => {
  if (versions.total === 0) return 'No data version recorded: nothing has been loaded yet.';
  const lines = versions.versions.map(
    (entry, index) =>
      `${index === 0 ? '*' : ' '} ${entry.version}  ${entry.loadedAt.slice(0, 19).replace('T', ' ')}  ${
        entry.changes ? counts(entry.changes) : 'first version recorded'
      }`,
  );
  const more = versions.total - versions.versions.length;
  return [
    `${versions.total} data version(s), newest first (* is loaded now; + added, ~ changed, - removed):`,
    ...lines,
    ...(more > 0 ? [`  … and ${more} older`] : []),
  ].join('\n');
};

/** What changed since a version, one record a line, as `pnpm graph versions --since` prints it. */
export const describeChanges = (changes: DataChanges): string => {
  const head = `Since ${changes.since.version} (${changes.since.loadedAt.slice(0, 10)}) up to ${changes.current.version} (${changes.current.loadedAt.slice(0, 10)}): ${counts(changes.summary)}`;
  const sign = { added: '+', changed: '~', removed: '-' } as const;
  const lines = changes.changes.map((change) => {
    const fields = change.fields.map((field) =>
      field in change.was ? `${field} was ${change.was[field] ?? '—'}` : field,
    );
    return `  ${sign[change.change]} ${change.record} ${change.id}: ${change.name}${fields.length > 0 ? ` (${fields.join('; ')})` : ''}`;
  });
  return [
    head,
    ...lines,
    ...(changes.complete ? [] : ['  (a load in between changed too many records to list)']),
  ].join('\n');
};
