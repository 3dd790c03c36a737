import Fastify, {
  type FastifyInstance,
  type FastifyReply,
  type FastifyServerOptions,
} from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { ApiError } from '@pag/graph-seed';
import type { Config } from './config';
import { apiDocsPlugin } from './plugins/api-docs';
import { clientStaticPlugin } from './plugins/client-static';
import { errorHandlerPlugin } from './plugins/error-handler';
import { neo4jPlugin } from './plugins/neo4j';
import { authorityRoutes } from './routes/authority';
import { edgeRoutes } from './routes/edges';
import { graphRoutes } from './routes/graph';
import { healthRoutes } from './routes/health';
import { metaRoutes } from './routes/meta';
import { nodeRoutes } from './routes/nodes';
import { pathRoutes } from './routes/paths';
import { searchRoutes } from './routes/search';
import { sourceRoutes } from './routes/sources';

/**
 * Builds the application: external plugins first (error handling, the Neo4j driver, API
 * docs), then the API routes under `/api`, then the static client when one is configured.
 */
export const buildApp = async (
  config: Config,
  options: FastifyServerOptions = {},
): Promise<FastifyInstance> => {
  const app = Fastify({
    logger: { level: config.LOG_LEVEL },
    // Long ids reach validation (and a 400 naming the parameter) instead of a bare 414.
    routerOptions: { maxParamLength: 8192 },
    // Errors raised before routing (a URL that is not valid percent-encoding) get the one
    // error shape too.
    frameworkErrors: (error, _request, reply) => {
      const body: ApiError = {
        error: { code: 'bad_request', message: `The request is malformed: ${error.message}` },
      };
      // frameworkErrors' reply is typed for no route at all; it is an ordinary reply.
      void (reply as FastifyReply).code(400).send(body);
    },
    ...options,
  });

  await app.register(errorHandlerPlugin);
  await app.register(neo4jPlugin, { config });
  await app.register(apiDocsPlugin);

  await app.register(
    async (api) => {
      // Zod compilers belong to the encapsulated API plugin, not the root.
      api.setValidatorCompiler(validatorCompiler);
      api.setSerializerCompiler(serializerCompiler);
      await api.register(healthRoutes, { timeoutMs: config.HEALTH_TIMEOUT_MS });
      await api.register(graphRoutes, { elementLimit: config.GRAPH_ELEMENT_LIMIT });
      await api.register(nodeRoutes);
      await api.register(edgeRoutes);
      await api.register(authorityRoutes);
      await api.register(pathRoutes);
      await api.register(searchRoutes);
      await api.register(sourceRoutes);
      await api.register(metaRoutes);
    },
    { prefix: '/api' },
  );

  if (config.CLIENT_DIST) {
    await app.register(clientStaticPlugin, { root: config.CLIENT_DIST });
  }
  return app;
};
