import { z } from 'zod';

/** The one error shape every endpoint answers with. */
export const ApiError = z.object({
  error: z.object({
    code: z.string().describe('Machine-readable code, e.g. "not_found", "bad_request"'),
    message: z.string().describe('What went wrong, for a person'),
    parameter: z.string().optional().describe('The request parameter at fault, if any'),
    retryAfterSeconds: z.number().optional().describe('When a retry may succeed'),
  }),
});
export type ApiError = z.infer<typeof ApiError>;
