/** The error shape's `code` for an HTTP status: one word a client can branch on. */
const CODES: Readonly<Record<number, string>> = {
  400: 'bad_request',
  404: 'not_found',
  405: 'method_not_allowed',
  406: 'not_acceptable',
  408: 'request_timeout',
  413: 'payload_too_large',
  414: 'uri_too_long',
  415: 'unsupported_media_type',
  429: 'too_many_requests',
  431: 'headers_too_large',
  503: 'service_unavailable',
};

export const errorCode = (status: number): string =>
  CODES[status] ?? (status >= 500 ? 'internal_error' : 'bad_request');
