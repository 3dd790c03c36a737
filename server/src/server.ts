import { buildApp } from './build-app';
import { ConfigError, loadConfig } from './config';

/** Starts the app from the environment and stops it cleanly on SIGINT/SIGTERM. */
const main = async () => {
  const config = loadConfig();
  const server = await buildApp(config);
  const stop = async (signal: string) => {
    server.log.info(`${signal} received, closing`);
    await server.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
  await server.listen({ host: config.HOST, port: config.PORT });
};

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
