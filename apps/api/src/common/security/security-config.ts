/** Limits and HTTP protections, read from the environment once at start (see loadConfig). */
export interface SecurityConfig {
  /** origins allowed to call the API from a browser; empty: no CORS headers at all */
  corsOrigins: string[];
  /** requests per minute per client IP and per bearer token on /graphql; 0 turns the limit off */
  rateLimitPerMinute: number;
  /** largest request body express accepts, in bytes; larger ones get 413 */
  maxBodyBytes: number;
  /** Express "trust proxy": when on, the client IP comes from X-Forwarded-For */
  trustProxy: boolean;
  /** queries also need a token (role viewer or higher) when ADMIN_TOKEN is set */
  queriesNeedToken: boolean;
  query: QueryLimits;
}

export interface QueryLimits {
  /** nesting of fields, not counting connection plumbing (edges, node, pageInfo) */
  maxDepth: number;
  maxAliases: number;
  /** estimated objects resolved: list fields multiply by `first`/`limit` (or an assumed size) */
  maxCost: number;
  /** graphql-js parser token limit: bounds the work of parsing and validating one document */
  maxTokens: number;
}

export const SECURITY_DEFAULTS = {
  rateLimitPerMinute: 6000,
  maxBodyBytes: 20 * 1024 * 1024,
  maxDepth: 8,
  maxAliases: 50,
  maxCost: 50_000,
  maxTokens: 10_000,
} as const;

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);

export function isLoopbackHost(host: string): boolean {
  return LOOPBACK_HOSTS.has(host.toLowerCase());
}

type Fail = (message: string) => never;

function wholeNumber(name: string, value: string | undefined, fallback: number, fail: Fail, min = 0): number {
  if (value === undefined || value.trim() === '') return fallback;
  const n = Number(value.trim());
  if (!Number.isInteger(n) || n < min) fail(`${name} must be a whole number of at least ${min}, got "${value}"`);
  return n;
}

/** "20mb", "512kb", "1048576" → bytes. */
export function parseByteSize(name: string, value: string | undefined, fallback: number, fail: Fail): number {
  if (value === undefined || value.trim() === '') return fallback;
  const m = /^(\d+(?:\.\d+)?)\s*(b|kb|mb|gb)?$/i.exec(value.trim());
  if (!m) fail(`${name} must be a size such as "20mb", "512kb" or a number of bytes, got "${value}"`);
  const unit = { b: 1, kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3 }[(m![2] ?? 'b').toLowerCase() as 'b'];
  const bytes = Math.floor(Number(m![1]) * unit);
  if (bytes < 1024) fail(`${name} must be at least 1kb, got "${value}"`);
  return bytes;
}

function onOff(name: string, value: string | undefined, fallback: boolean, fail: Fail): boolean {
  if (value === undefined || value.trim() === '') return fallback;
  const v = value.trim().toLowerCase();
  if (['on', 'true', '1', 'yes'].includes(v)) return true;
  if (['off', 'false', '0', 'no'].includes(v)) return false;
  return fail(`${name} must be "on" or "off", got "${value}"`);
}

export function loadSecurityConfig(env: NodeJS.ProcessEnv, fail: Fail): SecurityConfig {
  const corsOrigins = (env.CORS_ORIGINS ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  for (const origin of corsOrigins) {
    if (origin === '*') fail('CORS_ORIGINS must list origins such as "https://analysts.example.org"; "*" is not accepted');
    if (!/^https?:\/\/[^/\s]+$/i.test(origin)) fail(`CORS_ORIGINS entries must look like "https://host[:port]" without a path, got "${origin}"`);
  }
  return {
    corsOrigins,
    rateLimitPerMinute: wholeNumber('RATE_LIMIT_PER_MINUTE', env.RATE_LIMIT_PER_MINUTE, SECURITY_DEFAULTS.rateLimitPerMinute, fail),
    maxBodyBytes: parseByteSize('MAX_BODY_SIZE', env.MAX_BODY_SIZE, SECURITY_DEFAULTS.maxBodyBytes, fail),
    trustProxy: onOff('TRUST_PROXY', env.TRUST_PROXY, false, fail),
    queriesNeedToken: onOff('QUERIES_NEED_TOKEN', env.QUERIES_NEED_TOKEN, false, fail),
    query: {
      maxDepth: wholeNumber('GRAPHQL_MAX_DEPTH', env.GRAPHQL_MAX_DEPTH, SECURITY_DEFAULTS.maxDepth, fail, 2),
      maxAliases: wholeNumber('GRAPHQL_MAX_ALIASES', env.GRAPHQL_MAX_ALIASES, SECURITY_DEFAULTS.maxAliases, fail),
      maxCost: wholeNumber('GRAPHQL_MAX_COST', env.GRAPHQL_MAX_COST, SECURITY_DEFAULTS.maxCost, fail, 100),
      maxTokens: SECURITY_DEFAULTS.maxTokens,
    },
  };
}
