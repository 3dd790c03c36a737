import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  Basis,
  LIST_PARAMETER_ITEMS_MAX,
  PATH_COUNT,
  PATH_LENGTH_MAX,
  SEARCH_QUERY_LENGTH_MAX,
  SEARCH_RESULTS,
  TRACE_CHAINS,
  TRACE_DEPTH,
  reachReport,
} from '@pag/graph-seed';
import { ConfigSchema, loadConfig } from '@pag/server/config';
import { readDataDir } from '../src/graph/read-data-dir';
import { paths as repoPaths, repoRoot } from '../src/lib/paths';

/**
 * The README states limits and defaults that are defined once in the code: it must state
 * them as the code defines them.
 */
const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');

/** The README's table row that starts with the given cell. */
const row = (firstCell: string) => {
  const line = readme.split('\n').find((l) => l.startsWith(`| ${firstCell}`));
  if (!line) throw new Error(`README has no table row for ${firstCell}`);
  return line;
};

/** "`name` (default D, at most M)" in a row, as numbers. */
const bounds = (line: string, parameter: string) => {
  const match = new RegExp(`\`${parameter}\` \\(default (\\d+), at most (\\d+)\\)`).exec(line);
  if (!match) throw new Error(`no bounds for ${parameter} in: ${line}`);
  return { default: Number(match[1]), max: Number(match[2]) };
};

describe('the limits the README states', () => {
  it('are those of the API', () => {
    const authority = row('`GET /api/authority/:id');
    expect(bounds(authority, 'maxDepth')).toEqual(TRACE_DEPTH);
    expect(bounds(authority, 'limit')).toEqual(TRACE_CHAINS);
    const paths = row('`GET /api/paths');
    expect(bounds(paths, 'max')).toEqual(PATH_COUNT);
    expect(paths).toContain(`up to ${PATH_LENGTH_MAX} hops`);
    const search = row('`GET /api/search');
    expect(bounds(search, 'limit')).toEqual(SEARCH_RESULTS);
    expect(search).toContain(`\`q\` up to ${SEARCH_QUERY_LENGTH_MAX} characters`);
    expect(row('`GET /api/graph')).toContain(`up to ${LIST_PARAMETER_ITEMS_MAX} comma-separated`);
    expect(authority).toContain(Basis.options.map((b) => `\`${b}\``).join(', '));
  });
});

describe('the reach of the Party centre the README states', () => {
  it('is that of the seed graph', () => {
    const result = readDataDir(repoPaths.dataDir);
    if (!result.ok) throw new Error('the seed data must be valid');
    const report = reachReport(result.graph);
    const reached = report.filter((entry) => entry.reaches).length;
    expect(readme).toContain(`${reached} of the ${report.length} governed organizations reach it`);
    expect(readme).toContain(`the other ${report.length - reached} are listed with the reason`);
  });

  it('is on provisions alone for none of them, as the README says', () => {
    const result = readDataDir(repoPaths.dataDir);
    if (!result.ok) throw new Error('the seed data must be valid');
    const onProvisions = reachReport(result.graph).filter(
      (entry) => entry.reaches && entry.weakest.basis === 'provision',
    );
    expect(readme.replace(/\s+/g, ' ')).toContain(
      'In the seed no governed organization reaches the Party centre on provisions alone',
    );
    expect(onProvisions.map((entry) => entry.node.id)).toEqual([]);
  });
});

describe('the configuration table', () => {
  it('gives every server setting with the default the server uses', () => {
    const defaults = new Map(Object.entries(loadConfig({})));
    for (const name of Object.keys(ConfigSchema.shape)) {
      const stated = row(`\`${name}\``).split('|')[2]?.trim() ?? '';
      const value = defaults.get(name);
      if (value === undefined) expect(stated, name).toMatch(/^_\(/);
      // Unset, the scripts start a local Neo4j, which the server then reaches by default.
      else if (name === 'NEO4J_URI') expect(stated, name).toBe('_(unset)_');
      else expect(stated, name).toBe(`\`${String(value)}\``);
    }
  });
});
