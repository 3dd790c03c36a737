import type { z } from 'zod';
import { ApiError } from '@pag/graph-seed';
import { SNAPSHOT, snapshotUrl } from './snapshot';

/** A failed API call, carrying the server's message and status. */
class ApiRequestError extends Error {
  override readonly name = 'ApiRequestError';
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

const NOT_IN_SNAPSHOT =
  'This published snapshot holds the whole graph, its traces and its sources; filtered views and paths need the live explorer.';

/** Whether a call failed because the server has no such record. */
export const isNotFound = (error: unknown): boolean =>
  error instanceof ApiRequestError && error.status === 404;

/**
 * Fetches a JSON endpoint and validates the body with the schema shared with the server;
 * with `body`, POSTs it as JSON.
 */
export const fetchJson = async <T>(
  url: string,
  schema: z.ZodType<T>,
  signal?: AbortSignal,
  body?: unknown,
): Promise<T> => {
  // A static site holds the whole graph's answers as files; it cannot filter or find paths.
  const target = SNAPSHOT && url.startsWith('/api/') ? snapshotUrl(url) : url;
  if (target === null) throw new ApiRequestError(NOT_IN_SNAPSHOT, 404);
  let response: Response;
  try {
    response = await fetch(target, {
      signal: signal ?? null,
      ...(body === undefined
        ? { headers: { accept: 'application/json' } }
        : {
            method: 'POST',
            headers: { accept: 'application/json', 'content-type': 'application/json' },
            body: JSON.stringify(body),
          }),
    });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiRequestError('The server cannot be reached.', 0);
  }
  const answer: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const parsed = ApiError.safeParse(answer);
    throw new ApiRequestError(
      parsed.success ? parsed.data.error.message : `The server answered ${response.status}.`,
      response.status,
    );
  }
  return schema.parse(answer);
};
