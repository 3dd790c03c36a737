import fp from 'fastify-plugin';
import type { Driver } from 'neo4j-driver';
import { createNeo4jDriver } from '../neo4j-driver';

declare module 'fastify' {
  interface FastifyInstance {
    /** The one Neo4j driver of this process, closed when the app closes. */
    neo4j: Driver;
  }
}

/** Creates the Neo4j driver. The app starts even when Neo4j is down: health reports it. */
export const neo4jPlugin = fp(
  async (app) => {
    const driver = createNeo4jDriver(app.config);
    app.decorate('neo4j', driver);
    app.addHook('onClose', async () => driver.close());
  },
  { name: 'neo4j', dependencies: ['config'] },
);
