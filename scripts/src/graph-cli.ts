import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { auditSheet } from './graph/audit-sheet';
import { describeGraph } from './graph/describe-graph';
import { describeReach } from './graph/describe-reach';
import { DataVersionId, FILE_FORMATS, isFileFormat, VERSIONS_LISTED } from '@pag/graph-seed';
import { Database } from '@pag/server/repositories/database';
import { findChangesSince, findVersions } from '@pag/server/repositories/versions.repository';
import { describeChanges, describeVersions } from './graph/describe-versions';
import { importSynthetic } from './synth/import-synthetic';
import { loadSynthetic, removeSynthetic } from './synth/load-synthetic';
import { exportGraph } from './graph/export-formats';
import { loadDataDir, validateDataDir } from './graph/load-data-dir';
import { done, runMain, UserError } from './lib/log';
import { paths } from './lib/paths';
import { provideDevNeo4j } from './neo4j/provide-neo4j';

const USAGE = `Usage: pnpm graph <validate|load|audit|export|versions|synth> [--data DIR] [--out FILE] [--format F] [--since V] [--orgs N] [--seed S] [--remove] [--import [--replace]]

  validate   check every data file against the schemas and integrity rules, and report
             how each governed organization reaches the Party centre
  load       validate, then make Neo4j mirror the data (one transaction, all or nothing).
             Uses NEO4J_URI when set, otherwise starts the local Neo4j for the duration.
  audit      validate, then write the reviewer's sheet of every line of authority (Markdown)
             to --out, or print it
  export     validate, then write the whole graph or its sources in --format to --out, or
             print it:
${Object.entries(FILE_FORMATS)
  .map(([name, { purpose }]) => `               ${name.padEnd(9)} ${purpose}`)
  .join('\n')}
  versions   list every data version loaded into Neo4j, newest first, with what each
             changed; with --since V, every claim and source added, changed or removed
             since version V
  synth      load the curated graph, then a synthetic scale-test graph beside it: --orgs N
             governed organizations (1 to 2,000,000) under generated Party committees down to
             townships, hanging from the real Party centre, from --seed S (default 1: the
             same seed, the same graph); every record is marked synthetic and the explorer
             says it is loaded. --remove takes it out again. --import replaces the local
             Neo4j's database (stop it first) with the curated and the synthetic graph,
             written by Neo4j's own bulk importer (neo4j-admin database import): for an
             empty database, and as the yardstick of the loader's rate. A database the
             local Neo4j holds is replaced only with --replace.
  --data     data folder (default: graph-seed/data)
  --out      where audit writes its sheet (the checked-in one is docs/audit.md), or export
             its file`;

