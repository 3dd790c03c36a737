import type { BasisScope, PathDirection, TraceDirection } from '@pag/graph-seed';
import { create } from 'zustand';
import type { Camera } from '../graph/camera';
import { MAX_PINS, type Pins } from '../graph/pins';
import type { Focus } from '../graph/focus';
import { NO_FILTERS, type Filters } from '../api/graph-filters';

export type Selection = { readonly kind: 'node' | 'edge'; readonly id: string } | null;
export type Trace = { readonly nodeId: string; readonly direction: TraceDirection } | null;
/**
 * Two nodes to find the paths between, and which relationships the paths may follow; `to`
 * is null while the second node is being chosen.
 */
export type PathQuery = {
  readonly from: string;
  readonly to: string | null;
  readonly direction: PathDirection;
} | null;
/** A quote to show in the stored text of its source. */
export type SourceView = { readonly sourceId: string; readonly quote: string } | null;
/** Top-down lines of authority, or a force-directed layout. */
export type LayoutName = 'authority' | 'force';
/** How the current graph is shown: the canvas, or an outline list screen readers can read. */
export type Presentation = 'graph' | 'outline';
export type { Camera } from '../graph/camera';

/** What undo restores: the shown part of the graph. */
interface Scope {
  readonly filters: Filters;
  readonly focus: Focus;
}

interface ViewState extends Scope {
  readonly selection: Selection;
  readonly trace: Trace;
  readonly paths: PathQuery;
  /** Which bases every hop of a traced chain or found path must rest on. */
  readonly basisScope: BasisScope;
  readonly sourceView: SourceView;
  /** The one traced chain or found path shown alone (its index), or null for all. */
  readonly onlyChain: number | null;
  readonly layout: LayoutName;
  readonly edgeLabels: boolean;
  readonly presentation: Presentation;
  readonly filtersOpen: boolean;
  readonly camera: Camera;
  /** Nodes the person dragged into place, which every layout leaves there. */
  readonly pins: Pins;
  /**
   * The data version the address bar cites: the one the opened link was made on until the
   * view changes, then the one shown.
   */
  readonly dataVersion: string | null;
  /** The version the opened link cited, while a notice says what changed since it. */
  readonly linkVersion: string | null;
  /** Earlier scopes, most recent last. */
  readonly undoStack: readonly Scope[];
  /** Scopes undone, most recently undone last; a new change clears them. */
  readonly redoStack: readonly Scope[];
  readonly select: (selection: Selection) => void;
  readonly showInSource: (sourceView: SourceView) => void;
  readonly showOnlyChain: (index: number | null) => void;
  readonly traceFrom: (nodeId: string, direction: TraceDirection) => void;
  readonly clearTrace: () => void;
  readonly findPaths: (paths: PathQuery) => void;
  readonly setBasisScope: (scope: BasisScope) => void;
  readonly setFilters: (filters: Filters) => void;
  readonly setFocus: (focus: Focus) => void;
  readonly undo: () => void;
  readonly redo: () => void;
  readonly setLayout: (layout: LayoutName) => void;
  readonly setEdgeLabels: (on: boolean) => void;
  readonly setPresentation: (presentation: Presentation) => void;
  readonly setFiltersOpen: (open: boolean) => void;
  readonly setCamera: (camera: Camera) => void;
  readonly pin: (id: string, position: { x: number; y: number }) => void;
  readonly unpin: (id: string) => void;
  /** Has the address bar cite a data version (the one shown, once it is known). */
  readonly citeVersion: (version: string) => void;
  /** Cites the version shown and closes the notice about the opened link's version. */
  readonly citeShown: (version: string) => void;
}

const UNDO_DEPTH = 50;

const sameScope = (a: Scope, b: Scope) =>
  JSON.stringify([a.filters, a.focus]) === JSON.stringify([b.filters, b.focus]);

const scopeOf = (state: Scope): Scope => ({ filters: state.filters, focus: state.focus });

/**
 * What the person is looking at: what is shown (filters and focus, with undo), how, the
 * selected element and the traced lines of authority or paths.
 */
export const useViewStore = create<ViewState>((set) => {
  /** Changes the scope, remembering the one before for undo; a change to the same is none. */
  const changeScope = (next: Partial<Scope>) =>
    set((state) => {
      if (sameScope(state, { ...scopeOf(state), ...next })) return {};
      return {
        ...next,
        undoStack: [...state.undoStack.slice(-UNDO_DEPTH + 1), scopeOf(state)],
        redoStack: [],
      };
    });
  return {
    selection: null,
    trace: null,
    paths: null,
    basisScope: 'any',
    sourceView: null,
    onlyChain: null,
    filters: NO_FILTERS,
    focus: null,
    layout: 'authority',
    edgeLabels: false,
    presentation: 'graph',
    filtersOpen: false,
    camera: null,
    pins: {},
    dataVersion: null,
    linkVersion: null,
    undoStack: [],
    redoStack: [],
    // While the second node of a path query is being chosen, choosing a node chooses it.
    select: (selection) =>
      set((state) =>
        state.paths && state.paths.to === null && selection?.kind === 'node'
          ? selection.id === state.paths.from
            ? { selection }
            : { selection, paths: { ...state.paths, to: selection.id } }
          : { selection },
      ),
    showInSource: (sourceView) => set({ sourceView }),
    showOnlyChain: (onlyChain) => set({ onlyChain }),
    // Other chains, other indexes: a new trace or path query shows all its chains.
    traceFrom: (nodeId, direction) =>
      set({
        trace: { nodeId, direction },
        paths: null,
        onlyChain: null,
        selection: { kind: 'node', id: nodeId },
      }),
    clearTrace: () => set({ trace: null, paths: null, onlyChain: null }),
    findPaths: (paths) => set({ paths, trace: null, onlyChain: null }),
    setBasisScope: (basisScope) => set({ basisScope, onlyChain: null }),
    setFilters: (filters) => changeScope({ filters }),
    setFocus: (focus) => changeScope({ focus }),
    undo: () =>
      set((state) => {
        const previous = state.undoStack.at(-1);
        if (!previous) return {};
        return {
          ...previous,
          undoStack: state.undoStack.slice(0, -1),
          redoStack: [...state.redoStack, scopeOf(state)],
        };
      }),
    redo: () =>
      set((state) => {
        const next = state.redoStack.at(-1);
        if (!next) return {};
        return {
          ...next,
          redoStack: state.redoStack.slice(0, -1),
          undoStack: [...state.undoStack, scopeOf(state)],
        };
      }),
    setLayout: (layout) => set({ layout }),
    setEdgeLabels: (edgeLabels) => set({ edgeLabels }),
    setPresentation: (presentation) => set({ presentation }),
    setFiltersOpen: (filtersOpen) => set({ filtersOpen }),
    setCamera: (camera) => set({ camera }),
    pin: (id, position) =>
      set((state) =>
        Object.keys(state.pins).length >= MAX_PINS && !(id in state.pins)
          ? {}
          : { pins: { ...state.pins, [id]: { x: position.x, y: position.y } } },
      ),
    unpin: (id) =>
      set((state) => {
        if (!(id in state.pins)) return {};
        return {
          pins: Object.fromEntries(Object.entries(state.pins).filter(([key]) => key !== id)),
        };
      }),
    citeVersion: (dataVersion) => set({ dataVersion }),
    citeShown: (dataVersion) => set({ dataVersion, linkVersion: null }),
  };
});
