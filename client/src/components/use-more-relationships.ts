import { useCallback, useState } from 'react';
import type { NodeRelationship, RelationshipGroupCount } from '@pag/graph-seed';
import { fetchRelationshipPage } from '../api/graph-api';

type Group = Pick<RelationshipGroupCount, 'type' | 'direction'>;
const keyOf = (group: Group) => `${group.type} ${group.direction}`;

/**
 * The further pages of a node's relationships a person asked for, a page at a time, beyond
 * the first page of each type and direction its details list. Forgotten when another node
 * is shown.
 */
export const useMoreRelationships = () => {
  const [state, setState] = useState<{
    node: string;
    pages: Record<string, NodeRelationship[]>;
  }>({ node: '', pages: {} });
  const [loading, setLoading] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const pagesOf = (node: string) => (state.node === node ? state.pages : {});

  const load = useCallback(async (node: string, group: Group, offset: number) => {
    const key = keyOf(group);
    setLoading(key);
    setError(null);
    try {
      const page = await fetchRelationshipPage(node, group, offset);
      setState((before) => {
        const pages = before.node === node ? before.pages : {};
        return {
          node,
          pages: { ...pages, [key]: [...(pages[key] ?? []), ...page.relationships] },
        };
      });
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setLoading(null);
    }
  }, []);

  return {
    /** Every further relationship loaded for this node. */
    listed: (node: string) => Object.values(pagesOf(node)).flat(),
    /** How many further relationships of this group are loaded. */
    count: (node: string, group: Group) => pagesOf(node)[keyOf(group)]?.length ?? 0,
    loading,
    error,
    load,
  };
};
