import { useCallback, useEffect, useState } from 'react';
import type { GraphElements } from '@pag/graph-seed';
import { fetchGraph } from '../api/graph-api';

export type GraphState =
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly message: string }
  | { readonly status: 'ready'; readonly graph: GraphElements };

/** Loads the graph, with a retry that reloads it. */
export const useGraph = (): { state: GraphState; retry: () => void } => {
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<GraphState>({ status: 'loading' });

  useEffect(() => {
    const controller = new AbortController();
    fetchGraph(controller.signal).then(
      (graph) => setState({ status: 'ready', graph }),
      (error: unknown) => {
        if (!controller.signal.aborted) {
          setState({ status: 'error', message: (error as Error).message });
        }
      },
    );
    return () => controller.abort();
  }, [attempt]);

  const retry = useCallback(() => {
    setState({ status: 'loading' });
    setAttempt((n) => n + 1);
  }, []);
  return { state, retry };
};
