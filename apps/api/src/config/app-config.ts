import { isAbsolute, resolve } from 'node:path';
import { projectRoot } from './project-root.js';
import { isLoopbackHost, loadSecurityConfig, type SecurityConfig } from '../common/security/security-config.js';

/** Everything the server reads from its environment, validated once at start. */
export interface AppConfig {
  port: number;
  host: string;
  databaseUrl: string | null;
  dataDir: string;
  demoData: boolean;
  adminToken: string | null;
  logLevel: string;
  dashboardDir: string;
  /** where the printed schema goes; null to skip writing it */
  schemaFile: string | null;
  security: SecurityConfig;
  /** reuse of read-only GraphQL answers until the next write; ttl 0 turns it off */
  responseCache: { ttlMs: number };
}

export class ConfigError extends Error {}

/** pino's levels, and `silent` */
const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/** LOG_LEVEL as pino takes it (any case, spaces trimmed), or `fallback` when unset; a ConfigError for anything else. */
export function logLevelOf(env: NodeJS.ProcessEnv, fallback: string): string {
  const level = env.LOG_LEVEL?.trim().toLowerCase() || fallback;
  if (!LOG_LEVELS.includes(level)) throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${env.LOG_LEVEL}"`);
  return level;
}

function flag(name: string, value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  const v = value.toLowerCase();
  if (['on', 'true', '1', 'yes'].includes(v)) return true;
  if (['off', 'false', '0', 'no'].includes(v)) return false;
  throw new ConfigError(`${name} must be "on" or "off", got "${value}"`);
}

function cacheTtl(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return 10_000;
  const ms = Number(value);
  if (!Number.isInteger(ms) || ms < 0) throw new ConfigError(`RESPONSE_CACHE_TTL_MS must be a whole number of milliseconds (0 turns the cache off), got "${value}"`);
  return ms;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const root = projectRoot();
  const port = env.PORT === undefined || env.PORT === '' ? 3000 : Number(env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`PORT must be a whole number from 0 to 65535, got "${env.PORT}"`);
  }
  const databaseUrl = env.DATABASE_URL?.trim() || null;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError('DATABASE_URL must start with postgres:// or postgresql://');
  }
  const dataDir = env.DATA_DIR?.trim() || './data';
  const adminToken = env.ADMIN_TOKEN?.trim() || null;
  if (adminToken !== null && adminToken.length < 8) {
    throw new ConfigError('ADMIN_TOKEN must be at least 8 characters long');
  }
  const host = env.HOST?.trim() || '127.0.0.1';
  // Without ADMIN_TOKEN anyone who reaches the port may change data: only this machine may.
  if (adminToken === null && !isLoopbackHost(host)) {
    throw new ConfigError(
      `HOST=${host} would expose the API without authentication; set ADMIN_TOKEN (at least 8 characters) or bind to 127.0.0.1, localhost or ::1`,
    );
  }
  const logLevel = logLevelOf(env, 'info');
  const security = loadSecurityConfig(env, (message) => {
    throw new ConfigError(message);
  });
  // asking every query for a token when no token can exist would lock everybody out, or do nothing
  if (security.queriesNeedToken && adminToken === null) {
    throw new ConfigError('QUERIES_NEED_TOKEN=on needs ADMIN_TOKEN: without it there are no tokens to ask for');
  }
  return {
    port,
    host,
    databaseUrl,
    dataDir: dataDir.startsWith('memory://') || isAbsolute(dataDir) ? dataDir : resolve(process.cwd(), dataDir),
    demoData: flag('DEMO_DATA', env.DEMO_DATA, true),
    adminToken,
    logLevel,
    dashboardDir: env.DASHBOARD_DIR?.trim() || resolve(root, 'dist/dashboard'),
    responseCache: { ttlMs: cacheTtl(env.RESPONSE_CACHE_TTL_MS) },
    schemaFile: env.SCHEMA_FILE === 'off' ? null : resolve(root, env.SCHEMA_FILE?.trim() || 'schema.graphql'),
    security,
  };
}
