import { useCallback, useState } from 'react';
import { GraphCanvas } from '../components/GraphCanvas';
import { Legend } from '../components/Legend';
import { StatusBanner } from '../components/StatusBanner';
import { useGraph } from './use-graph';

/** The explorer shell: header, graph canvas, legend, and loading and error states. */
export const App = () => {
  const { state, retry } = useGraph();
  const [laidOut, setLaidOut] = useState(false);
  const onReady = useCallback(() => setLaidOut(true), []);

  return (
    <div className="app">
      <header className="app-header">
        <h1>
          Party Authority Graph <span lang="zh">党的领导关系图谱</span>
        </h1>
        {state.status === 'ready' && (
          <p className="app-summary">
            {state.graph.nodes.length} nodes · {state.graph.edges.length} relationships
          </p>
        )}
      </header>
      <main className="app-main" aria-busy={state.status === 'loading' || !laidOut}>
        {state.status === 'error' && <StatusBanner message={state.message} onRetry={retry} />}
        {state.status === 'loading' && (
          <p className="placeholder" role="status">
            Loading the graph…
          </p>
        )}
        {state.status === 'ready' && state.graph.nodes.length === 0 && (
          <p className="placeholder" role="status">
            The graph is empty. Load the seed data with <code>pnpm graph load</code>.
          </p>
        )}
        {state.status === 'ready' && state.graph.nodes.length > 0 && (
          <div className="graph-area" data-ready={laidOut}>
            <GraphCanvas graph={state.graph} onReady={onReady} />
            <Legend />
          </div>
        )}
      </main>
    </div>
  );
};
