import { describe, expect, it } from 'vitest';
import { nearestInDirection } from '../src/graph/nearest-node';

//        top
//   left  •  right        (• = from, at 0,0)
//  far-left    below  far-below-right
const candidates = [
  { id: 'top', position: { x: 10, y: -100 } },
  { id: 'left', position: { x: -80, y: 5 } },
  { id: 'right', position: { x: 120, y: -10 } },
  { id: 'far-left', position: { x: -300, y: 60 } },
  { id: 'below', position: { x: 0, y: 90 } },
  { id: 'far-below-right', position: { x: 200, y: 250 } },
];
const from = { x: 0, y: 0 };

describe('moving between nodes with arrow keys', () => {
  it('goes to the nearest node in each direction', () => {
    expect(nearestInDirection(from, candidates, 'up')).toBe('top');
    expect(nearestInDirection(from, candidates, 'down')).toBe('below');
    expect(nearestInDirection(from, candidates, 'left')).toBe('left');
    expect(nearestInDirection(from, candidates, 'right')).toBe('right');
  });

  it('prefers a node in line over a nearer one off to the side, and stops at the edge', () => {
    const row = [
      { id: 'diagonal', position: { x: 40, y: 60 } },
      { id: 'in-line', position: { x: 100, y: 0 } },
    ];
    expect(nearestInDirection(from, row, 'right')).toBe('in-line');
    expect(nearestInDirection(from, row, 'left')).toBeUndefined();
  });
});
