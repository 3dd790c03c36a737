import { PARTY_CENTRE_ID } from '@pag/graph-seed';
import { nearestInDirection, type Direction } from './nearest-node';

const ARROWS: Readonly<Record<string, Direction>> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
};

/** Whether a key is one of the four arrows. */
export const isArrowKey = (key: string): boolean => key in ARROWS;

type Placed = { readonly id: string; readonly position: { x: number; y: number } };

/**
 * The node an arrow key selects: the nearest node that way from the selected one, or, with
 * none selected, the Party centre where lines of authority end (the topmost node when the
 * Party centre is not shown).
 */
export const nodeForArrowKey = (
  key: string,
  selectedId: string | undefined,
  nodes: readonly Placed[],
): string | undefined => {
  const direction = ARROWS[key];
  if (!direction) return undefined;
  const from = nodes.find((node) => node.id === selectedId);
  if (!from) {
    if (nodes.some((node) => node.id === PARTY_CENTRE_ID)) return PARTY_CENTRE_ID;
    const top = nodes.reduce<Placed | undefined>(
      (best, node) => (!best || node.position.y < best.position.y ? node : best),
      undefined,
    );
    return top?.id;
  }
  return nearestInDirection(
    from.position,
    nodes.filter((node) => node.id !== from.id),
    direction,
  );
};
