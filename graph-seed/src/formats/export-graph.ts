import type { NodeRecord, RelationshipRecord, SourceReference } from '../api/view-records';
import type { Evidence } from '../schema/evidence';

/**
 * What the graph formats write: nodes and relationships with their evidence, and the
 * sources (the curated graph's records, or a view's as the API gives them).
 */
export interface ExportGraph {
  readonly nodes: readonly NodeRecord[];
  readonly relationships: readonly RelationshipRecord[];
  readonly sources: readonly SourceReference[];
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
  sources: ReadonlyMap<string, SourceReference>,
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
