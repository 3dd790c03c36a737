import { beforeEach, describe, expect, it } from 'vitest';
import { NO_FILTERS } from '../src/api/graph-filters';
import { useViewStore } from '../src/view/view-store';

const initial = useViewStore.getState();
const view = () => useViewStore.getState();

describe('the view model', () => {
  beforeEach(() => useViewStore.setState(initial, true));

  it('undoes filter and focus changes one step at a time, back to the start', () => {
    view().setFilters({ ...NO_FILTERS, kinds: ['party-organ'] });
    view().setFocus(['cppcc', 'cppcc-party-groups']);
    view().setFilters({ ...NO_FILTERS, relTypes: ['LEADS'] });
    expect(view().filters.relTypes).toEqual(['LEADS']);

    view().undo();
    expect(view().filters).toEqual({ ...NO_FILTERS, kinds: ['party-organ'] });
    expect(view().focus).toEqual(['cppcc', 'cppcc-party-groups']);
    view().undo();
    expect(view().focus).toBeNull();
    view().undo();
    expect(view().filters).toEqual(NO_FILTERS);
    expect(view().undoStack).toEqual([]);
    // Nothing left to undo: nothing changes.
    view().undo();
    expect(view().filters).toEqual(NO_FILTERS);
  });

  it('does not count selection, trace, layout or labels as steps to undo', () => {
    view().select({ kind: 'node', id: 'cppcc' });
    view().traceFrom('cppcc', 'up');
    view().setLayout('force');
    view().setEdgeLabels(true);
    expect(view().undoStack).toEqual([]);
  });

  it('remembers at most fifty steps', () => {
    for (let i = 0; i < 60; i++) view().setFocus([`node-${i}`]);
    expect(view().undoStack).toHaveLength(50);
    expect(view().undoStack[0]?.focus).toEqual(['node-9']);
  });

  it('traces from a node by selecting it, and a trace and a path query exclude each other', () => {
    view().findPaths({ from: 'a', to: 'b', direction: 'any' });
    view().traceFrom('cppcc', 'down');
    expect(view()).toMatchObject({
      trace: { nodeId: 'cppcc', direction: 'down' },
      paths: null,
      selection: { kind: 'node', id: 'cppcc' },
    });
    view().findPaths({ from: 'cppcc', to: null, direction: 'up' });
    expect(view().trace).toBeNull();
    view().clearTrace();
    expect(view()).toMatchObject({ trace: null, paths: null });
  });

  it('redoes what was undone, until a new change', () => {
    view().setFocus(['a']);
    view().setFocus(['a', 'b']);
    view().undo();
    view().undo();
    expect(view().focus).toBeNull();
    view().redo();
    expect(view().focus).toEqual(['a']);
    view().redo();
    expect(view().focus).toEqual(['a', 'b']);
    expect(view().redoStack).toEqual([]);
    view().undo();
    view().setFocus(['c']);
    // A new change ends the line that was undone.
    expect(view().redoStack).toEqual([]);
    view().redo();
    expect(view().focus).toEqual(['c']);
  });

  it('records only real changes: setting the same filters or focus again is no step', () => {
    view().setFocus(['a', 'b']);
    view().setFocus(['a', 'b']);
    view().setFilters({ ...NO_FILTERS });
    expect(view().undoStack).toHaveLength(1);
  });

  it('while the second node of a path query is being chosen, selecting a node chooses it', () => {
    view().findPaths({ from: 'a', to: null, direction: 'up' });
    view().select({ kind: 'node', id: 'a' });
    expect(view().paths).toEqual({ from: 'a', to: null, direction: 'up' });
    view().select({ kind: 'node', id: 'b' });
    expect(view().paths).toEqual({ from: 'a', to: 'b', direction: 'up' });
    // Once chosen, selecting another node reads it and leaves the paths as they are.
    view().select({ kind: 'node', id: 'c' });
    expect(view().paths).toEqual({ from: 'a', to: 'b', direction: 'up' });
  });

  it('shows one chain alone until another trace, path query or basis asks for new chains', () => {
    view().traceFrom('cppcc', 'down');
    view().showOnlyChain(2);
    expect(view().onlyChain).toBe(2);
    view().setBasisScope('provision');
    expect(view().onlyChain).toBeNull();
    view().showOnlyChain(1);
    view().traceFrom('cppcc', 'up');
    expect(view().onlyChain).toBeNull();
  });
});
