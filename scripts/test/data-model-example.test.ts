import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatIssue, readDataDir } from '../src/graph/read-data-dir';
import { paths, repoRoot } from '../src/lib/paths';

/** The worked example in docs/data-model.md must stay a valid data file. */
describe('the worked example in docs/data-model.md', () => {
  const doc = readFileSync(path.join(repoRoot, 'docs/data-model.md'), 'utf8');
  const section = doc.slice(doc.indexOf('### Worked example'));
  const yaml = /```yaml\n([\s\S]*?)```/.exec(section)?.[1];
  const paperText = /says: _"([\s\S]*?)"_/.exec(section)?.[1];
  const dir = mkdtempSync(path.join(tmpdir(), 'graph-example-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('adds a document to the seed graph with one file, and validates', () => {
    expect(yaml).toBeDefined();
    expect(paperText).toBeDefined();
    cpSync(paths.dataDir, dir, { recursive: true });
    writeFileSync(path.join(dir, 'texts/example-paper.md'), paperText ?? '');
    writeFileSync(
      path.join(dir, 'documents/2015-09-social-organization-party-building.yaml'),
      yaml ?? '',
    );
    const result = readDataDir(dir);
    if (!result.ok) throw new Error(result.issues.map(formatIssue).join('\n'));
    expect(result.graph.nodes.map((n) => n.id)).toContain(
      'opinion-social-organization-party-building-2015',
    );
  });
});
