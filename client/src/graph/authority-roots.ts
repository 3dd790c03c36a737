import { authorityEnds, type EdgeElement } from '@pag/graph-seed';

/**
 * The nodes at the top of the lines of authority: superior in some authority relationship
 * and subordinate in none. A layered layout starts from them so the Party centre is on top.
 */
export const authorityRoots = (edges: readonly EdgeElement[]): string[] => {
  const superiors = new Set<string>();
  const subordinates = new Set<string>();
  for (const { data } of edges) {
    const ends = authorityEnds(data.type, data.source, data.target);
    if (!ends) continue;
    superiors.add(ends.above);
    subordinates.add(ends.below);
  }
  return [...superiors].filter((id) => !subordinates.has(id)).sort();
};
