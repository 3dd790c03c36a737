import { useMemo } from 'react';
import { basesIn } from '@pag/graph-seed';
import { useAuthorityQuery, useGraphQuery, usePathsQuery } from '../api/queries';
import { applyFocus } from '../graph/focus';
import { drawIn } from '../graph/draw-in';
import { toHighlight } from '../graph/trace-highlight';
import { useViewStore } from '../view/view-store';
import { useGroupMembers } from './use-group-members';

/**
 * What the view shows, read from the API: the graph the filters let through (the overview
 * when nothing is filtered) with the members of its groups a person drew and, when it is cut
 * by rank, the traced chains or found paths drawn in; the part of it the focus keeps, with
 * the groups still hanging from it; the traced chains or found paths, and what of it they
 * light up.
 */
export const useViewGraph = () => {
  const { filters, focus, trace, paths, basisScope, onlyChain } = useViewStore();
  const graphQuery = useGraphQuery(filters);
  const bases = basesIn(basisScope);
  const traceQuery = useAuthorityQuery(trace, bases);
  const pathsQuery = usePathsQuery(paths, bases);
  const chains = trace ? traceQuery.data : paths?.to ? pathsQuery.data : undefined;
  const members = useGroupMembers(graphQuery.data);
  // A view cut by rank lacks most of the graph: what is traced or found is drawn in.
  const cut = graphQuery.data?.cut;
  const filtered = useMemo(() => {
    const view = graphQuery.data && drawIn(graphQuery.data, members.members);
    return view && cut && chains ? drawIn(view, chains) : view;
  }, [graphQuery.data, members.members, cut, chains]);
  const graph = useMemo(() => filtered && applyFocus(filtered, focus), [filtered, focus]);
  const groups = useMemo(() => {
    const shown = new Set(graph?.nodes.map((node) => node.data.id));
    return members.groups.filter(({ group }) => shown.has(group.parent));
  }, [graph, members.groups]);
  const highlight = useMemo(
    () => (chains ? toHighlight(chains, onlyChain) : null),
    [chains, onlyChain],
  );
  return {
    graphQuery,
    filtered,
    graph,
    groups,
    openGroup: members.open,
    openBelow: members.openBelow,
    groupLoading: members.loading,
    groupError: members.error,
    nothingBelow: members.nothingBelow,
    traceQuery,
    pathsQuery,
    chains,
    highlight,
  };
};
