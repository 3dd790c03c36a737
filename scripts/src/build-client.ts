import { done, step, UserError } from './lib/log';
import { paths } from './lib/paths';
import { runCommand } from './lib/run-command';

/** Builds the client into client/dist with Vite. */
export const buildClient = async (): Promise<void> => {
  step('Building the client (vite build)…');
  const started = Date.now();
  const result = await runCommand('pnpm', ['--filter', '@pag/client', 'build'], { capture: true });
  if (result.code !== 0)
    throw new UserError(`The client build failed:\n${result.stdout}${result.stderr}`);
  done(`Client built into ${paths.clientDist} (${((Date.now() - started) / 1000).toFixed(1)}s)`);
};
