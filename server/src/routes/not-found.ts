import type { ApiError } from '@pag/graph-seed';

/** The 404 body for an id that names nothing. */
export const notFound = (what: string, id: string, parameter = 'id'): ApiError => ({
  error: { code: 'not_found', message: `No ${what} with id "${id}"`, parameter },
});
