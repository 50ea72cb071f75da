import { DomainError, DomainErrorCode } from '@app/domain';

/** Network failures on the way to PostgreSQL. */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN', 'ECONNABORTED']);

/** SQLSTATEs after which the same request may succeed later. */
const TRANSIENT_SQLSTATES = new Set([
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now
  '53300', // too_many_connections
  '57014', // query_canceled: statement_timeout
  '40001', // serialization_failure
  '40P01', // deadlock_detected
]);

/** node-postgres and pg-pool say these without a code. */
const CONNECTION_MESSAGES = [
  /connection terminated/i,
  /connection ended unexpectedly/i,
  /timeout exceeded when trying to connect/i,
  /connection timeout/i,
  /client has encountered a connection error/i,
  /terminating connection/i,
  /the database system is (starting up|shutting down|in recovery mode)/i,
  /client was closed and is not queryable/i,
  /not queryable/i,
];

function* causes(err: unknown): Generator<Record<string, unknown>> {
  const seen = new Set<unknown>();
  const queue = [err];
  while (queue.length > 0) {
    const e = queue.shift();
    if (!e || typeof e !== 'object' || seen.has(e)) continue;
    seen.add(e);
    const rec = e as Record<string, unknown>;
    yield rec;
    // thrownValue: graphql-js wraps a non-Error rejection (pg-pool rejects with a bare object) in NonErrorThrown.
    queue.push(rec.driverError, rec.cause, rec.originalError, rec.thrownValue);
    if (Array.isArray(rec.errors)) queue.push(...rec.errors);
  }
}

/**
 * A database failure as the client should see it: an outage or timeout is SERVICE_UNAVAILABLE
 * (retryable), a value the database refused is BAD_USER_INPUT. Null for anything else, which
 * stays an internal error. Messages are ours: SQL, parameters and server detail never pass.
 */
export function classifyDatabaseError(err: unknown): DomainError | null {
  for (const e of causes(err)) {
    const code = typeof e.code === 'string' ? e.code : '';
    const message = typeof e.message === 'string' ? e.message : '';
    if (NETWORK_CODES.has(code) || code.startsWith('08') || TRANSIENT_SQLSTATES.has(code) || CONNECTION_MESSAGES.some((re) => re.test(message))) {
      const timeout = code === '57014';
      return new DomainError(
        DomainErrorCode.Unavailable,
        timeout ? 'The database took too long to answer; try again or narrow the request' : 'The database is unavailable right now; nothing was changed, try again shortly',
      );
    }
    // Class 22 (data exception): a value the database cannot take, e.g. an out-of-range number.
    if (/^22[0-9A-Z]{3}$/.test(code)) {
      return new DomainError(DomainErrorCode.BadInput, 'A value in the request cannot be stored or compared by the database');
    }
  }
  return null;
}
