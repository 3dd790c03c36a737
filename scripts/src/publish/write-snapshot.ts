import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { buildApp } from '@pag/server/build-app';
import {
  BasisScope,
  DataVersions,
  GraphElements,
  GraphMeta,
  NodeDetail,
  SNAPSHOT_FILES,
  VERSIONS_LISTED,
  ViewRecords,
  basesIn,
  snapshotFile,
  type NodeSummary,
  type SearchIndex,
  type SnapshotManifest,
} from '@pag/graph-seed';
import { pinyinText } from '@pag/server/services/pinyin-text';
import { done, step, UserError } from '../lib/log';

/** What a snapshot holds: how many files, and how many bytes in all. */
export interface SnapshotReport {
  readonly files: number;
  readonly bytes: number;
  readonly dataVersion: string | null;
}

/**
 * Writes the API's answers for the whole graph into `dir` as a published snapshot reads them
 * (`snapshotFile` names each file): the graph, its meta and versions, every node, relationship
 * and source, every trace up and down at every basis scope, the records with their evidence,
 * and a search index. Asks `app` (the real API, in process) for each answer.
 */
export const writeSnapshot = async (
  app: Pick<Awaited<ReturnType<typeof buildApp>>, 'inject'>,
  dir: string,
): Promise<SnapshotReport> => {
  let files = 0;
  let bytes = 0;
  const save = (file: string, body: string) => {
    const target = path.join(dir, file);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, body);
    files += 1;
    bytes += Buffer.byteLength(body);
  };
  /** Asks the API and saves its answer where the snapshot looks for it (or in `as`). */
  const copy = async (url: string, as?: string): Promise<unknown> => {
    const file = as ?? snapshotFile(url);
    if (!file) throw new Error(`a snapshot has no file for ${url}`);
    const response = await app.inject({ method: 'GET', url });
    if (response.statusCode !== 200) {
      throw new UserError(`GET ${url} answered ${response.statusCode}: ${response.body}`);
    }
    save(file, response.body);
    return response.json();
  };

  step('Writing the API answers…');
  const meta = GraphMeta.parse(await copy('/api/meta'));
  const graph = GraphElements.parse(await copy('/api/graph'));
  if (graph.truncated) {
    throw new UserError(
      `The graph is larger than one view (GRAPH_ELEMENT_LIMIT): a snapshot needs all of it.`,
    );
  }
  // Every version the API lists (at most its limit), as the versions file.
  const versions = DataVersions.parse(
    await copy(`/api/versions?limit=${VERSIONS_LISTED.max}`, snapshotFile('/api/versions') ?? ''),
  );
  for (const { version } of versions.versions) {
    await copy(`/api/versions/${version}/changes`);
  }

  const details: NodeDetail[] = [];
  const scopes = BasisScope.options.map(basesIn);
  for (const [index, node] of graph.nodes.entries()) {
    const id = encodeURIComponent(node.data.id);
    details.push(NodeDetail.parse(await copy(`/api/nodes/${id}`)));
    for (const direction of ['up', 'down'] as const) {
      for (const bases of scopes) {
        const basis = bases ? `&basis=${bases.join(',')}` : '';
        await copy(`/api/authority/${id}?direction=${direction}${basis}`);
      }
    }
    if ((index + 1) % 10 === 0 || index + 1 === graph.nodes.length) {
      process.stdout.write(`    ${index + 1} of ${graph.nodes.length} nodes, with their traces\n`);
    }
  }
  for (const edge of graph.edges) {
    await copy(`/api/edges/${encodeURIComponent(edge.data.id)}`);
  }

  // The records of the whole graph, from which the explorer writes its files.
  const response = await app.inject({
    method: 'POST',
    url: '/api/view-records',
    payload: {
      nodes: graph.nodes.map((node) => node.data.id),
      edges: graph.edges.map((edge) => edge.data.id),
    },
  });
  if (response.statusCode !== 200) {
    throw new UserError(`POST /api/view-records answered ${response.statusCode}: ${response.body}`);
  }
  save(SNAPSHOT_FILES.viewRecords, response.body);
  const records = ViewRecords.parse(response.json());
  const sourceIds = new Set([
    ...records.sources.map((source) => source.id),
    ...meta.basedOn.map((source) => source.id),
  ]);
  for (const sourceId of sourceIds) {
    await copy(`/api/sources/${encodeURIComponent(sourceId)}`);
  }

  const byId = new Map(graph.nodes.map((node) => [node.data.id, node]));
  const summary = (id: string): NodeSummary => {
    const node = byId.get(id);
    if (!node) throw new Error(`relationship end "${id}" is not in the graph`);
    const { kind, name, nameZh } = node.data;
    return { id, kind, name, nameZh };
  };
  const index: SearchIndex = {
    nodes: details.map(({ node }) => {
      const aliases = [...node.aliases, ...node.aliasesByEditors];
      return {
        ...summary(node.id),
        aliases,
        pinyin: pinyinText([node.nameZh, ...aliases]),
      };
    }),
    relationships: graph.edges.map(({ data }) => ({
      id: data.id,
      type: data.type,
      source: summary(data.source),
      target: summary(data.target),
    })),
  };
  save(SNAPSHOT_FILES.searchIndex, JSON.stringify(index));
  const manifest: SnapshotManifest = {
    dataVersion: meta.dataVersion,
    publishedAt: new Date().toISOString(),
  };
  save(SNAPSHOT_FILES.manifest, JSON.stringify(manifest));
  done(`${files} files of API answers, ${(bytes / 1024 / 1024).toFixed(1)} MB`);
  return { files, bytes, dataVersion: meta.dataVersion };
};
