#!/usr/bin/env node
// Entry point of `pnpm start`, `pnpm test` and `pnpm dev`. Plain JavaScript so it runs before
// dependencies are installed: it checks Node, installs dependencies when needed, then runs
// the TypeScript script for the command with tsx.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const [command, ...args] = process.argv.slice(2);
const scripts = { start: 'start.ts', test: 'test.ts', dev: 'dev.ts' };

const fail = (message) => {
  process.stderr.write(`\u001b[31m✗\u001b[0m ${message}\n`);
  process.exit(1);
};

if (!scripts[command])
  fail(`Unknown command "${command}". Use one of: ${Object.keys(scripts).join(', ')}`);

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 20 || (major === 20 && minor < 19)) {
  fail(`Node ${process.versions.node} is too old: install Node 20.19 or newer.`);
}

const modules = path.join(root, 'node_modules', '.modules.yaml');
const lockfile = path.join(root, 'pnpm-lock.yaml');
const stale = !existsSync(modules) || statSync(lockfile).mtimeMs > statSync(modules).mtimeMs;
if (stale) {
  process.stdout.write(
    '\u001b[36m▸\u001b[0m Installing dependencies (pnpm install --frozen-lockfile)…\n',
  );
  const result = spawnSync('pnpm', ['install', '--frozen-lockfile'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (result.error) fail(`pnpm is needed: npm i -g pnpm@12.4.2 (${result.error.message})`);
  if (result.status !== 0) fail('pnpm install failed; see above.');
}

const tsx = path.join(root, 'node_modules', '.bin', 'tsx');
const child = spawn(tsx, [path.join(root, 'scripts', 'src', scripts[command]), ...args], {
  cwd: root,
  stdio: 'inherit',
});
// Pass signals on and wait for the child to stop what it started (its handlers are
// idempotent, so Ctrl-C reaching it through the process group as well does no harm).
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => child.kill(signal));
}
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
