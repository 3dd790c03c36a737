import { GraphElements } from '@pag/graph-seed';
import { fetchJson } from './fetch-json';

/** Loads the whole graph as Cytoscape elements. */
export const fetchGraph = (signal?: AbortSignal) => fetchJson('/api/graph', GraphElements, signal);
