import { normalizeWhitespace } from '../normalize-whitespace';
import { issueAt, type IntegrityRule } from '../graph-records';
import { quotableTexts } from '../quotable-texts';

/**
 * A Chinese name or an alias is one a source gives — it stands in the stored text of one of
 * the node's sources — or it is marked as supplied by the editors (`nameZhByEditors`,
 * `aliasesByEditors`), so a reader can tell a standard term from a sourced name.
 */
export const namesSourced: IntegrityRule = (records) => {
  const textFor = quotableTexts(records);
  const sourceById = new Map(records.sources.map((s) => [s.value.id, s.value]));
  return records.nodes.flatMap((node) => {
    const texts = node.value.evidence.flatMap((evidence) => {
      const source = sourceById.get(evidence.source);
      const text = source ? textFor(source) : undefined;
      return text === undefined ? [] : [text.toLowerCase()];
    });
    const given = (name: string) =>
      texts.some((text) => text.includes(normalizeWhitespace(name).toLowerCase()));
    const { nameZh, nameZhByEditors, aliases } = node.value;
    return [
      ...(nameZh && !nameZhByEditors && !given(nameZh)
        ? [
            issueAt(
              node,
              ['nameZh'],
              `"${nameZh}" is in none of this node's sources: quote a source that gives it, or set nameZhByEditors: true`,
            ),
          ]
        : []),
      ...aliases.flatMap((alias, i) =>
        given(alias)
          ? []
          : [
              issueAt(
                node,
                ['aliases', i],
                `"${alias}" is in none of this node's sources: move it to aliasesByEditors if it is a standard term, or drop it`,
              ),
            ],
      ),
    ];
  });
};
