import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Config } from './config';
import { clientStaticPlugin } from './plugins/client-static';
import { errorHandlerPlugin } from './plugins/error-handler';
import { neo4jPlugin } from './plugins/neo4j';
import { graphRoutes } from './routes/graph';
import { healthRoutes } from './routes/health';

/**
 * Builds the application: external plugins first (error handling, the Neo4j driver), then
 * the API routes under `/api`, then the static client when one is configured.
 */
export const buildApp = async (
  config: Config,
  options: FastifyServerOptions = {},
): Promise<FastifyInstance> => {
  const app = Fastify({
    logger: { level: config.LOG_LEVEL },
    ...options,
  });

  await app.register(errorHandlerPlugin);
  await app.register(neo4jPlugin, { config });

  await app.register(
    async (api) => {
      // Zod compilers belong to the encapsulated API plugin, not the root.
      api.setValidatorCompiler(validatorCompiler);
      api.setSerializerCompiler(serializerCompiler);
      await api.register(healthRoutes, { timeoutMs: config.HEALTH_TIMEOUT_MS });
      await api.register(graphRoutes, { elementLimit: config.GRAPH_ELEMENT_LIMIT });
    },
    { prefix: '/api' },
  );

  if (config.CLIENT_DIST) {
    await app.register(clientStaticPlugin, { root: config.CLIENT_DIST });
  }
  return app;
};
