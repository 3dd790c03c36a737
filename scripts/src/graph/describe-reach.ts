import { bases, compareStrength, modalities, reachReport, type SeedGraph } from '@pag/graph-seed';

/**
 * The reach report: for every governed organization, whether it reaches the Party centre by
 * lines of authority and how weak its strongest chain is — its weakest claim — or, when it
 * does not, the reason recorded for it. Strongest first, so the weak and the unconnected
 * stand at the end for a reviewer.
 */
export const describeReach = (graph: SeedGraph): string => {
  const entries = reachReport(graph);
  const reaching = entries
    .flatMap((entry) => (entry.reaches ? [entry] : []))
    .sort((a, b) => compareStrength(b.weakest, a.weakest) || a.hops - b.hops);
  const unconnected = entries.flatMap((entry) => (entry.reaches ? [] : [entry]));
  const lines = reaching.map(
    ({ node, weakest, hops }) =>
      `    ${node.id.padEnd(36)} ${String(hops).padStart(2)} hops · weakest: ${bases[weakest.basis].label}, ${modalities[weakest.modality].label} (${weakest.relationship})`,
  );
  const missing = unconnected.map(
    ({ node, reason }) =>
      `    ${node.id.padEnd(36)} does not reach it: ${reason ?? '(no reason recorded)'}`,
  );
  return [
    `  Reach of the Party centre: ${reaching.length} of ${entries.length} governed organizations`,
    ...lines,
    ...missing,
  ].join('\n');
};
