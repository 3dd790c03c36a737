import { spawn } from 'node:child_process';
import { UserError } from './log';

/**
 * Serves a folder on loopback with Python's plain static file server (`http.server`), as
 * any static host would: files only, no rewrites. Resolves once it answers, with a way to
 * stop it.
 */
export const serveFolder = async (dir: string, port: number): Promise<() => Promise<void>> => {
  const child = spawn(
    'python3',
    ['-m', 'http.server', String(port), '--bind', '127.0.0.1', '--directory', dir],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-2000)));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null) child.kill('SIGTERM');
    await exited;
  };
  for (let attempt = 0; attempt < 100; attempt++) {
    if (child.exitCode !== null) break;
    const up = await fetch(`http://127.0.0.1:${port}/`).then(
      () => true,
      () => false,
    );
    if (up) return stop;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await stop();
  throw new UserError(`The static file server on port ${port} did not start:\n${stderr}`);
};
