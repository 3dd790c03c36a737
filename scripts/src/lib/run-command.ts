import { spawn, type SpawnOptions } from 'node:child_process';

export interface CommandResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs a command to completion. Output is inherited (shown live) unless `capture` is set,
 * in which case it is collected and returned.
 */
export const runCommand = (
  command: string,
  args: readonly string[],
  options: SpawnOptions & { capture?: boolean } = {},
): Promise<CommandResult> =>
  new Promise((resolve, reject) => {
    const { capture = false, ...spawnOptions } = options;
    const child = spawn(command, args, {
      stdio: capture ? ['ignore', 'pipe', 'pipe'] : 'inherit',
      ...spawnOptions,
    });
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code, signal) =>
      resolve({ code: code ?? (signal ? 1 : 0), stdout, stderr }),
    );
  });

/** Whether a command can be run at all (found on PATH). */
export const commandExists = async (
  command: string,
  versionArg = '--version',
): Promise<boolean> => {
  try {
    const result = await runCommand(command, [versionArg], { capture: true });
    return result.code === 0;
  } catch {
    return false;
  }
};
