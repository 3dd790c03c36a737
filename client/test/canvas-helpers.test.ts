import { PARTY_CENTRE_ID } from '@pag/graph-seed';
import { describe, expect, it } from 'vitest';
import { nodeForArrowKey } from '../src/graph/arrow-keys';
import { edgeTip, nodeTip } from '../src/graph/hover-tip';

const party = { name: "Leading Party members' groups", nameZh: '党组' };
const orgs = { name: 'Social organizations', nameZh: null };

describe('hover tips', () => {
  it('name a node in the language shown, with the other language beneath', () => {
    expect(nodeTip(party, 'en')).toEqual({ text: "Leading Party members' groups", detail: '党组' });
    expect(nodeTip(party, 'zh')).toEqual({ text: '党组', detail: "Leading Party members' groups" });
    expect(nodeTip(orgs, 'zh')).toEqual({ text: 'Social organizations', detail: null });
  });

  it('read a relationship along its arrow, with the Chinese object inside the verb', () => {
    expect(edgeTip('LEADS', party, orgs, 'en').text).toBe(
      "Leading Party members' groups lead Social organizations",
    );
    expect(edgeTip('MUST_ACCEPT_LEADERSHIP_OF', orgs, party, 'zh').text).toBe(
      'Social organizations 必须接受 党组 的领导',
    );
  });
});

describe('arrow keys on the canvas', () => {
  const nodes = [
    { id: 'centre', position: { x: 0, y: 0 } },
    { id: 'left', position: { x: -100, y: 100 } },
    { id: 'right', position: { x: 100, y: 100 } },
  ];

  it('start at the topmost node when nothing is selected', () => {
    expect(nodeForArrowKey('ArrowDown', undefined, nodes)).toBe('centre');
    expect(nodeForArrowKey('ArrowLeft', 'an-edge', nodes)).toBe('centre');
  });

  it('start at the Party centre when it is shown, wherever it is placed', () => {
    const withCentre = [...nodes, { id: PARTY_CENTRE_ID, position: { x: 0, y: 200 } }];
    expect(nodeForArrowKey('ArrowDown', undefined, withCentre)).toBe(PARTY_CENTRE_ID);
  });

  it('move to the nearest node that way, and ignore other keys', () => {
    expect(nodeForArrowKey('ArrowRight', 'left', nodes)).toBe('right');
    expect(nodeForArrowKey('ArrowUp', 'right', nodes)).toBe('centre');
    expect(nodeForArrowKey('ArrowUp', 'centre', nodes)).toBeUndefined();
    expect(nodeForArrowKey('Enter', 'centre', nodes)).toBeUndefined();
  });
});
