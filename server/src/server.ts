import { buildApp } from './app';
import { ConfigError, loadConfig } from './config';

/** Starts the server from the environment and stops it cleanly on SIGINT/SIGTERM. */
const main = async () => {
  const config = loadConfig();
  const app = await buildApp(config);
  const stop = async (signal: string) => {
    app.log.info(`${signal} received, closing`);
    await app.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
  await app.listen({ host: config.HOST, port: config.PORT });
};

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
