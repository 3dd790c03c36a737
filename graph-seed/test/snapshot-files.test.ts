import { describe, expect, it } from 'vitest';
import { snapshotFile } from '../src/api/snapshot-files';

describe('snapshotFile', () => {
  it('names the file of every answer a static site holds', () => {
    expect(snapshotFile('/api/meta')).toBe('api/meta.json');
    expect(snapshotFile('/api/graph')).toBe('api/graph.json');
    expect(snapshotFile('/api/versions')).toBe('api/versions.json');
    expect(snapshotFile('/api/versions/0a44dd5c1967/changes')).toBe(
      'api/versions/0a44dd5c1967/changes.json',
    );
    expect(snapshotFile('/api/nodes/social-organizations')).toBe(
      'api/nodes/social-organizations.json',
    );
    expect(snapshotFile('/api/edges/a-leads-b')).toBe('api/edges/a-leads-b.json');
    expect(snapshotFile('/api/sources/cpe-working-paper-8-2')).toBe(
      'api/sources/cpe-working-paper-8-2.json',
    );
  });

  it('names a trace by its direction and its bases, in any order', () => {
    expect(snapshotFile('/api/authority/x?direction=up')).toBe('api/authority/x/up.json');
    expect(snapshotFile('/api/authority/x?direction=down&basis=provision')).toBe(
      'api/authority/x/down.provision.json',
    );
    expect(
      snapshotFile('/api/authority/x?direction=up&basis=title-inference,provision,official-report'),
    ).toBe('api/authority/x/up.official-report_provision_title-inference.json');
    expect(
      snapshotFile('/api/authority/x?direction=up&basis=title-inference,provision,official-report'),
    ).toBe(
      snapshotFile('/api/authority/x?basis=provision,official-report,title-inference&direction=up'),
    );
  });

  it('holds no filtered graph, paths, search, or anything that is not a plain id', () => {
    for (const url of [
      '/api/graph?kinds=party-organ',
      '/api/paths?from=a&to=b',
      '/api/search?q=x',
      '/api/nodes/..%2F..%2Fetc%2Fpasswd',
      '/api/nodes/a/b',
      '/api/nodes/a?x=1',
      '/api/authority/x',
      '/api/authority/x?direction=sideways',
      '/api/authority/x?direction=up&basis=rumour',
      '/api/authority/x?direction=up&maxDepth=3',
      '/api/versions/not-hex/changes',
      '/api/nodes/%E0%A4%A',
      '/other/meta',
    ]) {
      expect(snapshotFile(url), url).toBeNull();
    }
  });
});
