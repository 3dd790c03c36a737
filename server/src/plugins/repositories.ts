import fp from 'fastify-plugin';
import { createRepositories, type Repositories } from '../repositories';

declare module 'fastify' {
  interface FastifyInstance {
    /** The repositories: the only code that queries Neo4j. */
    repositories: Repositories;
  }
}

/** Binds the repositories to the driver and configuration, for the routes to use. */
export const repositoriesPlugin = fp(
  async (app) => {
    app.decorate(
      'repositories',
      createRepositories(
        {
          driver: app.neo4j,
          database: app.config.NEO4J_DATABASE,
          timeoutMs: app.config.NEO4J_QUERY_TIMEOUT_MS,
        },
        app.config,
      ),
    );
  },
  { name: 'repositories', dependencies: ['config', 'neo4j'] },
);
