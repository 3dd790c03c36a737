import { describe, expect, it } from 'vitest';
import { exportFileName, subjectSlug } from '../src/export/file-name';

describe('export file names', () => {
  it('say what the export shows and when', () => {
    expect(exportFileName(subjectSlug(null), '2026-11-29')).toBe(
      'party-authority-graph-whole-2026-11-29',
    );
    expect(subjectSlug({ kind: 'trace', nodeId: 'cppcc', direction: 'down' })).toBe(
      'trace-down-cppcc',
    );
    expect(subjectSlug({ kind: 'paths', from: 'a', to: 'b', direction: 'any' })).toBe('paths-a-b');
    expect(subjectSlug({ kind: 'paths', from: 'a', to: 'b', direction: 'up' })).toBe(
      'paths-up-a-b',
    );
  });
});
