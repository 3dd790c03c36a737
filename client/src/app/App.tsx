import { useCallback, useMemo, useRef, useState } from 'react';
import type { CommandContext, ExportFormat } from '../actions/commands';
import { useAuthorityQuery, useGraphQuery, useMetaQuery } from '../api/queries';
import { EdgeDetails } from '../components/EdgeDetails';
import { ExportMenu } from '../components/ExportMenu';
import { GraphCanvas, type GraphHandle } from '../components/GraphCanvas';
import { Legend } from '../components/Legend';
import { NodeDetails } from '../components/NodeDetails';
import { SearchBox } from '../components/SearchBox';
import { SourceViewer } from '../components/SourceViewer';
import { StatusBanner } from '../components/StatusBanner';
import { Toolbar } from '../components/Toolbar';
import { TracePanel } from '../components/TracePanel';
import { downloadBlob } from '../export/download-blob';
import { downloadText } from '../export/download-text';
import { toCsv, toJson } from '../export/export-data';
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
  const graphRef = useRef<GraphHandle>(null);
  const meta = useMetaQuery().data;
  const [exportStatus, setExportStatus] = useState('');

  const highlight = useMemo(
    () => (trace && traceQuery.data ? toHighlight(traceQuery.data) : null),
    [trace, traceQuery.data],
  );
  const exportAs = useCallback(
    (format: ExportFormat) => {
      const graph = graphQuery.data;
      if (!graph) return;
      // The view's data: the traced chains while tracing, the whole graph otherwise.
      const view = trace && traceQuery.data ? { ...traceQuery.data } : graph;
      const date = new Date().toISOString().slice(0, 10);
      const version = meta?.dataVersion ?? null;
      if (format === 'json') {
        downloadText(
          'party-authority-graph.json',
          toJson(view, { exportedAt: date, dataVersion: version }),
          'application/json',
        );
        setExportStatus(
          `Exported ${view.nodes.length} nodes and ${view.edges.length} relationships as JSON`,
        );
        return;
      }
      if (format === 'csv') {
        downloadText('party-authority-graph-relationships.csv', toCsv(view), 'text/csv');
        setExportStatus(`Exported ${view.edges.length} relationships as CSV`);
        return;
      }
      const scale = Number(format.slice(4));
      const caption = `Party Authority Graph${version ? ` · data ${version}` : ''} · ${date}`;
      const canvas = graphRef.current;
      if (!canvas) return;
      setExportStatus('Drawing the PNG…');
      canvas.exportPng(scale, caption).then(
        (png) => {
          downloadBlob(`party-authority-graph-${scale}x.png`, png.blob);
          setExportStatus(
            `Exported a ${png.width}×${png.height} px PNG` +
              (png.reduced
                ? ` at ${png.scale.toFixed(2)}× instead of ${scale}×, to stay within the browser's canvas limits`
                : ''),
          );
        },
        (error: unknown) =>
          setExportStatus(`The PNG could not be made: ${(error as Error).message}`),
      );
    },
    [graphQuery.data, trace, traceQuery.data, meta],
  );
  const context: CommandContext = useMemo(
    () => ({
      selection,
      trace,
      hasGraph: (graphQuery.data?.nodes.length ?? 0) > 0,
      traceFrom,
      clearTrace,
      focusSearch: () => searchRef.current?.focus(),
      exportAs,
    }),
    [selection, trace, graphQuery.data, traceFrom, clearTrace, exportAs],
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
        <ExportMenu context={context} status={exportStatus} />
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
              ref={graphRef}
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
