import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isAuthority } from '@pag/graph-seed';
import { auditSheet } from '../src/graph/audit-sheet';
import { readDataDir } from '../src/graph/read-data-dir';
import { paths, repoRoot } from '../src/lib/paths';

const CHECKED_IN = path.join(repoRoot, 'docs/audit.md');

describe("the reviewer's audit sheet", () => {
  const result = readDataDir(paths.dataDir);
  if (!result.ok) throw new Error('the seed data must be valid');
  const sheet = auditSheet(result.graph);

  it('matches the checked-in docs/audit.md, so a changed claim shows in review as a diff', () => {
    const message =
      'the seed data changed a line of authority: review it, then run `pnpm graph audit --out docs/audit.md`';
    expect(sheet, message).toBe(readFileSync(CHECKED_IN, 'utf8'));
  });

  it('lists every line of authority once, with basis, modality and every quote', () => {
    const lines = result.graph.relationships.filter((r) => isAuthority(r.type));
    const headings = [...sheet.matchAll(/^### \d+\. `([\w-]+)`$/gm)].map((m) => m[1]);
    expect(new Set(headings).size).toBe(headings.length);
    expect(headings.sort()).toEqual(lines.map((r) => r.id).sort());
    const provides = sheet.slice(
      sheet.indexOf('`party-constitution-provides-group-in-state-organs`'),
    );
    expect(provides).toMatch(
      /\*\*Basis:\*\* the document's own provision · \*\*Modality:\*\* a permission \(may\)/,
    );
    expect(provides).toMatch(/> .*may be formed/);
  });

  it('ends with the reach of the Party centre, naming each weakest link', () => {
    expect(sheet).toContain('## Reach of the Party centre');
    expect(sheet).toMatch(
      /\| Social organizations \(社会组织\) `social-organizations` \| 4 \| `regulation-party-groups-2015-provides-group-in-social-organizations` \| the paper's author's reading \| an obligation \(must\) \|/,
    );
    expect(sheet).toMatch(
      /- Enterprises \(企业\) `enterprises`: The paper names only the Party organizations/,
    );
  });
});
