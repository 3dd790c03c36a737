import type { Config } from '../../src/config';
import { TcpProxy } from './tcp-proxy';
import { buildTestApp, testNeo4j } from './test-app';

/**
 * An app under test that reaches the test Neo4j through a TCP proxy, so a test can cut the
 * database off (`proxy.close()`), hang it (`proxy.paused = true`) and bring it back.
 */
export const buildProxiedTestApp = async (overrides: Partial<Config> = {}) => {
  const target = new URL(testNeo4j().uri.replace(/^bolt/, 'http'));
  const proxy = new TcpProxy(target.hostname, Number(target.port));
  await proxy.open();
  const app = await buildTestApp({ NEO4J_URI: `bolt://127.0.0.1:${proxy.port}`, ...overrides });
  return {
    app,
    proxy,
    close: async () => {
      proxy.paused = false;
      await app.close();
      await proxy.close();
    },
  };
};
