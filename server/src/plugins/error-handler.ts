import fp from 'fastify-plugin';
import type { FastifyError, FastifyReply } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { ApiError } from '@pag/graph-seed';
import { DatabaseBusyError, DatabaseUnavailableError, GraphNotLoadedError } from '../repositories';
import { errorCode } from './error-code';
import { RateLimitedError } from './rate-limit';

/** An answer that a retry may mend: the status, the error shape and Retry-After. */
const retryLater = (
  reply: FastifyReply,
  status: 429 | 503,
  code: string,
  message: string,
  retryAfterSeconds: number,
) => {
  const body: ApiError = { error: { code, message, retryAfterSeconds } };
  return reply.code(status).header('retry-after', String(retryAfterSeconds)).send(body);
};

/**
 * Answers every error with the one error shape, and never with a stack trace. The database
 * becoming unavailable, and answering again, is logged once each, not once per request.
 */
export const errorHandlerPlugin = fp(
  async (app) => {
    let unavailable: { since: number; requests: number } | null = null;
    let warnedNotLoaded = false;
    app.addHook('onResponse', async (request, reply) => {
      if (!unavailable || reply.statusCode >= 500) return;
      if (!request.url.startsWith('/api/') || request.url.startsWith('/api/docs')) return;
      request.log.info(
        `Neo4j is answering again, after ${((Date.now() - unavailable.since) / 1000).toFixed(1)} s and ${unavailable.requests} requests answered 503`,
      );
      unavailable = null;
    });

    app.setNotFoundHandler((request, reply) => {
      const body: ApiError = {
        error: { code: 'not_found', message: `No route for ${request.method} ${request.url}` },
      };
      return reply.code(404).send(body);
    });

    app.setErrorHandler((error: FastifyError, request, reply) => {
      if (hasZodFastifySchemaValidationErrors(error)) {
        const issues = error.validation.map((issue) => {
          const path = issue.instancePath.split('/').filter(Boolean);
          const name = path.reduce(
            (text, part) =>
              /^\d+$/.test(part) ? `${text}[${part}]` : text ? `${text}.${part}` : part,
            '',
          );
          return {
            parameter: path[0] ?? error.validationContext ?? 'request',
            name,
            message: issue.message,
          };
        });
        const body: ApiError = {
          error: {
            code: 'bad_request',
            message: issues
              .map((issue) => `${issue.name || issue.parameter}: ${issue.message}`)
              .join('; '),
            ...(issues[0] ? { parameter: issues[0].parameter } : {}),
          },
        };
        return reply.code(400).send(body);
      }
      if (error instanceof GraphNotLoadedError) {
        if (!warnedNotLoaded)
          request.log.warn('Neo4j holds no graph yet: load it (pnpm graph load)');
        warnedNotLoaded = true;
        const message = 'The graph database holds no graph yet. Load it (pnpm graph load).';
        return retryLater(reply, 503, 'graph_not_loaded', message, 30);
      }
      if (error instanceof DatabaseBusyError) {
        const message = 'The graph database is busy. Try again in a moment.';
        return retryLater(reply, 503, 'database_busy', message, 1);
      }
      if (error instanceof DatabaseUnavailableError) {
        if (unavailable) unavailable.requests++;
        else {
          unavailable = { since: Date.now(), requests: 1 };
          request.log.warn(`Neo4j unavailable, answering 503 until it answers: ${error.message}`);
        }
        const message = 'The graph database is not answering. Try again shortly.';
        return retryLater(reply, 503, 'database_unavailable', message, 5);
      }
      if (error instanceof RateLimitedError) {
        return retryLater(reply, 429, 'too_many_requests', error.message, error.retryAfterSeconds);
      }
      const status = error.statusCode && error.statusCode >= 400 ? error.statusCode : 500;
      if (status >= 500) request.log.error({ err: error }, 'request failed');
      const body: ApiError = {
        error: {
          code: errorCode(status),
          message: status >= 500 ? 'Something went wrong on the server.' : error.message,
        },
      };
      return reply.code(status).send(body);
    });
  },
  { name: 'error-handler' },
);
