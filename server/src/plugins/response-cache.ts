import { createHash } from 'node:crypto';
import type { onRequestAsyncHookHandler, onSendAsyncHookHandler } from 'fastify';
import fp from 'fastify-plugin';

declare module 'fastify' {
  interface FastifyRequest {
    /** The cache key and ETag of a cacheable read, set before its handler runs. */
    cacheEntry?: { key: string; etag: string; stamp: string } | undefined;
  }
}

interface CachedAnswer {
  readonly stamp: string;
  readonly etag: string;
  readonly contentType: string;
  readonly payload: string;
}

/** A least-recently-used map of answers, bounded by the characters they hold. */
class AnswerCache {
  readonly #answers = new Map<string, CachedAnswer>();
  #size = 0;
  constructor(readonly maxChars: number) {}

  get(key: string, stamp: string): CachedAnswer | undefined {
    const answer = this.#answers.get(key);
    if (!answer) return undefined;
    this.#answers.delete(key);
    if (answer.stamp !== stamp) {
      this.#size -= answer.payload.length;
      return undefined;
    }
    this.#answers.set(key, answer);
    return answer;
  }

  set(key: string, answer: CachedAnswer): void {
    if (answer.payload.length > this.maxChars) return;
    const old = this.#answers.get(key);
    if (old) this.#size -= old.payload.length;
    this.#answers.delete(key);
    this.#answers.set(key, answer);
    this.#size += answer.payload.length;
    for (const [oldest, evicted] of this.#answers) {
      if (this.#size <= this.maxChars) break;
      this.#answers.delete(oldest);
      this.#size -= evicted.payload.length;
    }
  }
}

/**
 * The longest a request waits for the stamp: it is one small read, so a database slower than
 * this is struggling, and the request goes on uncached rather than wait twice.
 */
const STAMP_WAIT_MS = 250;

/** Reads that reflect the state of the server or the database, not the data: never cached. */
const UNCACHED = /^\/api\/(health|docs)(\/|\?|$)/;

/**
 * HTTP caching of the API's reads, keyed on the data's stamp (data-stamp.repository): every
 * GET under /api answers with an ETag made of the stamp and the request; a request whose
 * If-None-Match carries it gets 304, and a repeated read gets the answer kept in process,
 * neither asking the database (but for the stamp itself, read again after `stampMaxAgeMs`).
 * A load changes the stamp, so the ETags and the kept answers change with the data, within
 * `stampMaxAgeMs`. Only 200 answers are kept. With no stamp (no data, data still settling, or
 * a database too slow to say) a read is answered as if there were no cache, without an ETag.
 */
export const responseCachePlugin = fp<{
  stampMaxAgeMs: number;
  cacheMegabytes: number;
  /** What else an answer depends on (settings that shape it): part of every ETag. */
  salt: string;
}>(
  async (app, { stampMaxAgeMs, cacheMegabytes, salt }) => {
    // A browser keeps an answer and its ETag across restarts of this server; another build
    // or other settings may answer differently, so the ETags of each process are its own.
    const processSalt = `${salt}\n${process.pid} ${Date.now()}`;
    const cache = new AnswerCache(Math.floor(cacheMegabytes * 1024 * 1024));
    let stamp: { value: string | null; readAt: number } | undefined;
    let reading: Promise<string | null> | undefined;
    /** The stamp when it is fresh, without waiting; otherwise the read that brings it. */
    const currentStamp = (): string | null | Promise<string | null> => {
      if (stamp && performance.now() - stamp.readAt < stampMaxAgeMs) return stamp.value;
      reading ??= app.repositories.dataStamp
        .find()
        .then((value) => {
          stamp = { value, readAt: performance.now() };
          return value;
        })
        .finally(() => {
          reading = undefined;
        });
      return reading;
    };

    /**
     * The stamp, or null when reading it fails or takes longer than STAMP_WAIT_MS. A fresh
     * stamp is there at once: no timer is set.
     */
    const withinStampWait = async (reading: string | null | Promise<string | null>) => {
      if (!(reading instanceof Promise)) return reading;
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<null>((resolve) => {
        timer = setTimeout(() => resolve(null), STAMP_WAIT_MS);
      });
      try {
        return await Promise.race([reading.catch(() => null), late]);
      } finally {
        clearTimeout(timer);
      }
    };

    const onRequest: onRequestAsyncHookHandler = async (request, reply) => {
      if (request.method !== 'GET' && request.method !== 'HEAD') return;
      if (UNCACHED.test(request.url)) return;
      // No stamp (no data, or the database cannot say in time): answered as if there were no
      // cache, by the route, which says what is wrong.
      const value = await withinStampWait(currentStamp());
      if (value === null) return;
      const etag = `"${createHash('sha256').update(processSalt).update('\n').update(value).update('\n').update(request.url).digest('base64url').slice(0, 27)}"`;
      const ifNoneMatch = request.headers['if-none-match'];
      if (ifNoneMatch && ifNoneMatch.split(',').some((tag) => tag.trim() === etag)) {
        return reply.code(304).header('etag', etag).header('cache-control', 'no-cache').send();
      }
      const answer = cache.maxChars > 0 ? cache.get(request.url, value) : undefined;
      if (answer) {
        return reply
          .header('etag', answer.etag)
          .header('cache-control', 'no-cache')
          .type(answer.contentType)
          .send(answer.payload);
      }
      request.cacheEntry = { key: request.url, etag, stamp: value };
    };

    const onSend: onSendAsyncHookHandler = async (request, reply, payload) => {
      const entry = request.cacheEntry;
      if (!entry || reply.statusCode !== 200) return payload;
      reply.header('etag', entry.etag).header('cache-control', 'no-cache');
      if (cache.maxChars > 0 && typeof payload === 'string') {
        cache.set(entry.key, {
          stamp: entry.stamp,
          etag: entry.etag,
          contentType: String(reply.getHeader('content-type') ?? 'application/json'),
          payload,
        });
      }
      return payload;
    };

    // On each route, after the hooks of plugins registered before (the rate limit, which
    // counts cached answers too): route hooks run after the scope's own.
    const asList = <T>(hooks: T | T[] | undefined): T[] =>
      hooks === undefined ? [] : Array.isArray(hooks) ? hooks : [hooks];
    app.addHook('onRoute', (route) => {
      route.onRequest = [...asList(route.onRequest), onRequest];
      route.onSend = [...asList(route.onSend), onSend];
    });
  },
  { name: 'response-cache', dependencies: ['repositories'] },
);
