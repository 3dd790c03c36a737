import type { Config } from '@pag/server/config';
import type { Neo4jHandle } from './local-neo4j';

/** The app's configuration pointed at the Neo4j the scripts provided. */
export const withNeo4j = (
  config: Config,
  neo4j: Pick<Neo4jHandle, 'uri' | 'user' | 'password'>,
): Config => ({
  ...config,
  NEO4J_URI: neo4j.uri,
  NEO4J_USER: neo4j.user,
  NEO4J_PASSWORD: neo4j.password,
});
