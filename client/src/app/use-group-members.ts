import { useCallback, useMemo, useRef, useState } from 'react';
import type { Overview } from '@pag/graph-seed';
import { fetchRelationshipPage } from '../api/graph-api';
import { drawnGroups, pageElements, type OpenedGroup } from '../graph/group-members';

const NOTHING_OPENED: Readonly<Record<string, OpenedGroup>> = {};

/**
 * The groups of the overview and the members a person drew from them, a page at a time: each
 * group counts the members not drawn yet, and goes when none is left. Forgotten when the
 * overview changes (another data version, or a filtered view, which has no groups).
 */
export const useGroupMembers = (overview: Overview | undefined) => {
  const [state, setState] = useState<{ of?: Overview; opened: Record<string, OpenedGroup> }>({
    opened: {},
  });
  const [loading, setLoading] = useState<string | null>(null);
  // One page at a time: a ref, not state, so that a second click before the next render
  // finds the first still loading.
  const inFlight = useRef(false);
  const [failed, setFailed] = useState<{ of?: Overview; message: string } | null>(null);
  const opened = state.of === overview ? state.opened : NOTHING_OPENED;
  const error = failed && failed.of === overview ? failed.message : null;

  const members = useMemo(
    () => ({
      nodes: Object.values(opened).flatMap((group) => group.nodes),
      edges: Object.values(opened).flatMap((group) => group.edges),
    }),
    [opened],
  );

  const groups = useMemo(() => (overview ? drawnGroups(overview, opened) : []), [overview, opened]);

  const open = useCallback(
    async (groupId: string) => {
      const group = overview?.groups.find((candidate) => candidate.id === groupId);
      if (!overview || !group || inFlight.current) return;
      inFlight.current = true;
      const offset = opened[groupId]?.offset ?? 0;
      setLoading(groupId);
      setFailed(null);
      try {
        const page = await fetchRelationshipPage(group.parent, group, offset);
        const more = pageElements(group, page);
        setState((before) => {
          const all = before.of === overview ? before.opened : {};
          const drawn = all[groupId];
          // A page for another offset than the one drawn to (the overview changed) is dropped.
          if ((drawn?.offset ?? 0) !== offset) return before;
          return {
            of: overview,
            opened: {
              ...all,
              [groupId]: {
                offset: offset + page.relationships.length,
                total: page.relationships.length === 0 ? offset : page.total,
                nodes: [...(drawn?.nodes ?? []), ...more.nodes],
                edges: [...(drawn?.edges ?? []), ...more.edges],
              },
            },
          };
        });
      } catch (failure) {
        setFailed({
          of: overview,
          message: failure instanceof Error ? failure.message : String(failure),
        });
      } finally {
        inFlight.current = false;
        setLoading(null);
      }
    },
    [overview, opened],
  );

  return { groups, members, open, loading, error };
};
