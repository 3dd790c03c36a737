import { copyFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { formatIssue, readDataDir } from '../src/graph/read-data-dir';

const fixtures = path.dirname(fileURLToPath(import.meta.url)) + '/fixtures';

const made: string[] = [];

/** The minimal valid graph plus one deliberately broken file. */
const withBrokenFile = (name: string): string => {
  const dir = mkdtempSync(path.join(tmpdir(), 'graph-fixture-'));
  made.push(dir);
  cpSync(path.join(fixtures, 'minimal'), dir, { recursive: true });
  if (name) copyFileSync(path.join(fixtures, 'broken', name), path.join(dir, name));
  return dir;
};

const issuesFor = (name: string) => {
  const result = readDataDir(withBrokenFile(name));
  return result.ok ? [] : result.issues.map(formatIssue);
};

describe('deliberately broken data files', () => {
  afterEach(() => {
    for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('the minimal fixture itself is valid', () => {
    expect(issuesFor('')).toEqual([]);
  });

  it.each([
    [
      'missing-source.yaml',
      'missing-source.yaml:6  nodes[0] "people-s-organizations"  evidence: needs at least one piece of evidence',
    ],
    [
      'quote-not-in-source.yaml',
      'quote-not-in-source.yaml:12  relationships[0] "centre-leads-social-organizations"  evidence[0].quote: quote not found verbatim in the text of source "paper"',
    ],
    [
      'dangling-endpoint.yaml',
      'dangling-endpoint.yaml:6  relationships[0] "party-groups-lead-unions"  target: unknown node "unions"',
    ],
    [
      'duplicate-id.yaml',
      // Files are read in name order, so the fixture's record is met first.
      'graph.yaml:25  nodes[2] "social-organizations"  id: duplicate id "social-organizations", first used in duplicate-id.yaml nodes[0]',
    ],
    [
      'bad-date.yaml',
      'bad-date.yaml:7  nodes[0] "regulation-2015"  date: is not a real calendar date',
    ],
    [
      'bidi-override.yaml',
      'bidi-override.yaml:5  nodes[0] "social-organizations-spoofed"  name: holds the invisible control character U+202E at position 8: remove it (it changes how the text reads or what a spreadsheet does with it)',
    ],
    [
      'script-url.yaml',
      'script-url.yaml:7  nodes[0] "regulation-2015"  url: must be an http:// or https:// address, without spaces',
    ],
  ])('%s is refused with file, line, record and field', (name, expected) => {
    expect(issuesFor(name)).toEqual([expected]);
  });
});
