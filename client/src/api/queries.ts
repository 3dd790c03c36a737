import { keepPreviousData, useQuery } from '@tanstack/react-query';
import {
  fetchAuthority,
  fetchEdge,
  fetchGraph,
  fetchMeta,
  fetchNode,
  fetchSearch,
  fetchSource,
} from './graph-api';

/** The graph, loaded once and kept. */
export const useGraphQuery = () =>
  useQuery({
    queryKey: ['graph'],
    queryFn: ({ signal }) => fetchGraph(signal),
    staleTime: Infinity,
  });

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

export const useAuthorityQuery = (trace: { nodeId: string; direction: 'up' | 'down' } | null) =>
  useQuery({
    queryKey: ['authority', trace?.nodeId, trace?.direction],
    queryFn: ({ signal }) => fetchAuthority(trace?.nodeId ?? '', trace?.direction ?? 'up', signal),
    enabled: trace !== null,
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
