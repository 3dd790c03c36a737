import {
  relationshipTypes,
  type ChainsResponse,
  type EvidenceItem,
  type TraceDirection,
} from '@pag/graph-seed';

const citation = (item: EvidenceItem) =>
  `${item.title}, ${item.locator}${item.url ? ` — <${item.url}>` : ''}`;

/** What the chains are: lines of authority traced from a node, or paths between two. */
export type ReportSubject =
  | { readonly nodeId: string; readonly direction: TraceDirection }
  | { readonly from: string; readonly to: string };

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
  const title =
    'direction' in subject
      ? `Lines of authority ${subject.direction} from ${name(subject.nodeId)}`
      : `Paths between ${name(subject.from)} and ${name(subject.to)}`;
  const lines = [
    `# ${title}`,
    '',
    `${result.chains.length} ${'direction' in subject ? 'chain' : 'path'}${result.chains.length === 1 ? '' : 's'}, from the Party Authority Graph` +
      `${meta.dataVersion ? ` (data ${meta.dataVersion})` : ''}, ${meta.date}.`,
    '',
  ];
  result.chains.forEach((chain, i) => {
    const path = [chain.hops[0]?.from, ...chain.hops.map((hop) => hop.to)].filter(
      (id): id is string => !!id,
    );
    const heading = 'direction' in subject ? 'Chain' : 'Path';
    lines.push(`## ${heading} ${i + 1}: ${path.map(name).join(' → ')}`, '');
    chain.hops.forEach((hop, j) => {
      const [source, target] = hop.forward ? [hop.from, hop.to] : [hop.to, hop.from];
      lines.push(
        `${j + 1}. **${name(source)}** ${relationshipTypes[hop.type].label} **${name(target)}**`,
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
