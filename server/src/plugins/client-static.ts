import { existsSync } from 'node:fs';
import path from 'node:path';
import fp from 'fastify-plugin';
import fastifyStatic from '@fastify/static';

/**
 * Serves the built client (its source maps only when asked for) and answers unknown non-API
 * GET paths with its index.html, so shared links to client routes open the app.
 */
export const clientStaticPlugin = fp<{ root: string; sourceMaps: boolean }>(
  async (app, { root, sourceMaps }) => {
    const absolute = path.resolve(root);
    if (!existsSync(path.join(absolute, 'index.html'))) {
      throw new Error(
        `CLIENT_DIST "${absolute}" holds no index.html: build the client first (pnpm build)`,
      );
    }
    await app.register(fastifyStatic, {
      root: absolute,
      wildcard: false,
      // Source maps hold the full sources: served only when asked for.
      allowedPath: (pathName) => sourceMaps || !pathName.endsWith('.map'),
    });
    app.addHook('onRequest', async (request, reply) => {
      const url = request.url.split('?')[0] ?? '/';
      if (request.method === 'GET' && !url.startsWith('/api') && !path.extname(url)) {
        return reply.sendFile('index.html');
      }
    });
  },
  { name: 'client-static', dependencies: ['error-handler'] },
);
