import { loadConfig, ConfigError } from './config/app-config.js';
import { createLogger } from './common/logging/logger.js';
import { createApp } from './app.factory.js';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(`Configuration error: ${err.message}`);
      process.exit(1);
    }
    throw err;
  }
  const logger = createLogger(config.logLevel);
  const app = await createApp(config, logger);
  await app.listen(config.port, config.host);
  logger.info(
    { url: `http://${config.host}:${config.port}`, database: config.databaseUrl ? 'postgres' : `pglite (${config.dataDir})` },
    'Narratrace is serving GraphQL at /graphql and the dashboard at /',
  );
  if (config.adminToken) logger.info('ADMIN_TOKEN is set: every mutation needs a bearer token with the right role');
  else logger.warn(`ADMIN_TOKEN is not set: mutations are open, so the server only listens on this machine (${config.host})`);
}

main().catch((err) => {
  console.error('Narratrace failed to start:', err instanceof Error ? err.message : err);
  process.exit(1);
});
