import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Overview, RelationshipGroup } from '@pag/graph-seed';
import { fetchNodeGroups, fetchRelationshipPage } from '../api/graph-api';
import type { Named } from '../i18n/names';
import { drawnGroups, pageElements, type OpenedGroup } from '../graph/group-members';

const NOTHING_OPENED: Readonly<Record<string, OpenedGroup>> = {};
const NOTHING_BELOW: Readonly<Record<string, readonly RelationshipGroup[]>> = {};

/**
 * The groups of the overview and the members a person drew from them, a page at a time: each
 * group counts the members not drawn yet, and goes when none is left. A member drawn so is
 * opened in turn (`below`): what lies below it is counted in groups of its own, drawn and
 * opened the same way. Forgotten when the overview changes (another data version, or a
 * filtered view, which has no groups).
 */
export const useGroupMembers = (overview: Overview | undefined) => {
  const [state, setState] = useState<{ of?: Overview; opened: Record<string, OpenedGroup> }>({
    opened: {},
  });
  const [counted, setCounted] = useState<{
    of?: Overview;
    below: Record<string, readonly RelationshipGroup[]>;
  }>({ below: {} });
  // The members whose groups were asked for (for this overview): each is asked once.
  const asked = useRef<{ of?: Overview; ids: Set<string> }>({ ids: new Set() });
  // The overview shown now: an answer that comes after it changed is dropped.
  const current = useRef(overview);
  useEffect(() => {
    current.current = overview;
  }, [overview]);
  /** What is being fetched: a page of a group's members, or what lies below a member. */
  const [loading, setLoading] = useState<'members' | 'below' | null>(null);
  // One page at a time: a ref, not state, so that a second click before the next render
  // finds the first still loading.
  const inFlight = useRef(false);
  /** What failed last: a page of members, or the count below a member (`below`: which). */
  const [failed, setFailed] = useState<{
    of?: Overview;
    message: string;
    below?: Named;
  } | null>(null);
  /** The member clicked last (for this overview): when nothing lies below it, that is said. */
  const [clicked, setClicked] = useState<{ of?: Overview; id: string } | null>(null);
  const opened = state.of === overview ? state.opened : NOTHING_OPENED;
  const below = counted.of === overview ? counted.below : NOTHING_BELOW;
  const error = failed && failed.of === overview ? failed : null;

  const members = useMemo(
    () => ({
      nodes: Object.values(opened).flatMap((group) => group.nodes),
      edges: Object.values(opened).flatMap((group) => group.edges),
    }),
    [opened],
  );

  /** The overview's groups, and those of the members opened in turn. */
  const allGroups = useMemo(
    () => (overview ? [...overview.groups, ...Object.values(below).flat()] : []),
    [overview, below],
  );
  const groups = useMemo(() => drawnGroups(allGroups, opened), [allGroups, opened]);
  const nothingBelow = useMemo(() => {
    if (!clicked || clicked.of !== overview || below[clicked.id]?.length !== 0) return null;
    return members.nodes.find((node) => node.data.id === clicked.id)?.data ?? null;
  }, [clicked, overview, below, members.nodes]);

  /**
   * Counts what lies below a member drawn from a group, once: its groups are drawn beneath it.
   * Anything else clicked (a node of the overview, whose groups it has) is left as it is.
   */
  const openBelow = useCallback(
    async (nodeId: string) => {
      const member = members.nodes.find((node) => node.data.id === nodeId);
      // Whatever else was clicked, what was said of the member clicked before no longer stands.
      setClicked(overview && member ? { of: overview, id: nodeId } : null);
      if (!overview || !member) return;
      if (asked.current.of !== overview) asked.current = { of: overview, ids: new Set() };
      if (asked.current.ids.has(nodeId)) return;
      asked.current.ids.add(nodeId);
      setFailed(null);
      setLoading((before) => before ?? 'below');
      try {
        const { groups: found } = await fetchNodeGroups(nodeId);
        if (current.current !== overview) return;
        setCounted((before) => ({
          of: overview,
          below: { ...(before.of === overview ? before.below : {}), [nodeId]: found },
        }));
      } catch (failure) {
        // Asked again at the next click.
        asked.current.ids.delete(nodeId);
        setFailed({
          of: overview,
          message: failure instanceof Error ? failure.message : String(failure),
          below: member.data,
        });
      } finally {
        setLoading((before) => (before === 'below' ? null : before));
      }
    },
    [overview, members.nodes],
  );

  const open = useCallback(
    async (groupId: string) => {
      const group = allGroups.find((candidate) => candidate.id === groupId);
      if (!overview || !group || inFlight.current) return;
      inFlight.current = true;
      const offset = opened[groupId]?.offset ?? 0;
      setLoading('members');
      setFailed(null);
      setClicked(null);
      try {
        // The members the group counts: those lying below its parent.
        const page = await fetchRelationshipPage(group.parent, { ...group, below: true }, offset);
        const more = pageElements(group, page);
        if (current.current !== overview) return;
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
    [overview, allGroups, opened],
  );

  return { groups, members, open, openBelow, loading, error, nothingBelow };
};
