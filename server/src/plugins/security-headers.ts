import fp from 'fastify-plugin';
import helmet from '@fastify/helmet';

/**
 * Security headers on every response: a strict Content-Security-Policy that the explorer runs
 * under (scripts, styles and requests from this origin only; images also from data: and blob:
 * URLs, which the exports draw), who may frame the app (and, apart, the read-only embed at
 * /embed), nosniff, and no referrer sent anywhere.
 * The API docs page sets its own policy, which its inline scripts need.
 */
export const securityHeadersPlugin = fp<{ frameAncestors: string; embedFrameAncestors: string }>(
  async (app, { frameAncestors, embedFrameAncestors }) => {
    await app.register(helmet, {
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          scriptSrcAttr: ["'none'"],
          styleSrc: ["'self'"],
          imgSrc: ["'self'", 'data:', 'blob:'],
          fontSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          objectSrc: ["'none'"],
          baseUri: ["'self'"],
          formAction: ["'self'"],
          frameAncestors: frameAncestors.split(' '),
        },
      },
      // frame-ancestors decides who may frame the app; the older header would contradict it.
      frameguard: false,
      referrerPolicy: { policy: 'no-referrer' },
    });
    // The read-only embed is the one page other sites may frame (by default any site).
    app.addHook('onSend', async (request, reply) => {
      if (request.url.split('?')[0]?.replace(/\/+$/, '') !== '/embed') return;
      const policy = reply.getHeader('content-security-policy');
      if (typeof policy === 'string') {
        reply.header(
          'content-security-policy',
          policy.replace(/frame-ancestors [^;]*/, `frame-ancestors ${embedFrameAncestors}`),
        );
      }
    });
  },
  { name: 'security-headers' },
);
