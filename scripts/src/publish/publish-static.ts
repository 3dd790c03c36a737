import {
  existsSync,
  readdirSync,
  readFileSync,
  mkdirSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { SNAPSHOT_FILES } from '@pag/graph-seed';
import { done, step, UserError } from '../lib/log';
import { repoRoot } from '../lib/paths';
import { runCommand } from '../lib/run-command';
import { writeSnapshot, type SnapshotReport } from './write-snapshot';

/** Refuses an --out folder that holds anything but an earlier snapshot, which it replaces. */
const checkOut = (out: string): void => {
  if (!existsSync(out)) return;
  let entries: string[];
  try {
    entries = readdirSync(out);
  } catch {
    throw new UserError(`--out ${out} is not a folder.`);
  }
  if (entries.length > 0 && !existsSync(path.join(out, SNAPSHOT_FILES.manifest))) {
    throw new UserError(
      `--out ${out} holds files that are not a published snapshot; choose a new or empty folder (an earlier snapshot there is replaced).`,
    );
  }
};

/** Builds the explorer to read a snapshot, with paths relative to wherever it is served. */
const buildStaticClient = async (dir: string): Promise<void> => {
  step('Building the explorer for a static site (vite build)…');
  const started = Date.now();
  const result = await runCommand(
    'pnpm',
    [
      '--filter',
      '@pag/client',
      'exec',
      'vite',
      'build',
      '--base',
      './',
      '--outDir',
      dir,
      '--emptyOutDir',
      '--sourcemap',
      'false',
    ],
    { capture: true, cwd: repoRoot, env: { ...process.env, VITE_SNAPSHOT: 'true' } },
  );
  if (result.code !== 0) {
    throw new UserError(`The client build failed:\n${result.stdout}${result.stderr}`);
  }
  // The embed is the same page one folder down: /embed/ on any static host.
  const page = readFileSync(path.join(dir, 'index.html'), 'utf8');
  mkdirSync(path.join(dir, 'embed'));
  writeFileSync(
    path.join(dir, 'embed', 'index.html'),
    page.replace(/(src|href)="\.\//g, '$1="../'),
  );
  done(`Explorer built (${((Date.now() - started) / 1000).toFixed(1)}s)`);
};

/**
 * Writes a static site to `out`: the explorer and a snapshot of the graph (the API's answers
 * as files), which any static host serves as is. It is written beside `out` first and moved
 * into place at the end, so a failure leaves `out` as it was.
 */
export const publishStatic = async (
  app: Parameters<typeof writeSnapshot>[0],
  out: string,
): Promise<SnapshotReport> => {
  checkOut(out);
  const partial = `${out}.partial`;
  rmSync(partial, { recursive: true, force: true });
  try {
    await buildStaticClient(partial);
    const report = await writeSnapshot(app, partial);
    rmSync(out, { recursive: true, force: true });
    renameSync(partial, out);
    return report;
  } catch (error) {
    rmSync(partial, { recursive: true, force: true });
    throw error;
  }
};
