import fp from 'fastify-plugin';
import { createRepositories, type Repositories } from '../repositories';

declare module 'fastify' {
  interface FastifyInstance {
    /** The repositories: the only code that queries Neo4j. */
    repositories: Repositories;
  }
}

/** Binds the repositories to the database and configuration, for the routes to use. */
export const repositoriesPlugin = fp(
  async (app) => {
    app.decorate('repositories', createRepositories(app.database, app.config));
  },
  { name: 'repositories', dependencies: ['config', 'database'] },
);
