import fp from 'fastify-plugin';
import { Database, createRepositories, type Repositories } from '../repositories';

declare module 'fastify' {
  interface FastifyInstance {
    /** The repositories: the only code that queries Neo4j. */
    repositories: Repositories;
  }
}

/**
 * Opens the connection pool to Neo4j and binds the repositories to it, for the routes to
 * use; closes the pool when the app closes. The connection itself stays inside the
 * repositories: no plugin or route sees it. The app starts even when Neo4j is down: health
 * reports it, and requests answer 503 until it is back. Once ready, it has Neo4j plan the
 * slowest queries ahead, in the background.
 */
export const repositoriesPlugin = fp(
  async (app) => {
    const { config } = app;
    const database = new Database({
      uri: config.NEO4J_URI,
      user: config.NEO4J_USER,
      password: config.NEO4J_PASSWORD,
      database: config.NEO4J_DATABASE,
      // Short, so an unreachable Neo4j is reported within the health timeout.
      connectionTimeoutMs: config.HEALTH_TIMEOUT_MS,
      // The API only reads; retrying against a database that is down only delays the 503.
      maxRetryTimeMs: 2000,
      // Under overload, queries past the pool and a bounded queue, or that wait longer than
      // NEO4J_MAX_WAIT_MS for a turn, are refused (503) rather than queued until they time
      // out, so the slowest answers stay near that wait plus the query (README, "API").
      maxConnectionPoolSize: config.NEO4J_POOL_SIZE,
      maxWaitingQueries: config.NEO4J_MAX_WAITING,
      maxQueueWaitMs: config.NEO4J_MAX_WAIT_MS,
    });
    const repositories = createRepositories(database, config);
    app.decorate('repositories', repositories);
    // In the background: the app answers meanwhile, and Neo4j may be down.
    app.addHook('onReady', () => {
      repositories.warmUp().then(
        () => app.log.debug('Trace and path queries planned'),
        (error: unknown) => app.log.debug({ err: error }, 'Could not plan the queries ahead'),
      );
    });
    app.addHook('onClose', async () => database.close());
  },
  { name: 'repositories', dependencies: ['config'] },
);
