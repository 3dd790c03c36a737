import autocannon from 'autocannon';
import { percentile } from './percentile';

export interface Scenario {
  readonly name: string;
  /** Paths requested in turn. */
  readonly paths: readonly string[];
}

export interface ScenarioResult {
  readonly name: string;
  readonly requests: number;
  readonly requestsPerSecond: number;
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  readonly errors: number;
}

/**
 * Sends requests to a loopback server for a fixed time with a fixed number of connections,
 * recording every response time so that p95 can be read exactly.
 */
export const runScenario = async (
  baseUrl: string,
  scenario: Scenario,
  options: { seconds: number; connections: number },
): Promise<ScenarioResult> => {
  if (!/^http:\/\/127\.0\.0\.1:\d+$/.test(baseUrl)) {
    throw new Error(`Benchmarks target loopback only, not ${baseUrl}`);
  }
  const times: number[] = [];
  let errors = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: baseUrl,
        connections: options.connections,
        duration: options.seconds,
        requests: scenario.paths.map((path) => ({ method: 'GET' as const, path })),
      },
      (error: Error | null, finished) => (error ? reject(error) : resolve(finished)),
    );
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      times.push(responseTime);
      if (statusCode !== 200) errors += 1;
    });
  });
  times.sort((a, b) => a - b);
  return {
    name: scenario.name,
    requests: times.length,
    requestsPerSecond: Math.round(times.length / options.seconds),
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    errors: errors + result.errors + result.timeouts,
  };
};
