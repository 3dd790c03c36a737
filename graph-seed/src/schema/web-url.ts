import { z } from 'zod';

const WEB_URL = /^https?:\/\/\S+$/i;
const MESSAGE = 'must be an http:// or https:// address, without spaces';

/**
 * Where an original can be read on the web: an http:// or https:// address and nothing else,
 * so that no `javascript:`, `data:` or `file:` address ever reaches a link or an export.
 */
export const WebUrl = z
  .string()
  .regex(WEB_URL, MESSAGE)
  .pipe(z.url({ protocol: /^https?$/, error: MESSAGE }));
export type WebUrl = z.infer<typeof WebUrl>;

/** Whether a value is a web address that is safe to link to (see WebUrl). */
export const isWebUrl = (value: unknown): value is WebUrl => WebUrl.safeParse(value).success;
