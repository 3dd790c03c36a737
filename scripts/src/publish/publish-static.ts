import {
  existsSync,
  readdirSync,
  readFileSync,
  mkdirSync,
  mkdtempSync,
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
      `--out ${out} holds files but no published snapshot; choose a new or empty folder, or one holding an earlier snapshot (which is replaced).`,
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
 * Moves a site's entries from `partial` into `out`, each replacing the one of that name, and
 * leaves whatever else `out` holds as it is (a CNAME, .nojekyll or .git of the host).
 */
export const moveInto = (partial: string, out: string): void => {
  mkdirSync(out, { recursive: true });
  for (const entry of readdirSync(partial)) {
    rmSync(path.join(out, entry), { recursive: true, force: true });
    renameSync(path.join(partial, entry), path.join(out, entry));
  }
  rmSync(partial, { recursive: true, force: true });
};

/**
 * Writes a static site to `out`: the explorer and a snapshot of the graph (the API's answers
 * as files), which any static host serves as is. It is written beside `out` first and moved
 * into place at the end, so a failure leaves `out` as it was; an earlier snapshot's entries
 * are replaced, anything else in `out` is left alone.
 */
export const publishStatic = async (
  app: Parameters<typeof writeSnapshot>[0],
  out: string,
): Promise<SnapshotReport> => {
  checkOut(out);
  const parent = path.dirname(out);
  mkdirSync(parent, { recursive: true });
  const partial = mkdtempSync(path.join(parent, `.${path.basename(out)}.partial-`));
  try {
    await buildStaticClient(partial);
    const report = await writeSnapshot(app, partial);
    moveInto(partial, out);
    return report;
  } catch (error) {
    rmSync(partial, { recursive: true, force: true });
    throw error;
  }
};
