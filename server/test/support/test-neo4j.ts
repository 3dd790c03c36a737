import { inject, onTestFinished } from 'vitest';
import neo4j, { type Driver } from 'neo4j-driver';
import { loadConfig, type Config } from '../../src/config';

/** The test Neo4j's connection settings, provided by the integration global setup. */
export const testNeo4j = () => inject('neo4j');

/** Configuration for an app under test: the test Neo4j, quiet logs, overrides on top. */
export const testConfig = (overrides: Partial<Config> = {}): Config => {
  const { uri, user, password } = testNeo4j();
  return {
    ...loadConfig({
      NEO4J_URI: uri,
      NEO4J_USER: user,
      NEO4J_PASSWORD: password,
      LOG_LEVEL: 'silent',
    }),
    ...overrides,
  };
};

/**
 * A driver on the test Neo4j, for arranging and checking database state directly; closed
 * when the test that opened it ends.
 */
export const openTestDriver = (): Driver => {
  const { uri, user, password } = testNeo4j();
  const driver = neo4j.driver(uri, neo4j.auth.basic(user, password), {
    logging: { level: 'error', logger: () => undefined },
  });
  onTestFinished(() => driver.close());
  return driver;
};
