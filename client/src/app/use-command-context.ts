import { useMemo, useState, type RefObject } from 'react';
import type { GraphElements } from '@pag/graph-seed';
import type { CommandContext, ExportFormat } from '../actions/commands';
import type { GraphHandle } from '../components/GraphCanvas';
import { collapseFocus, collapsibleCount, expandFocus, hiddenNeighbourCount } from '../graph/focus';
import { useViewStore } from '../view/view-store';

interface CommandInputs {
  /** The graph the filters let through, before any focus. */
  readonly filtered: GraphElements | undefined;
  readonly hasGraph: boolean;
  readonly focusSearch: () => void;
  readonly exportAs: (format: ExportFormat) => void;
  /** The graph view, for zooming. */
  readonly canvas: RefObject<GraphHandle | null>;
}

/**
 * The commands' view of the app: the state they read and the actions they take, built
 * from the view store. Also owns the panels that commands open and close.
 */
export const useCommandContext = ({
  filtered,
  hasGraph,
  focusSearch,
  exportAs,
  canvas,
}: CommandInputs) => {
  const store = useViewStore();
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  const [aboutOpen, setAboutOpen] = useState(false);
  const { selection, focus, filtersOpen } = store;
  const selectedNode = selection?.kind === 'node' ? selection.id : undefined;

  const context: CommandContext = useMemo(() => {
    const graph = filtered ?? { nodes: [], edges: [], truncated: false };
    return {
      selection,
      trace: store.trace,
      paths: store.paths,
      focus,
      hasGraph,
      canUndo: store.undoStack.length > 0,
      canRedo: store.redoStack.length > 0,
      canExpand: selectedNode !== undefined && hiddenNeighbourCount(graph, focus, selectedNode) > 0,
      canCollapse: selectedNode !== undefined && collapsibleCount(graph, focus, selectedNode) > 0,
      filtersOpen,
      edgeLabels: store.edgeLabels,
      forceLayout: store.layout === 'force',
      outline: store.presentation === 'outline',
      traceFrom: store.traceFrom,
      startPaths: (nodeId) => store.findPaths({ from: nodeId, to: null, direction: 'authority' }),
      clearTrace: store.clearTrace,
      focusOn: (nodeId) => store.setFocus(expandFocus(graph, [], nodeId)),
      expand: (nodeId) => store.setFocus(expandFocus(graph, focus, nodeId)),
      collapse: (nodeId) => store.setFocus(collapseFocus(graph, focus, nodeId)),
      showAll: () => store.setFocus(null),
      undo: store.undo,
      redo: store.redo,
      focusSearch,
      toggleFilters: () => store.setFiltersOpen(!filtersOpen),
      toggleEdgeLabels: () => store.setEdgeLabels(!store.edgeLabels),
      toggleLayout: () => store.setLayout(store.layout === 'force' ? 'authority' : 'force'),
      toggleOutline: () =>
        store.setPresentation(store.presentation === 'outline' ? 'graph' : 'outline'),
      showShortcuts: () => setShortcutsOpen(true),
      showAbout: () => setAboutOpen(true),
      zoomBy: (factor) => canvas.current?.zoomBy(factor),
      fitView: () => canvas.current?.fit(),
      exportAs,
    };
  }, [
    store,
    filtered,
    hasGraph,
    focus,
    selection,
    selectedNode,
    filtersOpen,
    focusSearch,
    exportAs,
    canvas,
  ]);

  return {
    context,
    filtersOpen,
    shortcutsOpen,
    closeShortcuts: () => setShortcutsOpen(false),
    aboutOpen,
    closeAbout: () => setAboutOpen(false),
  };
};
