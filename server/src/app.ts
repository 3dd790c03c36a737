import type { FastifyReply, FastifyServerOptions } from 'fastify';
import fp from 'fastify-plugin';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { ApiError } from '@pag/graph-seed';
import { answerClientError } from './client-errors';
import type { Config } from './config';
import { apiDocsPlugin } from './plugins/api-docs';
import { clientStaticPlugin } from './plugins/client-static';
import { configPlugin } from './plugins/config';
import { errorHandlerPlugin } from './plugins/error-handler';
import { responseCachePlugin } from './plugins/response-cache';
import { rateLimitPlugin } from './plugins/rate-limit';
import { repositoriesPlugin } from './plugins/repositories';
import { securityHeadersPlugin } from './plugins/security-headers';
import { authorityRoutes } from './routes/authority';
import { edgeRoutes } from './routes/edges';
import { graphRoutes } from './routes/graph';
import { healthRoutes } from './routes/health';
import { metaRoutes } from './routes/meta';
import { nodeRoutes } from './routes/nodes';
import { overviewRoutes } from './routes/overview';
import { pathRoutes } from './routes/paths';
import { searchRoutes } from './routes/search';
import { sourceRoutes } from './routes/sources';
import { versionRoutes } from './routes/versions';
import { viewRecordRoutes } from './routes/view-records';

/** Options for the Fastify instance that hosts the app. */
export const serverOptions = (config: Config): FastifyServerOptions => ({
  logger: { level: config.LOG_LEVEL },
  // A slow or idle client is cut off: the whole request must arrive within 10 s, an idle
  // socket is closed after 15 s, and a kept-alive one after 5 s without a request.
  requestTimeout: 10_000,
  connectionTimeout: 15_000,
  keepAliveTimeout: 5_000,
  // Only POST /api/view-records takes a body (and sets its own limit); 64 kB is ample for
  // any other request that sends one by mistake.
  bodyLimit: 65_536,
  // Errors Node raises before routing (bad HTTP, slow or oversized headers) in the one shape.
  clientErrorHandler: answerClientError,
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
});

/**
 * The application, as a plugin. Plugins load in a fixed order: configuration, error
 * handling, security headers, API docs; then the repositories (which hold the database
 * connection); then the routes under `/api`, rate-limited per client; then the static client
 * when one is configured.
 */
export const app = fp<{ config: Config }>(
  async (instance, { config }) => {
    await instance.register(configPlugin, { config });
    await instance.register(errorHandlerPlugin);
    await instance.register(securityHeadersPlugin, {
      frameAncestors: config.FRAME_ANCESTORS,
      embedFrameAncestors: config.EMBED_FRAME_ANCESTORS,
    });
    await instance.register(apiDocsPlugin);
    await instance.register(repositoriesPlugin);

    await instance.register(
      async (api) => {
        // Zod compilers belong to the encapsulated API plugin, not the root.
        api.setValidatorCompiler(validatorCompiler);
        api.setSerializerCompiler(serializerCompiler);
        await api.register(rateLimitPlugin, { perMinute: config.RATE_LIMIT_PER_MINUTE });
        await api.register(responseCachePlugin, {
          stampMaxAgeMs: config.DATA_STAMP_MAX_AGE_MS,
          cacheMegabytes: config.RESPONSE_CACHE_MB,
          salt: JSON.stringify({ graphElementLimit: config.GRAPH_ELEMENT_LIMIT }),
        });
        for (const routes of [
          healthRoutes,
          graphRoutes,
          overviewRoutes,
          nodeRoutes,
          edgeRoutes,
          authorityRoutes,
          pathRoutes,
          searchRoutes,
          sourceRoutes,
          metaRoutes,
          versionRoutes,
          viewRecordRoutes,
        ]) {
          await api.register(routes);
        }
      },
      { prefix: '/api' },
    );

    if (config.CLIENT_DIST) {
      await instance.register(clientStaticPlugin, {
        root: config.CLIENT_DIST,
        sourceMaps: config.SERVE_SOURCE_MAPS,
      });
    }
  },
  { name: 'app' },
);
