import { z } from 'zod';

const port = (fallback: number) =>
  z.coerce.number().int().min(1).max(65535).default(fallback).describe('TCP port');

/** Every setting the server reads from the environment, with its default. */
export const ConfigSchema = z.object({
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: port(3000),
  NEO4J_URI: z
    .string()
    .regex(
      /^(neo4j|bolt)(\+s|\+ssc)?:\/\/.+/,
      'must be a Neo4j URI such as bolt://127.0.0.1:7687, neo4j://host:7687 or neo4j+s://xxxx.databases.neo4j.io',
    )
    .default('bolt://127.0.0.1:7687'),
  NEO4J_USER: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: z
    .string()
    .min(8, 'must be at least 8 characters (Neo4j requires it)')
    .default('party-graph-local'),
  NEO4J_DATABASE: z.string().min(1).default('neo4j'),
  NEO4J_QUERY_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(1500),
  HEALTH_TIMEOUT_MS: z.coerce.number().int().min(100).max(10_000).default(1500),
  NEO4J_POOL_SIZE: z.coerce
    .number()
    .int()
    .min(1)
    .max(1000)
    .default(32)
    .describe('Most connections to Neo4j, and so most queries running at once'),
  NEO4J_MAX_WAITING: z.coerce
    .number()
    .int()
    .min(0)
    .max(100_000)
    .default(256)
    .describe('Most queries waiting for a connection; more are answered 503 at once'),
  NEO4J_MAX_WAIT_MS: z.coerce
    .number()
    .int()
    .min(1)
    .max(60_000)
    .default(400)
    .describe('Longest a query waits for a connection before it is answered 503'),
  GRAPH_ELEMENT_LIMIT: z.coerce.number().int().min(1).max(1_000_000).default(5000),
  CLIENT_DIST: z
    .string()
    .min(1)
    .optional()
    .describe('Folder holding the built client; unset serves the API only'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DATA_STAMP_MAX_AGE_MS: z.coerce
    .number()
    .int()
    .min(0)
    .max(60_000)
    .default(1000)
    .describe(
      'How long the server trusts the data stamp it last read before reading it again: cached answers and ETags may lag a load by this long (0: read it for every request)',
    ),
  RESPONSE_CACHE_MB: z.coerce
    .number()
    .min(0)
    .max(4096)
    .default(64)
    .describe('Memory for answers cached in process, in MB; 0 turns the cache off (ETags stay)'),
  RATE_LIMIT_PER_MINUTE: z.coerce
    .number()
    .int()
    .min(0)
    .max(1_000_000)
    .default(1200)
    .describe('API requests one client (IP address) may make per minute; 0 turns the limit off'),
  FRAME_ANCESTORS: z
    .string()
    .regex(
      /^('none'|'self'|https?:\/\/[^\s;,']+)( ('self'|https?:\/\/[^\s;,']+))*$/,
      "must be 'none', or 'self' and/or http(s) origins separated by spaces",
    )
    .default("'self'")
    .describe('Which sites may show the app in a frame (the CSP frame-ancestors directive)'),
  EMBED_FRAME_ANCESTORS: z
    .string()
    .regex(
      /^(\*|'none'|'self'|https?:\/\/[^\s;,']+)( ('self'|https?:\/\/[^\s;,']+))*$/,
      "must be *, 'none', or 'self' and/or http(s) origins separated by spaces",
    )
    .default('*')
    .describe('Which sites may frame the read-only embed at /embed (its frame-ancestors)'),
  MAX_CONNECTIONS: z.coerce
    .number()
    .int()
    .min(1)
    .max(100_000)
    .default(1000)
    .describe('Most open client connections; more are refused'),
  SERVE_SOURCE_MAPS: z
    .enum(['true', 'false'])
    .default('false')
    .transform((value) => value === 'true')
    .describe("Whether the client's source maps are served"),
});
export type Config = z.infer<typeof ConfigSchema>;

/** Thrown when the environment holds a setting the server cannot use. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/**
 * Reads the configuration from an environment, naming every bad variable at once.
 * Empty strings count as unset, so `PORT=` falls back to the default.
 */
export const loadConfig = (env: NodeJS.ProcessEnv = process.env): Config => {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const parsed = ConfigSchema.safeParse(present);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map(
    (issue) =>
      `  ${issue.path.join('.')}=${JSON.stringify(env[String(issue.path[0])] ?? '')}: ${issue.message}`,
  );
  throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
};
