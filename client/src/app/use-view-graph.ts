import { useMemo } from 'react';
import { basesIn } from '@pag/graph-seed';
import { useAuthorityQuery, useGraphQuery, usePathsQuery } from '../api/queries';
import { applyFocus } from '../graph/focus';
import { toHighlight } from '../graph/trace-highlight';
import { useViewStore } from '../view/view-store';

/**
 * What the view shows, read from the API: the graph the filters let through, the part of it
 * the focus keeps, the traced chains or found paths, and what of it they light up.
 */
export const useViewGraph = () => {
  const { filters, focus, trace, paths, basisScope, onlyChain } = useViewStore();
  const graphQuery = useGraphQuery(filters);
  const filtered = graphQuery.data;
  const graph = useMemo(() => filtered && applyFocus(filtered, focus), [filtered, focus]);
  const bases = basesIn(basisScope);
  const traceQuery = useAuthorityQuery(trace, bases);
  const pathsQuery = usePathsQuery(paths, bases);
  const chains = trace ? traceQuery.data : paths?.to ? pathsQuery.data : undefined;
  const highlight = useMemo(
    () => (chains ? toHighlight(chains, onlyChain) : null),
    [chains, onlyChain],
  );
  return { graphQuery, filtered, graph, traceQuery, pathsQuery, chains, highlight };
};
