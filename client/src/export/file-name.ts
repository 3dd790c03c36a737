import type { ReportSubject } from './evidence-report';

/**
 * What an export shows, as part of a file name: `trace-up-social-organizations`,
 * `paths-down-a-b`, or `whole` for the graph without chains.
 */
export const subjectSlug = (subject: ReportSubject | null): string => {
  if (!subject) return 'whole';
  if (subject.kind === 'trace') return `trace-${subject.direction}-${subject.nodeId}`;
  const along = subject.direction === 'any' ? '' : `${subject.direction}-`;
  return `paths-${along}${subject.from}-${subject.to}`;
};

/** Every export's file name: what it shows and when, e.g. `party-authority-graph-whole-2026-11-29`. */
export const exportFileName = (slug: string, date: string): string =>
  `party-authority-graph-${slug}-${date}`;
