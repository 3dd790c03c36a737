import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { isMap, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import {
  validateGraph,
  type RawDataFile,
  type ValidationIssue,
  type ValidationResult,
} from '@pag/graph-seed';

/** A validation issue with the line it points at, where the YAML gives one. */
export interface LocatedIssue extends ValidationIssue {
  readonly line?: number;
}

/** The validated graph or every issue, each located; and the warnings, located too. */
export type DataDirResult = (
  | { readonly ok: true; readonly graph: Extract<ValidationResult, { ok: true }>['graph'] }
  | { readonly ok: false; readonly issues: readonly LocatedIssue[] }
) & { readonly warnings: readonly LocatedIssue[] };

interface ParsedFile extends RawDataFile {
  readonly lineOf: (path: readonly (string | number)[]) => number | undefined;
}

const listYamlFiles = (dir: string): string[] =>
  readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) return name === 'texts' ? [] : listYamlFiles(full);
      return /\.ya?ml$/.test(name) ? [full] : [];
    });

/** The deepest YAML node along a path, so an issue points at the closest line that exists. */
const nodeAt = (root: unknown, keys: readonly (string | number)[]): YamlNode | undefined => {
  let current = root as YamlNode | undefined;
  let found = current;
  for (const key of keys) {
    if (isMap(current)) current = current.get(key, true);
    else if (isSeq(current) && typeof key === 'number') current = current.get(key, true);
    else break;
    if (!current) break;
    found = current;
  }
  return found;
};

const parseFile = (
  dataDir: string,
  file: string,
): { parsed?: ParsedFile; issues: LocatedIssue[] } => {
  const name = path.relative(dataDir, file);
  const lineCounter = new LineCounter();
  const document = parseDocument(readFileSync(file, 'utf8'), { lineCounter, uniqueKeys: true });
  if (document.errors.length > 0) {
    return {
      issues: document.errors.map((error) => ({
        file: name,
        path: [],
        record: '(file)',
        field: '(yaml)',
        line: error.linePos?.[0]?.line,
        message: error.message.split('\n')[0] ?? error.message,
      })),
    };
  }
  const lineOf = (keys: readonly (string | number)[]) => {
    const range = nodeAt(document.contents, keys)?.range;
    return range ? lineCounter.linePos(range[0]).line : undefined;
  };
  return { parsed: { file: name, content: document.toJS(), lineOf }, issues: [] };
};

/**
 * Reads every YAML file under the data folder (and the stored texts under `texts/`),
 * validates them together and reports every issue with its file, record, field and line.
 */
export const readDataDir = (dataDir: string): DataDirResult => {
  const issues: LocatedIssue[] = [];
  const files: ParsedFile[] = [];
  for (const file of listYamlFiles(dataDir)) {
    const { parsed, issues: parseIssues } = parseFile(dataDir, file);
    issues.push(...parseIssues);
    if (parsed) files.push(parsed);
  }
  const textsDir = path.join(dataDir, 'texts');
  const texts = new Map<string, string>();
  try {
    for (const name of readdirSync(textsDir))
      texts.set(name, readFileSync(path.join(textsDir, name), 'utf8'));
  } catch {
    // No texts folder: every quote will be reported as uncheckable.
  }
  const result = validateGraph(files, texts);
  const byName = new Map(files.map((f) => [f.file, f]));
  const locate = (issue: ValidationIssue): LocatedIssue => ({
    ...issue,
    line: byName.get(issue.file)?.lineOf(issue.path),
  });
  const warnings = result.warnings.map(locate);
  if (result.ok && issues.length === 0) return { ok: true, graph: result.graph, warnings };
  const located = result.ok ? [] : result.issues.map(locate);
  return { ok: false, issues: [...issues, ...located], warnings };
};

/** One line per issue: `file:line  record  field  message`. */
export const formatIssue = (issue: LocatedIssue): string =>
  `${issue.file}${issue.line ? `:${issue.line}` : ''}  ${issue.record}  ${issue.field}: ${issue.message}`;
