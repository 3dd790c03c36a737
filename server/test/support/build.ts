import { onTestFinished } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/build-app';
import { loadConfig, type Config } from '../../src/config';
import { TcpProxy } from '../../../test-support/tcp-proxy';
import { testNeo4j } from '../../../test-support/test-database';
import { testConfig } from './test-neo4j';

/** Builds an app for the running test, closed when the test ends (call it inside `it`). */
const buildForTest = async (config: Config): Promise<FastifyInstance> => {
  const app = await buildApp(config);
  onTestFinished(() => app.close());
  return app;
};

/**
 * The app against the test Neo4j, ready for `inject`, for the running test: with its queries
 * planned ahead (see warm-up), so that nothing the test sends competes with the warm-up.
 */
export const build = async (overrides: Partial<Config> = {}) => {
  const app = await buildForTest(testConfig(overrides));
  await app.ready();
  await app.repositories.warmUp().catch(() => undefined);
  return app;
};

/**
 * The app with no database behind it (building it opens no connection), for what needs
 * none: the OpenAPI document, configuration, routing.
 */
export const buildWithoutDatabase = () =>
  buildForTest(loadConfig({ LOG_LEVEL: 'silent', NEO4J_URI: 'bolt://127.0.0.1:1' }));

/** A TCP proxy in front of the test Neo4j for the running test, closed when it ends. */
export const openProxy = async (): Promise<TcpProxy> => {
  const target = new URL(testNeo4j().uri.replace(/^bolt/, 'http'));
  const proxy = new TcpProxy(target.hostname, Number(target.port));
  await proxy.open();
  onTestFinished(async () => {
    proxy.paused = false;
    await proxy.close();
  });
  return proxy;
};

/**
 * The app reaching the test Neo4j through a TCP proxy, so the test can cut the database off
 * (`proxy.close()`), hang it (`proxy.paused = true`) and bring it back. Both are closed when
 * the test ends.
 */
export const buildProxied = async (overrides: Partial<Config> = {}) => {
  const proxy = await openProxy();
  const app = await build({ NEO4J_URI: `bolt://127.0.0.1:${proxy.port}`, ...overrides });
  return { app, proxy };
};
