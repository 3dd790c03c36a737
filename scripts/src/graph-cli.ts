import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { auditSheet } from './graph/audit-sheet';
import { describeGraph } from './graph/describe-graph';
import { describeReach } from './graph/describe-reach';
import { FILE_FORMATS, isFileFormat } from '@pag/graph-seed';
import { exportGraph } from './graph/export-formats';
import { loadDataDir, validateDataDir } from './graph/load-data-dir';
import { done, runMain, UserError } from './lib/log';
import { paths } from './lib/paths';
import { provideDevNeo4j } from './neo4j/provide-neo4j';

const USAGE = `Usage: pnpm graph <validate|load|audit|export> [--data DIR] [--out FILE] [--format F]

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
  throw new UserError(`Unknown command "${command}".\n${USAGE}`);
});
