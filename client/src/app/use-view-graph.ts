import { useMemo } from 'react';
import { basesIn } from '@pag/graph-seed';
import { useAuthorityQuery, useGraphQuery, usePathsQuery } from '../api/queries';
import { applyFocus } from '../graph/focus';
import { withChains } from '../graph/with-chains';
import { toHighlight } from '../graph/trace-highlight';
import { useViewStore } from '../view/view-store';

/**
 * What the view shows, read from the API: the graph the filters let through (when it is cut
 * by rank, with the traced chains or found paths drawn in), the part of it the focus keeps,
 * the traced chains or found paths, and what of it they light up.
 */
export const useViewGraph = () => {
  const { filters, focus, trace, paths, basisScope, onlyChain } = useViewStore();
  const graphQuery = useGraphQuery(filters);
  const bases = basesIn(basisScope);
  const traceQuery = useAuthorityQuery(trace, bases);
  const pathsQuery = usePathsQuery(paths, bases);
  const chains = trace ? traceQuery.data : paths?.to ? pathsQuery.data : undefined;
  // A view cut by rank lacks most of the graph: what is traced or found is drawn in.
  const cut = graphQuery.data?.cut;
  const filtered = useMemo(
    () =>
      graphQuery.data && cut && chains ? withChains(graphQuery.data, chains) : graphQuery.data,
    [graphQuery.data, cut, chains],
  );
  const graph = useMemo(() => filtered && applyFocus(filtered, focus), [filtered, focus]);
  const highlight = useMemo(
    () => (chains ? toHighlight(chains, onlyChain) : null),
    [chains, onlyChain],
  );
  return { graphQuery, filtered, graph, traceQuery, pathsQuery, chains, highlight };
};
