import { create } from 'zustand';

export type Selection = { readonly kind: 'node' | 'edge'; readonly id: string } | null;
export type Trace = { readonly nodeId: string; readonly direction: 'up' | 'down' } | null;

interface ViewState {
  readonly selection: Selection;
  readonly trace: Trace;
  select(selection: Selection): void;
  traceFrom(nodeId: string, direction: 'up' | 'down'): void;
  clearTrace(): void;
}

/** What the person is looking at: the selected element and the traced lines of authority. */
export const useViewStore = create<ViewState>((set) => ({
  selection: null,
  trace: null,
  select: (selection) => set({ selection }),
  traceFrom: (nodeId, direction) =>
    set({ trace: { nodeId, direction }, selection: { kind: 'node', id: nodeId } }),
  clearTrace: () => set({ trace: null }),
}));
