import {
  bases,
  modalities,
  relationshipTypes,
  weakestOf,
  type Basis,
  type ChainsResponse,
  type EvidenceItem,
  type Modality,
  type PathDirection,
  type SourceRecord,
  type TraceDirection,
} from '@pag/graph-seed';
import { citeSource } from './citation';
import { markdownLink, markdownText } from './markdown-text';

/** How strongly a hop is sourced, in words: "Rests on …, worded as …". */
const strength = (claim: { basis: Basis; modality: Modality }) =>
  `Rests on ${bases[claim.basis].label}, worded as ${modalities[claim.modality].label}`;

/** A full citation: author, title, publisher and date, where in the source, and the link. */
const citation = (item: EvidenceItem) => {
  const link = markdownLink(item.url);
  const cited = citeSource({ ...item, url: null }).replace(/\.$/, '');
  const through = item.quotedIn ? `, as quoted in ${markdownText(item.quotedIn)}` : '';
  return `${markdownText(cited)}, ${markdownText(item.locator)}${through}.${link ? ` ${link}` : ''}`;
};

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
  authority: (from, to) => `Paths along the lines of authority between ${from} and ${to}`,
  any: (from, to) => `Paths between ${from} and ${to}`,
  down: (from, to) => `Paths down the lines of authority from ${from} to ${to}`,
  up: (from, to) => `Paths up the lines of authority from ${from} to ${to}`,
};

/**
 * A Markdown evidence report of traced chains or found paths, ready to paste into an
 * article: each chain hop by hop with its weakest link, each hop as its relationship reads
 * and how strongly its source says it, with every quote and its citation.
 */
export const toEvidenceReport = (
  result: ChainsResponse,
  subject: ReportSubject,
  meta: {
    date: string;
    dataVersion?: string | null | undefined;
    /** The sources the graph is read from, which the report names. */
    basedOn?: readonly SourceRecord[] | undefined;
    /** The link to the view the report was made from. */
    viewUrl?: string | undefined;
  },
): string => {
  const names = new Map(
    result.nodes.map((n) => [
      n.data.id,
      markdownText(n.data.nameZh ? `${n.data.name} (${n.data.nameZh})` : n.data.name),
    ]),
  );
  const name = (id: string) => names.get(id) ?? markdownText(id);
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
  const viewLink = markdownLink(meta.viewUrl);
  if (viewLink) lines.push(`The view in the explorer: ${viewLink}`, '');
  if (meta.basedOn?.length) {
    const cited = meta.basedOn.map((source) => {
      const link = markdownLink(source.url);
      return `${markdownText(citeSource({ ...source, url: null }))}${link ? ` ${link}` : ''}`;
    });
    lines.push(
      `The graph is read from: ${cited.join('; ')} Where it states no line of authority, the graph has none.`,
      '',
    );
  }
  if (result.filter) {
    lines.push(
      `Only hops that rest on ${result.filter.basis.map((b) => bases[b].label).join(', ')}; ` +
        `${result.filter.removed} more left out.`,
      '',
    );
  }
  result.chains.forEach((chain, i) => {
    const path = [chain.hops[0]?.from, ...chain.hops.map((hop) => hop.to)].filter(
      (id): id is string => !!id,
    );
    lines.push(`## ${isTrace ? 'Chain' : 'Path'} ${i + 1}: ${path.map(name).join(' → ')}`, '');
    const weakest = weakestOf(chain.hops);
    if (weakest && chain.hops.length > 1) {
      lines.push(
        `Weakest link: hop ${chain.hops.indexOf(weakest) + 1}. ${strength(weakest)}; the chain is no stronger.`,
        '',
      );
    }
    chain.hops.forEach((hop, j) => {
      // Each hop reads as its relationship does, along its arrow, whichever way the path
      // travels; on a path over any relationship, a hop read the other way says so.
      const against = !hop.forward && !isTrace && subject.direction === 'any';
      lines.push(
        `${j + 1}. **${name(hop.source)}** ${relationshipTypes[hop.type].label} **${name(hop.target)}**` +
          (against ? ' _(points against the path)_' : ''),
        `   _${strength(hop)}._`,
        ...(hop.modalityNote ? [`   _On the wording: ${markdownText(hop.modalityNote)}_`] : []),
        ...(hop.note ? [`   _Note: ${markdownText(hop.note)}_`] : []),
        '',
      );
      for (const item of hop.sources) {
        lines.push(`   > ${markdownText(item.quote)}`, `   >`, `   > — ${citation(item)}`, '');
      }
    });
    lines.push('');
  });
  if (result.truncated) lines.push('_More chains exist than this report lists._', '');
  return `${lines.join('\n').trimEnd()}\n`;
};
