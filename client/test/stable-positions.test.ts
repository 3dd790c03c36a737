import { describe, expect, it } from 'vitest';
import { readPins, writePins } from '../src/graph/pins';
import { stablePositions } from '../src/graph/stable-positions';

const fresh = {
  a: { x: 0, y: 0 },
  b: { x: 100, y: 0 },
  c: { x: 200, y: 0 },
};

describe('stablePositions', () => {
  it('keeps the places of nodes seen before and moves new ones as the kept ones moved', () => {
    const remembered = new Map([
      ['a', { x: 50, y: 500 }],
      ['b', { x: 150, y: 500 }],
    ]);
    expect(stablePositions(fresh, remembered, {})).toEqual({
      a: { x: 50, y: 500 },
      b: { x: 150, y: 500 },
      c: { x: 250, y: 500 },
    });
  });

  it('lays out afresh when most nodes are new', () => {
    const remembered = new Map([['a', { x: 50, y: 500 }]]);
    expect(stablePositions(fresh, remembered, {})).toEqual(fresh);
  });

  it('puts pinned nodes where they were pinned, whatever else happens', () => {
    const positions = stablePositions(fresh, new Map(), { b: { x: -7, y: 9 } });
    expect(positions.b).toEqual({ x: -7, y: 9 });
    expect(positions.a).toEqual(fresh.a);
  });
});

describe('pins in a link', () => {
  it('round-trip as id:x:y, whole coordinates', () => {
    const pins = { 'cpc-central-committee': { x: 10.4, y: -20.6 }, unions: { x: 0, y: 3 } };
    const written = writePins(pins);
    expect(written).toBe('cpc-central-committee:10:-21,unions:0:3');
    expect(readPins(written)).toEqual({
      'cpc-central-committee': { x: 10, y: -21 },
      unions: { x: 0, y: 3 },
    });
  });

  it('ignore malformed entries', () => {
    expect(readPins('ok:1:2,Bad_Id:1:2,a::3,b:1,c:1:2:3,d:x:1,e:1e9:0,f:Infinity:0,:1:2')).toEqual({
      ok: { x: 1, y: 2 },
    });
    expect(readPins(null)).toEqual({});
  });
});
