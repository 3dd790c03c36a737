import {
  weakestOf,
  type Basis,
  type ChainsResponse,
  type EvidenceItem,
  type Hop,
  type Modality,
  type PathDirection,
  type SourceRecord,
  type TraceDirection,
} from '@pag/graph-seed';
import type { Language } from '../i18n/messages';
import { basisName, modalityName, verbParts } from '../i18n/names';
import { chainTrees, intermediaries, type ChainTreeBranch } from './chain-tree';
import { citeSource } from './citation';
import { markdownLink, markdownText } from './markdown-text';
import { reportWords } from './report-words';

/** What the chains are: lines of authority traced from a node, or paths between two. */
export type ReportSubject =
  | { readonly kind: 'trace'; readonly nodeId: string; readonly direction: TraceDirection }
  | {
      readonly kind: 'paths';
      readonly from: string;
      readonly to: string;
      readonly direction: PathDirection;
    };

/**
 * A Markdown evidence report of traced chains or found paths, ready to paste into an
 * article, in the interface language: the chains as a tree (a hop several chains share is
 * stated once), each chain with its weakest link, what the chains pass through, then every
 * hop once, as its relationship reads, how strongly its source says it, its caveats and
 * every quote with its full citation.
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
    language?: Language | undefined;
  },
): string => {
  const language = meta.language ?? 'en';
  const words = reportWords[language];
  const nodes = new Map(result.nodes.map((n) => [n.data.id, n.data]));
  // Both names, the interface language's first.
  const name = (id: string) => {
    const node = nodes.get(id);
    if (!node) return markdownText(id);
    if (!node.nameZh) return markdownText(node.name);
    return markdownText(
      language === 'zh' ? `${node.nameZh}（${node.name}）` : `${node.name} (${node.nameZh})`,
    );
  };
  const strength = (claim: { basis: Basis; modality: Modality }) =>
    words.strength(basisName(claim.basis, language), modalityName(claim.modality, language));
  const citation = (item: EvidenceItem) => {
    const link = markdownLink(item.url);
    const cited = citeSource({ ...item, url: null }).replace(/\.$/, '');
    const through = item.quotedIn ? `, ${words.quotedIn} ${markdownText(item.quotedIn)}` : '';
    return `${markdownText(cited)}, ${markdownText(item.locator)}${through}.${link ? ` ${link}` : ''}`;
  };
  const isTrace = subject.kind === 'trace';
  // On a path over any relationship, a hop read against the path says so.
  const marksAgainst = !isTrace && subject.direction === 'any';
  // Each hop reads as its relationship does, along its arrow, whichever way the chain goes.
  const sentence = (hop: Hop) => {
    const [verb, verbEnd] = verbParts(hop.type, language, nodes.get(hop.source));
    return (
      `**${name(hop.source)}** ${verb} **${name(hop.target)}**${verbEnd ? ` ${verbEnd}` : ''}` +
      (marksAgainst && !hop.forward ? ` _${words.against}_` : '')
    );
  };
  // Every hop once, numbered in the order the chains first reach it.
  const numbers = new Map<string, number>();
  const hops: Hop[] = [];
  for (const hop of result.chains.flatMap((chain) => chain.hops)) {
    if (numbers.has(hop.edgeId)) continue;
    numbers.set(hop.edgeId, hops.push(hop));
  }
  const number = (hop: Hop) => numbers.get(hop.edgeId) ?? 0;

  const title = isTrace
    ? words.traceTitle(subject.direction, name(subject.nodeId))
    : words.pathTitle(subject.direction, name(subject.from), name(subject.to));
  const lines = [
    `# ${title}`,
    '',
    words.summary(result.chains.length, isTrace, meta.dataVersion, meta.date),
    '',
  ];
  const viewLink = markdownLink(meta.viewUrl);
  if (viewLink) lines.push(`${words.view} ${viewLink}`, '');
  if (meta.basedOn?.length) {
    const cited = meta.basedOn.map((source) => {
      const link = markdownLink(source.url);
      return `${markdownText(citeSource({ ...source, url: null }))}${link ? ` ${link}` : ''}`;
    });
    lines.push(words.readFrom(cited.join('; ')), '');
  }
  if (result.filter) {
    const kept = result.filter.basis.map((basis) => basisName(basis, language));
    lines.push(words.kept(kept.join(language === 'zh' ? '、' : ', '), result.filter.removed), '');
  }
  if (result.chains.length > 0) {
    lines.push(`## ${words.treeHeading}`, '', words.treeIntro, '');
    const branch = (item: ChainTreeBranch, depth: number): string[] => [
      `${'  '.repeat(depth)}- ${sentence(item.hop)} — ${words.hopRef(number(item.hop))}`,
      ...item.branches.flatMap((next) => branch(next, depth + 1)),
    ];
    for (const tree of chainTrees(result.chains)) {
      lines.push(`- **${name(tree.start)}**`, ...tree.branches.flatMap((b) => branch(b, 1)));
    }
    lines.push('', `## ${words.chainsHeading(isTrace)}`, '');
    result.chains.forEach((chain, i) => {
      const path = [chain.hops[0]?.from, ...chain.hops.map((hop) => hop.to)].filter(
        (id): id is string => id !== undefined,
      );
      const weakest = weakestOf(chain.hops);
      lines.push(
        `${i + 1}. ${path.map(name).join(` ${words.arrow} `)}` +
          (weakest && chain.hops.length > 1
            ? `; ${words.weakest(number(weakest), strength(weakest))}`
            : ''),
      );
    });
    const between = intermediaries(result.chains);
    if (between.length > 0) {
      lines.push('', `## ${words.intermediariesHeading}`, '', words.intermediariesIntro, '');
      for (const { id, chains } of between)
        lines.push(`- **${name(id)}**: ${words.through(chains, result.chains.length)}`);
    }
    lines.push('', `## ${words.hopsHeading}`, '');
  }
  for (const hop of hops) {
    lines.push(
      `### ${words.hop(number(hop))}: ${sentence(hop)}`,
      '',
      `_${strength(hop)}._`,
      ...(hop.modalityNote ? [`_${words.wording} ${markdownText(hop.modalityNote)}_`] : []),
      ...(hop.note ? [`_${words.note} ${markdownText(hop.note)}_`] : []),
      '',
    );
    for (const item of hop.sources) {
      lines.push(`> ${markdownText(item.quote)}`, `>`, `> — ${citation(item)}`, '');
    }
  }
  if (result.truncated) lines.push(`_${words.truncated}_`, '');
  return `${lines.join('\n').trimEnd()}\n`;
};
