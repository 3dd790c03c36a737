import {
  authorityEnds,
  bases,
  compareStrength,
  modalities,
  reachReport,
  relationshipTypes,
  type GraphNode,
  type GraphRelationship,
  type SeedGraph,
} from '@pag/graph-seed';

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** A node as the sheet names it: English name, Chinese name, id. */
const named = (node: GraphNode | undefined, id: string) =>
  node ? `${node.name}${node.nameZh ? ` (${node.nameZh})` : ''} \`${id}\`` : `\`${id}\``;

/** The documents in date order (undated last), then the lines no one document states. */
const documentOrder = (graph: SeedGraph) => {
  const dated = graph.nodes
    .flatMap((node) => (node.kind === 'document' ? [node] : []))
    .sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.id.localeCompare(b.id));
  return [...dated.map((node) => node.id), null];
};

/**
 * The reviewer's audit sheet, in Markdown: every line of authority the data states — from,
 * type, to, basis, modality, the document that states it, each quote with its locator and
 * source — grouped by document in date order and sorted within, then the reach of the Party
 * centre with each governed organization's weakest link. Deterministic, so a checked-in copy
 * shows any change of a claim as a diff.
 */
export const auditSheet = (graph: SeedGraph): string => {
  const nodes = new Map(graph.nodes.map((node) => [node.id, node]));
  const sources = new Map(graph.sources.map((source) => [source.id, source]));
  const name = (id: string) => named(nodes.get(id), id);
  const lines = graph.relationships.filter(
    (r) => authorityEnds(r.type, r.source, r.target) !== undefined,
  );
  const byBasis = Object.entries(bases)
    .map(([basis, { label }]) => [label, lines.filter((r) => r.basis === basis).length] as const)
    .filter(([, count]) => count > 0)
    .map(([label, count]) => `${count} on ${label}`);
  const out = [
    '# Review sheet: every line of authority',
    '',
    'Written by `pnpm graph audit` from the data files; do not edit by hand. Check each line',
    'against its quotes: the claim (from, type, to) must be no stronger than the quotes, the',
    'basis must say what kind of statement they are, and the modality how they are worded.',
    '',
    `${lines.length} lines of authority: ${byBasis.join(', ')}.`,
    '',
  ];
  const claim = (r: GraphRelationship) =>
    `${name(r.source)} **${relationshipTypes[r.type].label}** ${name(r.target)}`;
  let number = 0;
  for (const document of documentOrder(graph)) {
    const stated = lines
      .filter((r) => (r.document ?? null) === document)
      .sort(
        (a, b) =>
          a.source.localeCompare(b.source) ||
          a.type.localeCompare(b.type) ||
          a.target.localeCompare(b.target),
      );
    if (stated.length === 0) continue;
    out.push(`## ${document ? `Stated by ${name(document)}` : 'Stated by no one document'}`, '');
    for (const r of stated) {
      number += 1;
      out.push(
        `### ${number}. \`${r.id}\``,
        '',
        `- **Claim:** ${claim(r)}`,
        `- **Basis:** ${bases[r.basis].label} · **Modality:** ${modalities[r.modality].label}`,
      );
      if (r.modalityNote) out.push(`- **On the wording:** ${oneLine(r.modalityNote)}`);
      if (r.note) out.push(`- **Note:** ${oneLine(r.note)}`);
      out.push('- **Evidence:**', '');
      for (const item of r.evidence) {
        const source = sources.get(item.source);
        out.push(
          `  > ${oneLine(item.quote)}`,
          `  > — ${source?.title ?? item.source} (\`${item.source}\`), ${item.locator}`,
          '',
        );
      }
    }
  }
  const reach = reachReport(graph);
  const reaching = reach
    .flatMap((entry) => (entry.reaches ? [entry] : []))
    .sort((a, b) => compareStrength(b.weakest, a.weakest) || a.node.id.localeCompare(b.node.id));
  out.push(
    '## Reach of the Party centre',
    '',
    `${reaching.length} of ${reach.length} governed organizations reach the Party centre by lines of authority. A chain is no stronger than its weakest link; this is the weakest link of each one's strongest chain.`,
    '',
    '| governed organization | hops | weakest link | basis | modality |',
    '| --- | --- | --- | --- | --- |',
    ...reaching.map(
      ({ node, hops, weakest }) =>
        `| ${named(node, node.id)} | ${hops} | \`${weakest.relationship}\` | ${bases[weakest.basis].label} | ${modalities[weakest.modality].label} |`,
    ),
    '',
    'Not reached, with the reason recorded:',
    '',
    ...reach
      .flatMap((entry) => (entry.reaches ? [] : [entry]))
      .map(
        ({ node, reason }) =>
          `- ${named(node, node.id)}: ${oneLine(reason ?? '(no reason recorded)')}`,
      ),
  );
  return `${out.join('\n').trimEnd()}\n`;
};
