import fp from 'fastify-plugin';
import { Database } from '../repositories';

declare module 'fastify' {
  interface FastifyInstance {
    /** The connection pool to the graph database, closed when the app closes. */
    database: Database;
  }
}

/**
 * Opens the connection pool to Neo4j. The app starts even when Neo4j is down: health
 * reports it, and requests answer 503 until it is back.
 */
export const databasePlugin = fp(
  async (app) => {
    const { config } = app;
    const database = new Database({
      uri: config.NEO4J_URI,
      user: config.NEO4J_USER,
      password: config.NEO4J_PASSWORD,
      database: config.NEO4J_DATABASE,
      // Short, so an unreachable Neo4j is reported within the health timeout.
      connectionTimeoutMs: config.HEALTH_TIMEOUT_MS,
    });
    app.decorate('database', database);
    app.addHook('onClose', async () => database.close());
  },
  { name: 'database', dependencies: ['config'] },
);
