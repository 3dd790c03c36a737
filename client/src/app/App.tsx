import { useCallback, useMemo, useRef, useState } from 'react';
import type { CommandContext } from '../actions/commands';
import { useAuthorityQuery, useGraphQuery } from '../api/queries';
import { EdgeDetails } from '../components/EdgeDetails';
import { GraphCanvas } from '../components/GraphCanvas';
import { Legend } from '../components/Legend';
import { NodeDetails } from '../components/NodeDetails';
import { SearchBox } from '../components/SearchBox';
import { SourceViewer } from '../components/SourceViewer';
import { StatusBanner } from '../components/StatusBanner';
import { Toolbar } from '../components/Toolbar';
import { TracePanel } from '../components/TracePanel';
import { toHighlight } from '../graph/trace-highlight';
import { useShortcuts } from './use-shortcuts';
import { useUrlSync } from './use-url-sync';
import { useViewStore } from './view-store';

/** The explorer: search and commands, the graph, and a side column for what is selected. */
export const App = () => {
  const graphQuery = useGraphQuery();
  const { selection, trace, sourceView, select, traceFrom, clearTrace, showInSource } =
    useViewStore();
  const traceQuery = useAuthorityQuery(trace);
  const [laidOut, setLaidOut] = useState(false);
  const onReady = useCallback(() => setLaidOut(true), []);
  const searchRef = useRef<HTMLInputElement>(null);

  const highlight = useMemo(
    () => (trace && traceQuery.data ? toHighlight(traceQuery.data) : null),
    [trace, traceQuery.data],
  );
  const context: CommandContext = useMemo(
    () => ({
      selection,
      trace,
      traceFrom,
      clearTrace,
      focusSearch: () => searchRef.current?.focus(),
    }),
    [selection, trace, traceFrom, clearTrace],
  );
  useShortcuts(context);
  useUrlSync();

  const graph = graphQuery.data;
  return (
    <div className="app">
      <header className="app-header">
        <h1>
          Party Authority Graph <span lang="zh">党的领导关系图谱</span>
        </h1>
        <SearchBox ref={searchRef} onChoose={(id) => select({ kind: 'node', id })} />
        <Toolbar context={context} />
        {graph && (
          <p className="app-summary">
            {graph.nodes.length} nodes · {graph.edges.length} relationships
          </p>
        )}
      </header>
      <main className="app-main" aria-busy={graphQuery.isPending || !laidOut}>
        {graphQuery.error && (
          <StatusBanner
            message={`The graph could not be loaded: ${graphQuery.error.message}`}
            onRetry={() => void graphQuery.refetch()}
          />
        )}
        {graphQuery.isPending && (
          <p className="placeholder" role="status">
            Loading the graph…
          </p>
        )}
        {graph && graph.nodes.length === 0 && (
          <p className="placeholder" role="status">
            The graph is empty. Load the seed data with <code>pnpm graph load</code>.
          </p>
        )}
        {graph && graph.nodes.length > 0 && (
          <div className="graph-area" data-ready={laidOut}>
            <GraphCanvas
              graph={graph}
              selection={selection}
              highlight={highlight}
              onSelect={select}
              onReady={onReady}
            />
            <aside className="side" aria-label="Details">
              {trace && <TracePanel trace={trace} result={traceQuery} onClear={clearTrace} />}
              {!trace && selection?.kind === 'node' && (
                <NodeDetails nodeId={selection.id} onSelect={select} />
              )}
              {!trace && selection?.kind === 'edge' && (
                <EdgeDetails edgeId={selection.id} onSelect={select} />
              )}
              {!trace && !selection && (
                <p className="hint">
                  Click a node or a relationship to read its sources, or search for one. With a node
                  selected, <kbd>u</kbd> traces its lines of authority up to the Party centre and{' '}
                  <kbd>d</kbd> down.
                </p>
              )}
              <Legend />
            </aside>
          </div>
        )}
      </main>
      {sourceView && (
        <SourceViewer
          key={`${sourceView.sourceId}:${sourceView.quote}`}
          view={sourceView}
          onClose={() => showInSource(null)}
        />
      )}
    </div>
  );
};
