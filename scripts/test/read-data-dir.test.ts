import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatIssue, readDataDir } from '../src/graph/read-data-dir';
import { paths } from '../src/lib/paths';

describe('the curated data folder', () => {
  it('passes every schema and integrity rule', () => {
    const result = readDataDir(paths.dataDir);
    if (!result.ok) throw new Error(result.issues.map(formatIssue).join('\n'));
    expect(result.graph.nodes.length).toBeGreaterThan(0);
  });
});

describe('readDataDir on broken files', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });
  const copyData = () => {
    dir = mkdtempSync(path.join(tmpdir(), 'graph-data-'));
    cpSync(paths.dataDir, dir, { recursive: true });
    return dir;
  };

  it('names the file, record, field and line of a quote that is not in its source', () => {
    const data = copyData();
    const file = path.join(data, 'documents/2015-05-party-groups-regulation.yaml');
    const text = readFileSync(file, 'utf8').replace(
      'quote: The meeting was presided over by Xi Jinping',
      'quote: The meeting was chaired by Xi Jinping',
    );
    writeFileSync(file, text);
    const line = text.split('\n').findIndex((l) => l.includes('chaired by')) + 1;
    const result = readDataDir(data);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map(formatIssue)).toEqual([
      `documents/2015-05-party-groups-regulation.yaml:${line}  relationships[2] "xi-jinping-presided-over-meeting-2015-05-29"  evidence[0].quote: quote not found verbatim in the text of source "cpe-working-paper-8-2"`,
    ]);
  });

  it('reports YAML syntax errors with their line', () => {
    const data = copyData();
    writeFileSync(path.join(data, 'documents/bad.yaml'), 'nodes:\n  - id: x\n   kind: [unclosed\n');
    const result = readDataDir(data);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues[0]?.file).toBe('documents/bad.yaml');
    expect(result.issues[0]?.line).toBeGreaterThan(0);
  });
});
