/** One thing wrong with the data, located precisely enough for a person to fix it. */
export interface ValidationIssue {
  /** Data file the problem is in, relative to the data folder. */
  readonly file: string;
  /** Path from the file's root to the offending value, e.g. `['nodes', 3, 'evidence', 0, 'quote']`. */
  readonly path: readonly (string | number)[];
  /** The record at fault, e.g. `nodes[3] "cpc-central-committee"`, or `(file)`. */
  readonly record: string;
  /** The field at fault inside the record, e.g. `evidence[0].quote`, or `(record)`. */
  readonly field: string;
  readonly message: string;
}

const formatPath = (path: readonly (string | number)[]): string =>
  path.reduce<string>(
    (text, part) =>
      typeof part === 'number' ? `${text}[${part}]` : text === '' ? part : `${text}.${part}`,
    '',
  );

/** Builds an issue, naming the record by its collection index and id where it has one. */
export const toIssue = (
  file: string,
  path: readonly (string | number)[],
  message: string,
  recordId?: string,
): ValidationIssue => {
  const [collection, index, ...rest] = path;
  const hasRecord = typeof collection === 'string' && typeof index === 'number';
  const record = hasRecord
    ? `${collection}[${index}]${recordId ? ` "${recordId}"` : ''}`
    : '(file)';
  const field = hasRecord ? formatPath(rest) || '(record)' : formatPath(path) || '(file)';
  return { file, path, record, field, message };
};
