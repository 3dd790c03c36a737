import { done, warn } from '../lib/log';
import type { Neo4jHandle } from './local-neo4j';

export interface SuperviseOptions {
  /** How long to wait before each restart in a row; the last is repeated. */
  readonly delaysMs?: readonly number[];
  /** A server that ran this long before it exited restarts after the first delay again. */
  readonly stableMs?: number;
}

const DELAYS_MS = [1000, 2000, 5000, 10_000, 30_000];
const STABLE_MS = 60_000;

/**
 * Keeps a Neo4j this process started running: when it exits other than by `stop()`, says so
 * and starts it again, after a delay that grows with each failed attempt in a row (1 s, 2 s,
 * 5 s, 10 s, then every 30 s). The app's driver reconnects by itself. The handle returned
 * stops the supervision and the server; a Neo4j the process did not start (one named by
 * NEO4J_URI, or one another command runs) is returned as it is.
 */
export const superviseNeo4j = async (
  start: () => Promise<Neo4jHandle>,
  options: SuperviseOptions = {},
): Promise<Neo4jHandle> => {
  const delays = options.delaysMs ?? DELAYS_MS;
  const stableMs = options.stableMs ?? STABLE_MS;
  const first = await start();
  if (!first.exited) return first;

  let current: Neo4jHandle = first;
  let stopped = false;
  // Read through a call: stop() sets it while the loops below wait.
  const isStopped = () => stopped;
  let restarting: Promise<void> | undefined;
  let cancelDelay: (() => void) | undefined;
  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      cancelDelay = () => {
        clearTimeout(timer);
        resolve();
      };
    });

  /** Starts the server again until it runs or supervision stops; false if it stopped. */
  const restart = async (reason: string, failures: number): Promise<boolean> => {
    let why = reason;
    for (let attempt = failures; !isStopped(); attempt++) {
      const delay = delays[Math.min(attempt, delays.length - 1)] ?? 1000;
      warn(`${why}\n  Restarting Neo4j in ${delay / 1000} s…`);
      await pause(delay);
      if (isStopped()) return false;
      try {
        const next = await start();
        if (isStopped()) {
          await next.stop();
          return false;
        }
        current = next;
        done('Neo4j is running again; the app reconnects by itself');
        return true;
      } catch (error) {
        why = `Neo4j could not be started again: ${(error as Error).message}`;
      }
    }
    return false;
  };

  const watch = async (): Promise<void> => {
    let failures = 0;
    while (!isStopped() && current.exited) {
      const startedAt = Date.now();
      const reason = await current.exited;
      if (isStopped()) return;
      if (Date.now() - startedAt >= stableMs) failures = 0;
      restarting = restart(reason, failures).then(() => undefined);
      await restarting;
      restarting = undefined;
      failures++;
    }
  };
  void watch();

  return {
    uri: first.uri,
    user: first.user,
    password: first.password,
    local: true,
    async stop() {
      if (stopped) return;
      stopped = true;
      cancelDelay?.();
      await restarting;
      await current.stop();
    },
  };
};
