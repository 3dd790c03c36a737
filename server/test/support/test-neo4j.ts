import { loadConfig, type Config } from '../../src/config';
import { testNeo4j } from '../../../test-support/test-database';

/** Configuration for an app under test: the test Neo4j, quiet logs, overrides on top. */
export const testConfig = (overrides: Partial<Config> = {}): Config => {
  const { uri, user, password } = testNeo4j();
  return {
    ...loadConfig({
      NEO4J_URI: uri,
      NEO4J_USER: user,
      NEO4J_PASSWORD: password,
      LOG_LEVEL: 'silent',
      // Tests sweep the API far faster than one reader; the limit has tests of its own.
      RATE_LIMIT_PER_MINUTE: '0',
      // Tests change the data and cut the database off between requests: the stamp is read
      // for every request, so that no answer outlives what it answered (the cache's own
      // tests trust it for longer).
      DATA_STAMP_MAX_AGE_MS: '0',
    }),
    ...overrides,
  };
};
