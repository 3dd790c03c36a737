import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { Basis, PathDirection, TraceDirection } from '@pag/graph-seed';
import {
  fetchAuthority,
  fetchChangesSince,
  fetchEdge,
  fetchGraph,
  fetchMeta,
  fetchNode,
  fetchPaths,
  fetchSearch,
  fetchSource,
} from './graph-api';
import { filterParams, type Filters } from './graph-filters';
import { isNotFound } from './fetch-json';

/** The graph as the filters narrow it; the last view stays on screen while the next loads. */
/** The graph the filters let through, as asked for by the view and fetched at start. */
export const graphQuery = (filters: Filters) =>
  queryOptions({
    queryKey: ['graph', filterParams(filters)],
    queryFn: ({ signal }) => fetchGraph(filters, signal),
    staleTime: Infinity,
  });

export const useGraphQuery = (filters: Filters) =>
  useQuery({ ...graphQuery(filters), placeholderData: keepPreviousData });

export const useNodeQuery = (nodeId: string | undefined) =>
  useQuery({
    queryKey: ['node', nodeId],
    queryFn: ({ signal }) => fetchNode(nodeId ?? '', signal),
    enabled: nodeId !== undefined,
    staleTime: Infinity,
  });

export const useEdgeQuery = (edgeId: string | undefined) =>
  useQuery({
    queryKey: ['edge', edgeId],
    queryFn: ({ signal }) => fetchEdge(edgeId ?? '', signal),
    enabled: edgeId !== undefined,
    staleTime: Infinity,
  });

/** Chains traced from a node; with `bases`, only those resting on them hop by hop. */
export const useAuthorityQuery = (
  trace: { nodeId: string; direction: TraceDirection } | null,
  bases: readonly Basis[] | null,
) =>
  useQuery({
    queryKey: ['authority', trace?.nodeId, trace?.direction, bases],
    queryFn: ({ signal }) =>
      fetchAuthority(trace?.nodeId ?? '', trace?.direction ?? 'up', bases, signal),
    enabled: trace !== null,
    staleTime: Infinity,
  });

/** Paths between two nodes; with `bases`, only those resting on them hop by hop. */
export const usePathsQuery = (
  paths: { from: string; to: string | null; direction: PathDirection } | null,
  bases: readonly Basis[] | null,
) =>
  useQuery({
    queryKey: ['paths', paths?.from, paths?.to, paths?.direction, bases],
    queryFn: ({ signal }) =>
      fetchPaths(paths?.from ?? '', paths?.to ?? '', paths?.direction ?? 'any', bases, signal),
    enabled: paths?.to != null,
    staleTime: Infinity,
  });

export const useSearchQuery = (query: string) =>
  useQuery({
    queryKey: ['search', query],
    queryFn: ({ signal }) => fetchSearch(query, signal),
    enabled: query.trim().length > 0,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });

export const useSourceQuery = (sourceId: string | undefined) =>
  useQuery({
    queryKey: ['source', sourceId],
    queryFn: ({ signal }) => fetchSource(sourceId ?? '', signal),
    enabled: sourceId !== undefined,
    staleTime: Infinity,
  });

export const useMetaQuery = () =>
  useQuery({ queryKey: ['meta'], queryFn: ({ signal }) => fetchMeta(signal), staleTime: Infinity });

/** What changed since a data version; nothing is asked while the version is the current one. */
export const useChangesSinceQuery = (version: string | null, current: string | null | undefined) =>
  useQuery({
    queryKey: ['changes', version],
    queryFn: ({ signal }) => fetchChangesSince(version ?? '', signal),
    enabled: version !== null && current != null && version !== current,
    staleTime: Infinity,
    // A version the server has no record of stays unknown however often it is asked.
    retry: (count, error) => !isNotFound(error) && count < 1,
  });
