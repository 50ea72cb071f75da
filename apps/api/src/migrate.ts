import { Database } from '@app/persistence';
import { ConfigError, loadConfig } from './config/app-config.js';

/** `npm run migrate`: runs pending migrations on DATABASE_URL or the PGlite folder in DATA_DIR. */
async function main(): Promise<void> {
  const config = loadConfig();
  const db = await Database.open({ url: config.databaseUrl ?? undefined, dataDir: config.dataDir }, { migrate: false });
  try {
    const ran = await db.migrate();
    console.log(ran.length ? `ran ${ran.length} migration(s): ${ran.join(', ')}` : 'database is up to date; nothing to run');
  } finally {
    await db.close();
  }
}

main().catch((err) => {
  console.error(err instanceof ConfigError ? `Configuration error: ${err.message}` : `Migration failed: ${err instanceof Error ? err.message : err}`);
  process.exit(1);
});
