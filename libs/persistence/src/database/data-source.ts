import { PGlite, types } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from '@app/migrations';
import { ENTITIES } from '../entities/index.js';
import { lockDataDir, type DataDirLock } from './data-dir-lock.js';
import { createExclusivePGlitePool, type PGliteHandle } from './exclusive-pglite-pool.js';
import { QueryLogger } from './query-logger.js';

export type DatabaseKind = 'pglite' | 'postgres';

export interface DatabaseConfig {
  /** postgres://… of a real server; when absent the embedded PGlite is used. */
  url?: string;
  /** folder of the embedded database; `memory://` keeps it in memory (tests). */
  dataDir: string;
  /** statement timeout on the real server, ms */
  statementTimeoutMs?: number;
  poolSize?: number;
}

export function databaseKind(config: DatabaseConfig): DatabaseKind {
  return config.url ? 'postgres' : 'pglite';
}

/** The folder PGlite keeps its files in, or null when it keeps them in memory (PGlite's own reading of dataDir). */
function pgliteFolder(dataDir: string): string | null {
  if (!dataDir || dataDir.startsWith('memory://')) return null;
  return dataDir.startsWith('file://') ? dataDir.slice('file://'.length) : dataDir;
}

function pgliteHandle(dataDir: string): PGliteHandle {
  let instance: Promise<PGlite> | null = null;
  let lock: DataDirLock | null = null;
  const open = async (): Promise<PGlite> => {
    const folder = pgliteFolder(dataDir);
    // before PGlite touches a file: a second process on the folder would silently lose writes and corrupt indexes
    if (folder) lock = lockDataDir(folder);
    try {
      return await PGlite.create({
        dataDir,
        extensions: { pg_trgm },
        // Match node-postgres, which returns int8 as strings: ids then look the same on both databases.
        parsers: { [types.INT8]: (value: string) => value },
      });
    } catch (err) {
      lock?.release();
      lock = null;
      throw err;
    }
  };
  return {
    get() {
      if (!instance) {
        const opening = open();
        instance = opening;
        // a failed open is not kept: close() then has nothing to do, and a later get() tries again
        opening.catch(() => {
          if (instance === opening) instance = null;
        });
      }
      return instance;
    },
    async close() {
      if (!instance) return;
      const db = await instance.catch(() => null);
      instance = null;
      if (db && !db.closed) await db.close();
      // only once PGlite has written everything and let go of the files
      lock?.release();
      lock = null;
    },
  };
}

export function createDataSource(config: DatabaseConfig, logger: QueryLogger = new QueryLogger()): DataSource {
  const common: Partial<DataSourceOptions> = {
    type: 'postgres',
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    logger,
    maxQueryExecutionTime: 2_000,
  };
  if (config.url) {
    return new DataSource({
      ...common,
      url: config.url,
      poolSize: config.poolSize ?? 10,
      extra: { statement_timeout: config.statementTimeoutMs ?? 30_000, connectionTimeoutMillis: 5_000 },
    } as DataSourceOptions);
  }
  const Pool = createExclusivePGlitePool(pgliteHandle(config.dataDir));
  return new DataSource({ ...common, driver: { Pool } } as unknown as DataSourceOptions);
}
