import type { GraphNode } from '../schema/node';
import type { GraphRelationship } from '../schema/relationship';
import type { Source } from '../schema/source';
import type { Evidence } from '../schema/evidence';

/** What the graph formats write: nodes and relationships with their evidence, and the sources. */
export interface ExportGraph {
  readonly nodes: readonly GraphNode[];
  readonly relationships: readonly GraphRelationship[];
  readonly sources: readonly Source[];
}

/** What a file says of itself: what it is, which data version, when, and whose work it reads. */
export interface ExportAbout {
  readonly title: string;
  readonly dataVersion: string | null;
  /** When the file was written, as an ISO date-time. */
  readonly exportedAt: string;
  /** The works the graph is read from, as a credit line. */
  readonly credit: string;
}

/**
 * An element's evidence as one readable text: each quote with its source's title and the
 * locator, separated by blank lines (a spreadsheet or Gephi's data table shows it whole).
 */
export const evidenceText = (
  evidence: readonly Evidence[],
  sources: ReadonlyMap<string, Source>,
): string =>
  evidence
    .map(
      ({ source, locator, quote }) =>
        `“${quote}” — ${sources.get(source)?.title ?? source}, ${locator}`,
    )
    .join('\n\n');

/** An element's evidence as JSON, for programs: `[{source, locator, quote}]`. */
export const evidenceJson = (evidence: readonly Evidence[]): string =>
  JSON.stringify(evidence.map(({ source, locator, quote }) => ({ source, locator, quote })));
