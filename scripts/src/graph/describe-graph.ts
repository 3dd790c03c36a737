import { isAuthority, type SeedGraph } from '@pag/graph-seed';

const countBy = <T>(items: readonly T[], key: (item: T) => string): [string, number][] => {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return [...counts].sort(([a], [b]) => a.localeCompare(b));
};

/** A table of the graph's contents: nodes by kind, relationships by type, sources. */
export const describeGraph = (graph: SeedGraph): string => {
  const rows = (title: string, counts: [string, number][]) =>
    [title, ...counts.map(([name, count]) => `    ${String(count).padStart(4)}  ${name}`)].join(
      '\n',
    );
  return [
    rows(
      `  ${graph.nodes.length} nodes`,
      countBy(graph.nodes, (n) => n.kind),
    ),
    rows(
      `  ${graph.relationships.length} relationships (* = line of authority)`,
      countBy(graph.relationships, (r) => `${r.type}${isAuthority(r.type) ? ' *' : ''}`),
    ),
    rows(
      `  ${graph.sources.length} sources`,
      countBy(graph.sources, (s) => s.type),
    ),
    `  ${graph.unconnected.length} governed organizations listed as unconnected`,
  ].join('\n');
};
