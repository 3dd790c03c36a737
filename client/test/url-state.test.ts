import { describe, expect, it } from 'vitest';
import {
  citingVersion,
  readSharedView,
  writeSharedView,
  type SharedView,
} from '../src/view/url-state';
import { NO_FILTERS } from '../src/api/graph-filters';

const PLAIN: SharedView = {
  selection: null,
  trace: null,
  paths: null,
  basisScope: 'any',
  filters: NO_FILTERS,
  focus: null,
  layout: 'authority',
  edgeLabels: false,
  presentation: 'graph',
  filtersOpen: false,
  camera: null,
  pins: {},
  onlyChain: null,
  dataVersion: null,
};

describe('shared view in the URL', () => {
  it('cites the data version the view was made on, and ignores one that is not a version', () => {
    const cited: SharedView = {
      ...PLAIN,
      selection: { kind: 'node', id: 'cppcc' },
      dataVersion: '3f9c2a71b0de',
    };
    expect(writeSharedView('', cited)).toBe('?node=cppcc&v=3f9c2a71b0de');
    expect(readSharedView('?node=cppcc&v=3f9c2a71b0de')).toEqual(cited);
    expect(readSharedView('?node=cppcc&v=<script>').dataVersion).toBeNull();
  });

  it('round-trips a selected node with its trace, and a selected edge', () => {
    const traced: SharedView = {
      ...PLAIN,
      selection: { kind: 'node', id: 'cppcc' },
      trace: { nodeId: 'cppcc', direction: 'up' },
    };
    expect(writeSharedView('', traced)).toBe('?node=cppcc&trace=up');
    expect(readSharedView('?node=cppcc&trace=up')).toEqual(traced);
    const edge: SharedView = {
      ...PLAIN,
      selection: { kind: 'edge', id: 'cppcc-party-groups-lead-cppcc' },
    };
    expect(readSharedView(writeSharedView('', edge))).toEqual(edge);
  });

  it('round-trips filters, focus, layout and a path query', () => {
    const view: SharedView = {
      selection: { kind: 'node', id: 'social-organizations' },
      trace: null,
      paths: { from: 'social-organizations', to: 'cpc-central-committee', direction: 'up' },
      basisScope: 'documented',
      filters: {
        kinds: ['party-organ', 'governed-entity'],
        relTypes: ['LEADS', 'GOVERNS'],
        document: 'party-constitution',
        from: '2015-05',
        to: '2015-08-31',
      },
      focus: ['cpc-central-committee', 'social-organizations'],
      layout: 'force',
      edgeLabels: false,
      presentation: 'graph',
      filtersOpen: false,
      camera: null,
      pins: { 'social-organizations': { x: 12, y: -340 } },
      onlyChain: null,
      dataVersion: null,
    };
    const search = writeSharedView('', view);
    expect(search).toContain('pins=social-organizations:12:-340');
    expect(search).toContain('kinds=party-organ,governed-entity');
    expect(search).toContain('layout=force');
    expect(search).toContain('along=up');
    expect(search).toContain('basis=documented');
    expect(readSharedView(search)).toEqual(view);
  });

  it('carries a trace kept to provisions, and leaves out the scope that keeps every basis', () => {
    const view: SharedView = {
      ...PLAIN,
      selection: { kind: 'node', id: 'state-organs' },
      trace: { nodeId: 'state-organs', direction: 'up' },
      basisScope: 'provision',
    };
    const search = writeSharedView('', view);
    expect(search).toContain('basis=provision');
    expect(readSharedView(search)).toEqual(view);
    expect(writeSharedView('', { ...view, basisScope: 'any' })).not.toContain('basis');
  });

  it('keeps other parameters and clears its own when nothing is selected', () => {
    expect(writeSharedView('?lang=zh&node=x&trace=down&kinds=person', PLAIN)).toBe('?lang=zh');
  });

  it('ignores malformed values', () => {
    expect(
      readSharedView(
        '?node=Bad%20Id&trace=sideways&kinds=party-organ,planet&relTypes=LEADS&from=2015-13&layout=spiral&paths=a&basis=hearsay',
      ),
    ).toEqual({ ...PLAIN, filters: { ...NO_FILTERS, relTypes: ['LEADS'] } });
    expect(readSharedView('?node=cppcc&trace=sideways')).toEqual({
      ...PLAIN,
      selection: { kind: 'node', id: 'cppcc' },
    });
  });

  it('carries the camera, the relationship labels and the open panels, and only what is on', () => {
    const view: SharedView = {
      ...PLAIN,
      edgeLabels: true,
      presentation: 'outline',
      filtersOpen: true,
      camera: { zoom: 1.25, x: 340, y: -120 },
    };
    const search = writeSharedView('', view);
    expect(search).toBe('?labels=on&panels=filters,outline&camera=1.250,340,-120');
    expect(readSharedView(search)).toEqual(view);
    // Nothing open, nothing moved: nothing written, so a recipient gets the fitted view.
    expect(writeSharedView('', PLAIN)).toBe('');
  });

  it('ignores a camera that is not three numbers or zooms beyond what the canvas allows', () => {
    for (const camera of ['1,2', '1,2,3,4', 'a,1,2', '9,0,0', '0.01,0,0', 'Infinity,0,0', '1,,2'])
      expect(readSharedView(`?camera=${camera}`).camera).toBeNull();
  });

  it('carries the one chain shown alone, numbered from 1, and only with a trace or paths', () => {
    const view: SharedView = {
      ...PLAIN,
      selection: { kind: 'node', id: 'cppcc' },
      trace: { nodeId: 'cppcc', direction: 'down' },
      onlyChain: 2,
    };
    expect(writeSharedView('', view)).toBe('?node=cppcc&trace=down&chain=3');
    expect(readSharedView('?node=cppcc&trace=down&chain=3')).toEqual(view);
    expect(readSharedView('?node=cppcc&chain=3').onlyChain).toBeNull();
    for (const chain of ['0', '-1', '1.5', 'x', '501'])
      expect(readSharedView(`?node=cppcc&trace=up&chain=${chain}`).onlyChain).toBeNull();
  });
});

describe('citingVersion', () => {
  it('gives the view’s address citing the version shown, whatever the address bar cites', () => {
    const at = {
      origin: 'https://graph.example.org',
      pathname: '/',
      search: '?node=a&trace=up&v=74f7f5de537c',
      hash: '',
    };
    expect(citingVersion(at, '0a44dd5c1967')).toBe(
      'https://graph.example.org/?node=a&trace=up&v=0a44dd5c1967',
    );
    expect(citingVersion({ ...at, search: '?paths=a,b' }, '0a44dd5c1967')).toBe(
      'https://graph.example.org/?paths=a,b&v=0a44dd5c1967',
    );
    expect(citingVersion(at, null)).toBe('https://graph.example.org/?node=a&trace=up');
  });
});
