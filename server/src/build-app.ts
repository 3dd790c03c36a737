import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { app, serverOptions } from './app';
import type { Config } from './config';

/** A Fastify instance hosting the app: what server.ts, the scripts and the tests start. */
export const buildApp = async (
  config: Config,
  overrides: FastifyServerOptions = {},
): Promise<FastifyInstance> => {
  const instance = Fastify({ ...serverOptions(config), ...overrides });
  await instance.register(app, { config });
  await instance.ready();
  // Connections past the cap are refused rather than held.
  instance.server.maxConnections = config.MAX_CONNECTIONS;
  return instance;
};
