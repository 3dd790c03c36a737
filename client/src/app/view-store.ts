import { create } from 'zustand';

export type Selection = { readonly kind: 'node' | 'edge'; readonly id: string } | null;
export type Trace = { readonly nodeId: string; readonly direction: 'up' | 'down' } | null;
/** A quote to show in the stored text of its source. */
export type SourceView = { readonly sourceId: string; readonly quote: string } | null;

interface ViewState {
  readonly selection: Selection;
  readonly trace: Trace;
  readonly sourceView: SourceView;
  select(selection: Selection): void;
  showInSource(sourceView: SourceView): void;
  traceFrom(nodeId: string, direction: 'up' | 'down'): void;
  clearTrace(): void;
}

/** What the person is looking at: the selected element and the traced lines of authority. */
export const useViewStore = create<ViewState>((set) => ({
  selection: null,
  trace: null,
  sourceView: null,
  select: (selection) => set({ selection }),
  showInSource: (sourceView) => set({ sourceView }),
  traceFrom: (nodeId, direction) =>
    set({ trace: { nodeId, direction }, selection: { kind: 'node', id: nodeId } }),
  clearTrace: () => set({ trace: null }),
}));
