import {
  relationshipTypes,
  type ChainsResponse,
  type EvidenceItem,
  type PathDirection,
  type TraceDirection,
} from '@pag/graph-seed';

const citation = (item: EvidenceItem) =>
  `${item.title}, ${item.locator}${item.url ? ` — <${item.url}>` : ''}`;

/** What the chains are: lines of authority traced from a node, or paths between two. */
export type ReportSubject =
  | { readonly kind: 'trace'; readonly nodeId: string; readonly direction: TraceDirection }
  | {
      readonly kind: 'paths';
      readonly from: string;
      readonly to: string;
      readonly direction: PathDirection;
    };

const PATH_TITLES: Record<PathDirection, (from: string, to: string) => string> = {
  any: (from, to) => `Paths between ${from} and ${to}`,
  down: (from, to) => `Paths down the lines of authority from ${from} to ${to}`,
  up: (from, to) => `Paths up the lines of authority from ${from} to ${to}`,
};

/**
 * A Markdown evidence report of traced chains or found paths, ready to paste into an
 * article: each chain hop by hop, each hop as its relationship reads, with every quote and
 * its citation.
 */
export const toEvidenceReport = (
  result: ChainsResponse,
  subject: ReportSubject,
  meta: { date: string; dataVersion?: string | null | undefined },
): string => {
  const names = new Map(
    result.nodes.map((n) => [
      n.data.id,
      n.data.nameZh ? `${n.data.name} (${n.data.nameZh})` : n.data.name,
    ]),
  );
  const name = (id: string) => names.get(id) ?? id;
  const isTrace = subject.kind === 'trace';
  const title = isTrace
    ? `Lines of authority ${subject.direction} from ${name(subject.nodeId)}`
    : PATH_TITLES[subject.direction](name(subject.from), name(subject.to));
  const lines = [
    `# ${title}`,
    '',
    `${result.chains.length} ${isTrace ? 'chain' : 'path'}${result.chains.length === 1 ? '' : 's'}, from the Party Authority Graph` +
      `${meta.dataVersion ? ` (data ${meta.dataVersion})` : ''}, ${meta.date}.`,
    '',
  ];
  result.chains.forEach((chain, i) => {
    const path = [chain.hops[0]?.from, ...chain.hops.map((hop) => hop.to)].filter(
      (id): id is string => !!id,
    );
    lines.push(`## ${isTrace ? 'Chain' : 'Path'} ${i + 1}: ${path.map(name).join(' → ')}`, '');
    chain.hops.forEach((hop, j) => {
      // Each hop reads as its relationship does, along its arrow, whichever way the path
      // travels; on a path over any relationship, a hop read the other way says so.
      const against = !hop.forward && !isTrace && subject.direction === 'any';
      lines.push(
        `${j + 1}. **${name(hop.source)}** ${relationshipTypes[hop.type].label} **${name(hop.target)}**` +
          (against ? ' _(points against the path)_' : ''),
      );
      for (const item of hop.sources) {
        lines.push(
          `   > ${item.quote.replace(/\s+/g, ' ')}`,
          `   >`,
          `   > — ${citation(item)}`,
          '',
        );
      }
    });
    lines.push('');
  });
  if (result.truncated) lines.push('_More chains exist than this report lists._', '');
  return `${lines.join('\n').trimEnd()}\n`;
};
