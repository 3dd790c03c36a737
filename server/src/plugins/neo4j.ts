import fp from 'fastify-plugin';
import type { Driver } from 'neo4j-driver';
import type { Config } from '../config';
import { createNeo4jDriver } from '../neo4j-driver';
import type { QueryContext } from '../repositories/neo4j-query';

declare module 'fastify' {
  interface FastifyInstance {
    /** The one Neo4j driver of this process, closed when the app closes. */
    neo4j: Driver;
    /** Driver, database and timeout for read queries. */
    neo4jQuery: QueryContext;
  }
}

/** Creates the Neo4j driver. The app starts even when Neo4j is down: health reports it. */
export const neo4jPlugin = fp<{ config: Config }>(
  async (app, { config }) => {
    const driver = createNeo4jDriver(config);
    app.decorate('neo4j', driver);
    app.decorate('neo4jQuery', {
      driver,
      database: config.NEO4J_DATABASE,
      timeoutMs: config.NEO4J_QUERY_TIMEOUT_MS,
    });
    app.addHook('onClose', async () => driver.close());
  },
  { name: 'neo4j' },
);
