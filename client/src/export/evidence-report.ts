import { relationshipTypes, type ChainsResponse, type EvidenceItem } from '@pag/graph-seed';

const citation = (item: EvidenceItem) =>
  `${item.title}, ${item.locator}${item.url ? ` — <${item.url}>` : ''}`;

/**
 * A Markdown evidence report of traced chains, ready to paste into an article: each chain
 * hop by hop, each hop as its relationship reads, with every quote and its citation.
 */
export const toEvidenceReport = (
  result: ChainsResponse,
  trace: { nodeId: string; direction: 'up' | 'down' },
  meta: { date: string; dataVersion?: string | null | undefined },
): string => {
  const names = new Map(
    result.nodes.map((n) => [
      n.data.id,
      n.data.labelZh ? `${n.data.label} (${n.data.labelZh})` : n.data.label,
    ]),
  );
  const name = (id: string) => names.get(id) ?? id;
  const title = `Lines of authority ${trace.direction === 'up' ? 'up from' : 'down from'} ${name(trace.nodeId)}`;
  const lines = [
    `# ${title}`,
    '',
    `${result.chains.length} chain${result.chains.length === 1 ? '' : 's'}, from the Party Authority Graph` +
      `${meta.dataVersion ? ` (data ${meta.dataVersion})` : ''}, ${meta.date}.`,
    '',
  ];
  result.chains.forEach((chain, i) => {
    const path = [chain.hops[0]?.from, ...chain.hops.map((hop) => hop.to)].filter(
      (id): id is string => !!id,
    );
    lines.push(`## Chain ${i + 1}: ${path.map(name).join(' → ')}`, '');
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
