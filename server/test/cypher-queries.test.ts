import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * Every Cypher query a repository exports (SCREAMING_CASE constants), fully assembled from
 * its fragments and limits, is kept as a file under __snapshots__/cypher/: a change to any
 * query shows in review as a diff of that file. `pnpm test` runs this tier with CI set, so a
 * new query without its file fails too; `pnpm test:unit -u` writes the files to review.
 */
const repositories = readdirSync(new URL('../src/repositories', import.meta.url)).filter((file) =>
  file.endsWith('.repository.ts'),
);

const SNAPSHOTS = new URL('__snapshots__/cypher', import.meta.url);
const snapshotName = (file: string, query: string) =>
  `${file.replace('.repository.ts', '')}.${query}.cypher`;

const CYPHER = /\b(MATCH|RETURN|CREATE|MERGE|UNWIND|CALL|DROP)\b/;

const queriesOf = async (file: string): Promise<[string, string][]> => {
  const module = (await import(`../src/repositories/${file}`)) as Record<string, unknown>;
  return Object.entries(module).flatMap(([name, value]): [string, string][] => {
    if (!/^[A-Z][A-Z_]+$/.test(name)) return [];
    if (typeof value === 'string' && CYPHER.test(value)) return [[name, value]];
    if (
      Array.isArray(value) &&
      value.every((item) => typeof item === 'string' && CYPHER.test(item))
    )
      return [[name, value.join(';\n')]];
    // A query for each of a few cases (such as one a relationship type), by case.
    if (
      value !== null &&
      typeof value === 'object' &&
      Object.values(value).every((item) => typeof item === 'string' && CYPHER.test(item))
    )
      return [
        [
          name,
          Object.entries(value)
            .map(([key, query]) => `// ${key}\n${query}`)
            .join(';\n'),
        ],
      ];
    return [];
  });
};

/** The query as written, without the indentation of the source it stands in. */
const dedent = (cypher: string) => {
  const lines = cypher.replace(/^\n/, '').trimEnd().split('\n');
  const indent = Math.min(
    ...lines.filter((line) => line.trim()).map((line) => /^ */.exec(line)?.[0].length ?? 0),
  );
  return `${lines.map((line) => line.slice(indent)).join('\n')}\n`;
};

describe('the Cypher each repository runs', () => {
  it('finds the repositories and their queries', async () => {
    expect(repositories.length).toBeGreaterThanOrEqual(9);
    const all = (await Promise.all(repositories.map(queriesOf))).flat();
    expect(all.length).toBeGreaterThanOrEqual(20);
  });

  it('keeps a file for every query and for nothing else', async () => {
    const expected = (
      await Promise.all(
        repositories.map(async (file) =>
          (await queriesOf(file)).map(([name]) => snapshotName(file, name)),
        ),
      )
    ).flat();
    expect(readdirSync(SNAPSHOTS).sort()).toEqual(expected.sort());
  });

  it.each(repositories)('%s: every query matches its reviewed text', async (file) => {
    const queries = await queriesOf(file);
    for (const [name, cypher] of queries) {
      await expect(dedent(cypher)).toMatchFileSnapshot(
        `__snapshots__/cypher/${snapshotName(file, name)}`,
      );
    }
  });
});
