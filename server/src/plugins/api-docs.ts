import fp from 'fastify-plugin';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';

/** OpenAPI document generated from the routes' zod schemas, browsable at /api/docs. */
export const apiDocsPlugin = fp(
  async (app) => {
    await app.register(fastifySwagger, {
      openapi: {
        info: {
          title: 'Party Authority Graph API',
          description:
            'Lines of Chinese Communist Party authority over organizations, each fact with its quoted source.',
          version: '0.1.0',
          license: { name: 'MIT', url: 'https://opensource.org/licenses/MIT' },
        },
        // Relative: the document describes the server that serves it, wherever it runs.
        servers: [{ url: '/', description: 'The server this document is served from' }],
        // Every endpoint is public: no key, no login.
        security: [],
        tags: [
          { name: 'graph', description: 'Nodes, relationships and views of the graph' },
          { name: 'trace', description: 'Lines of authority and paths, hop by hop with evidence' },
          { name: 'search', description: 'Search in English and Chinese' },
          { name: 'sources', description: 'The sources behind the evidence' },
          { name: 'health', description: 'Service status' },
        ],
      },
      transform: jsonSchemaTransform,
    });
    await app.register(fastifySwaggerUi, {
      routePrefix: '/api/docs',
      // The docs page's own policy: scripts from this origin only, but inline styles, which
      // Swagger UI sets as it renders; served over plain http on loopback, so insecure
      // requests are not upgraded.
      staticCSP: true,
      transformStaticCSP: (header) =>
        header
          .replace(/style-src [^;]*/, "style-src 'self' 'unsafe-inline'")
          .replace(/\s*upgrade-insecure-requests;?/, ''),
    });
  },
  { name: 'api-docs' },
);
