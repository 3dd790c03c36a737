import type { Selection, Trace } from './view-store';

/** The part of the view a shared link carries. */
export interface SharedView {
  readonly selection: Selection;
  readonly trace: Trace;
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Reads the view from a URL query (`?node=…&trace=up`, `?edge=…`); ignores what is malformed. */
export const readSharedView = (search: string): SharedView => {
  const params = new URLSearchParams(search);
  const node = params.get('node');
  const edge = params.get('edge');
  const direction = params.get('trace');
  const selection: Selection =
    node && ID.test(node)
      ? { kind: 'node', id: node }
      : edge && ID.test(edge)
        ? { kind: 'edge', id: edge }
        : null;
  const trace: Trace =
    selection?.kind === 'node' && (direction === 'up' || direction === 'down')
      ? { nodeId: selection.id, direction }
      : null;
  return { selection, trace };
};

/** Writes the view as a URL query, keeping any other parameters as they are. */
export const writeSharedView = (search: string, view: SharedView): string => {
  const params = new URLSearchParams(search);
  for (const key of ['node', 'edge', 'trace']) params.delete(key);
  const traced = view.trace ? { kind: 'node' as const, id: view.trace.nodeId } : view.selection;
  if (traced) params.set(traced.kind, traced.id);
  if (view.trace) params.set('trace', view.trace.direction);
  const query = params.toString();
  return query ? `?${query}` : '';
};