runMain(async () => {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      data: { type: 'string' },
      out: { type: 'string' },
      format: { type: 'string' },
      since: { type: 'string' },
      orgs: { type: 'string' },
      seed: { type: 'string' },
      remove: { type: 'boolean' },
      import: { type: 'boolean' },
      replace: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [command] = positionals;
  if (values.help || !command) {
    process.stdout.write(`${USAGE}\n`);
    return values.help ? 0 : 2;
  }
  const dataDir = path.resolve(values.data ?? paths.dataDir);
  if (command === 'validate') {
    const graph = validateDataDir(dataDir);
    done(`Valid: every schema and integrity rule holds.`);
    process.stdout.write(`${describeGraph(graph)}\n\n${describeReach(graph)}\n`);
    return 0;
  }
  if (command === 'audit') {
    const sheet = auditSheet(validateDataDir(dataDir));
    if (!values.out) {
      process.stdout.write(sheet);
      return 0;
    }
    const out = path.resolve(values.out);
    try {
      writeFileSync(out, sheet);
    } catch (error) {
      throw new UserError(`Could not write the audit sheet to ${out}: ${(error as Error).message}`);
    }
    done(`Audit sheet written to ${path.relative(process.cwd(), out) || out}`);
    return 0;
  }
  if (command === 'export') {
    const format = values.format;
    if (!format || !isFileFormat(format)) {
      throw new UserError(
        `${format ? `Unknown --format "${format}"` : 'export needs --format'}: one of ${Object.keys(FILE_FORMATS).join(', ')}.`,
      );
    }
    const text = exportGraph(validateDataDir(dataDir), format, new Date().toISOString());
    if (!values.out) {
      process.stdout.write(text);
      return 0;
    }
    const out = path.resolve(values.out);
    try {
      writeFileSync(out, text);
    } catch (error) {
      throw new UserError(
        `Could not write the ${format} file to ${out}: ${(error as Error).message}`,
      );
    }
    done(`${format} written to ${path.relative(process.cwd(), out) || out}`);
    return 0;
  }
  if (command === 'load') {
    validateDataDir(dataDir);
    const neo4j = await provideDevNeo4j();
    try {
      await loadDataDir(neo4j, dataDir, process.env.NEO4J_DATABASE || 'neo4j');
    } finally {
      await neo4j.stop();
    }
    return 0;
  }
  if (command === 'versions') {
    const since = values.since;
    if (since !== undefined && !DataVersionId.safeParse(since).success) {
      throw new UserError(
        `--since "${since}" is not a data version (hexadecimal, e.g. 0a44dd5c1967).`,
      );
    }
    const neo4j = await provideDevNeo4j();
    const database = new Database({ ...neo4j, database: process.env.NEO4J_DATABASE || 'neo4j' });
    try {
      const context = { database, timeoutMs: 30_000 };
      if (since === undefined) {
        process.stdout.write(
          `${describeVersions(await findVersions(context, VERSIONS_LISTED.max))}\n`,
        );
        return 0;
      }
      const changes = await findChangesSince(context, since);
      if (!changes) throw new UserError(`No data version "${since}" in this database's history.`);
      process.stdout.write(`${describeChanges(changes)}\n`);
      return 0;
    } finally {
      await database.close();
      await neo4j.stop();
    }
  }
  if (command === 'synth') {
    const database = process.env.NEO4J_DATABASE || 'neo4j';
    if (values.remove) {
      const neo4j = await provideDevNeo4j();
      try {
        await removeSynthetic(neo4j, database);
      } finally {
        await neo4j.stop();
      }
      return 0;
    }
    const orgs = Number(values.orgs);
    if (!Number.isInteger(orgs) || orgs < 1 || orgs > 2_000_000) {
      throw new UserError(
        `synth needs --orgs N, a whole number from 1 to 2,000,000${values.orgs === undefined ? '' : ` (not "${values.orgs}")`}.`,
      );
    }
    const seed = Number(values.seed ?? '1');
    if (!Number.isInteger(seed) || seed < 0 || seed > 2 ** 32 - 1) {
      throw new UserError(`--seed "${values.seed}" is not a whole number from 0 to 4294967295.`);
    }
    const curated = validateDataDir(dataDir);
    if (values.import) {
      if (process.env.NEO4J_URI) {
        throw new UserError(
          "--import writes the local Neo4j's files with neo4j-admin; it cannot reach the server at NEO4J_URI. Unset NEO4J_URI, or load with pnpm graph synth (without --import).",
        );
      }
      await importSynthetic({ orgs, seed }, curated, {
        instance: 'dev',
        boltPort: Number(process.env.NEO4J_LOCAL_BOLT_PORT || 7687),
        start: () => provideDevNeo4j(),
        replace: values.replace === true,
      });
      return 0;
    }
    const neo4j = await provideDevNeo4j();
    try {
      await loadDataDir(neo4j, dataDir, database);
      await loadSynthetic(neo4j, { orgs, seed }, database);
    } finally {
      await neo4j.stop();
    }
    return 0;
  }
  throw new UserError(`Unknown command "${command}".\n${USAGE}`);
});
