import { z } from 'zod';
import { done } from '../lib/log';
import { startLocalNeo4j, type Neo4jHandle } from './local-neo4j';

/** Settings that choose which Neo4j the scripts use, with their defaults. */
const ScriptEnv = z.object({
  NEO4J_URI: z.string().min(1).optional(),
  NEO4J_USER: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: z.string().min(8).default('party-graph-local'),
  NEO4J_LOCAL_BOLT_PORT: z.coerce.number().int().min(1).max(65535).default(7687),
  NEO4J_TEST_URI: z.string().min(1).optional(),
  NEO4J_TEST_USER: z.string().min(1).default('neo4j'),
  NEO4J_TEST_PASSWORD: z.string().min(8).default('party-graph-test'),
  NEO4J_TEST_BOLT_PORT: z.coerce.number().int().min(1).max(65535).default(17687),
});

const scriptEnv = (env: NodeJS.ProcessEnv) =>
  ScriptEnv.parse(Object.fromEntries(Object.entries(env).filter(([, value]) => value !== '')));

const external = (uri: string, user: string, password: string, variable: string): Neo4jHandle => {
  done(`Using the Neo4j at ${uri} (${variable}); no local server is started`);
  return { uri, user, password, local: false, stop: () => Promise.resolve() };
};

/**
 * The Neo4j for the app: the server named by NEO4J_URI when set, otherwise a local
 * Community server whose data persists in `.neo4j/dev`.
 */
export const provideDevNeo4j = async (
  env: NodeJS.ProcessEnv = process.env,
): Promise<Neo4jHandle> => {
  const settings = scriptEnv(env);
  if (settings.NEO4J_URI) {
    return external(settings.NEO4J_URI, settings.NEO4J_USER, settings.NEO4J_PASSWORD, 'NEO4J_URI');
  }
  return startLocalNeo4j({
    instance: 'dev',
    boltPort: settings.NEO4J_LOCAL_BOLT_PORT,
    user: settings.NEO4J_USER,
    password: settings.NEO4J_PASSWORD,
  });
};

/**
 * The Neo4j for tests, never the developer's: the server named by NEO4J_TEST_URI when set,
 * otherwise a local Community server on its own port whose data is wiped at every start.
 */
export const provideTestNeo4j = async (
  env: NodeJS.ProcessEnv = process.env,
): Promise<Neo4jHandle> => {
  const settings = scriptEnv(env);
  if (settings.NEO4J_TEST_URI) {
    return external(
      settings.NEO4J_TEST_URI,
      settings.NEO4J_TEST_USER,
      settings.NEO4J_TEST_PASSWORD,
      'NEO4J_TEST_URI',
    );
  }
  return startLocalNeo4j({
    instance: 'test',
    boltPort: settings.NEO4J_TEST_BOLT_PORT,
    user: settings.NEO4J_TEST_USER,
    password: settings.NEO4J_TEST_PASSWORD,
    fresh: true,
  });
};
