import { describe, expect, it } from 'vitest';
import { collidingNames, type NameBox } from '../src/graph/label-declutter';

const box = (id: string, x: number, y: number, priority = 2, keep = false): NameBox => ({
  id,
  x1: x,
  x2: x + 100,
  y1: y,
  y2: y + 20,
  priority,
  keep,
});

describe('collidingNames', () => {
  it('leaves nothing out where no names touch', () => {
    expect(collidingNames([box('a', 0, 0), box('b', 110, 0), box('c', 0, 30)])).toEqual(new Set());
  });

  it('leaves out the lesser of two names that overlap, whichever comes first', () => {
    const organ = box('organ', 0, 0, 2);
    const org = box('org', 50, 10, 1);
    expect(collidingNames([organ, org])).toEqual(new Set(['org']));
    expect(collidingNames([org, organ])).toEqual(new Set(['org']));
  });

  it('of equals in a row, keeps every other one from the left', () => {
    const row = Array.from({ length: 6 }, (_, i) => box(`p${i}`, i * 60, 0));
    expect(collidingNames(row)).toEqual(new Set(['p1', 'p3', 'p5']));
  });

  it('counts a gap narrower than asked between a name and the one beneath it as touching', () => {
    expect(collidingNames([box('a', 0, 0), box('b', 0, 21)], 2)).toEqual(new Set(['b']));
    expect(collidingNames([box('a', 0, 0), box('b', 0, 23)], 2)).toEqual(new Set());
  });

  it('counts boxes side by side as colliding once they overlap or come within the gap, wrapped or not', () => {
    // A wrapped name's widest line fills its box, and stands level with its neighbour's.
    expect(collidingNames([box('a', 0, 0), box('b', 99, 0)])).toEqual(new Set(['b']));
    expect(collidingNames([box('a', 0, 0), box('b', 101, 0)])).toEqual(new Set(['b']));
    expect(collidingNames([box('a', 0, 0), box('b', 103, 0)])).toEqual(new Set());
  });

  it('never leaves out a name in focus: others give way to it, and two in focus both stay', () => {
    const selected = box('selected', 40, 5, 1, true);
    const traced = box('traced', 500, 0, 1, true);
    const alsoTraced = box('also-traced', 520, 10, 1, true);
    const centre = box('centre', 0, 0, 3);
    const organ = box('organ', 450, 0, 2);
    expect(collidingNames([centre, organ, selected, traced, alsoTraced])).toEqual(
      new Set(['centre', 'organ']),
    );
  });

  it('counts the gap across the borders of its grid', () => {
    const above = { ...box('above', 0, 0), y1: 179.5, y2: 199.5 };
    const below = { ...box('below', 0, 0), y1: 200.5, y2: 220.5 };
    expect(collidingNames([above, below])).toEqual(new Set(['below']));
    const left = { ...box('left', 0, 0), x1: 99.5, x2: 199.5 };
    const right = { ...box('right', 0, 0), x1: 200.5, x2: 300.5 };
    expect(collidingNames([left, right])).toEqual(new Set(['right']));
  });

  // Before the guard, each of these boxes looped over its grid squares without end.
  it('skips a box with no finite place, and compares a huge one with every name', () => {
    const huge = { ...box('huge', 0, 0, 3), x1: -1e19, x2: 1e19, y1: -1e7, y2: 1e7 };
    const nowhere = { ...box('nowhere', 0, 0, 3), x2: Infinity };
    const lost = { ...box('lost', 0, 0, 3), y1: NaN };
    const left = collidingNames([huge, nowhere, lost, box('a', 5_000, 300), box('b', -7e6, 0)]);
    expect(left).toEqual(new Set(['a', 'b']));
  });

  it('finds collisions across the cells of its grid, far from the origin and below it', () => {
    const names = [box('a', 1990, -210), box('b', 2050, -200), box('c', -5000, 7000)];
    expect(collidingNames(names)).toEqual(new Set(['b']));
  });
});
