import { randomUUID } from 'node:crypto';
import { DomainError, DomainErrorCode } from '@app/domain';
import { BREAK, GraphQLError, Kind, parse, visit, type ASTNode, type GraphQLFormattedError, type ValueNode } from 'graphql';
import type { Logger } from 'pino';
import { requestLogger } from '../logging/request-logging.js';
import { classifyDatabaseError } from './database-errors.js';

/** GraphQL error codes this API answers with. */
export const ErrorCode = {
  BadUserInput: 'BAD_USER_INPUT',
  NotFound: 'NOT_FOUND',
  Unauthenticated: 'UNAUTHENTICATED',
  Forbidden: 'FORBIDDEN',
  Unavailable: 'SERVICE_UNAVAILABLE',
  Internal: 'INTERNAL_SERVER_ERROR',
} as const;

/** The single place where domain codes become GraphQL codes; a missed code fails to compile. */
export function graphqlCodeOf(code: DomainErrorCode): string {
  switch (code) {
    case DomainErrorCode.BadInput:
    case DomainErrorCode.Conflict:
      return ErrorCode.BadUserInput;
    case DomainErrorCode.NotFound:
      return ErrorCode.NotFound;
    case DomainErrorCode.Unauthenticated:
      return ErrorCode.Unauthenticated;
    case DomainErrorCode.Forbidden:
      return ErrorCode.Forbidden;
    case DomainErrorCode.Unavailable:
      return ErrorCode.Unavailable;
    default: {
      const missed: never = code;
      return missed;
    }
  }
}

export function toGraphQLError(error: DomainError): GraphQLError {
  return new GraphQLError(error.message, {
    extensions: {
      code: graphqlCodeOf(error.code),
      ...(error.field ? { field: error.field } : {}),
      ...(error.details ?? {}),
      ...(error.code === DomainErrorCode.Unavailable ? { retryable: true } : {}),
    },
  });
}

const SAFE_CODES = new Set<string>([
  ErrorCode.BadUserInput,
  ErrorCode.NotFound,
  ErrorCode.Unauthenticated,
  ErrorCode.Forbidden,
  ErrorCode.Unavailable,
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);

/** graphql-js reports a bad variable as `Variable "$x" got invalid value … at "docs[0].publishedAt"`. */
function fieldFromMessage(message: string): string | undefined {
  const at = /got invalid value .*? at "([^"]+)"/.exec(message);
  if (at) return at[1];
  const variable = /Variable "\$([^"]+)"/.exec(message);
  if (variable) return variable[1];
  const argument = /(?:Argument|Field) "([^"]+)"/.exec(message);
  return argument?.[1];
}

/** Where the value `is` picks sits inside an argument's value: `documents[1].publishedAt`. */
function pathTo(value: ValueNode, is: (node: ValueNode) => boolean, prefix: string): string | undefined {
  if (is(value)) return prefix;
  if (value.kind === Kind.LIST) {
    for (const [i, item] of value.values.entries()) {
      const found = pathTo(item, is, `${prefix}[${i}]`);
      if (found) return found;
    }
  }
  if (value.kind === Kind.OBJECT) {
    for (const f of value.fields) {
      const found = pathTo(f.value, is, `${prefix}.${f.name.value}`);
      if (found) return found;
    }
  }
  return undefined;
}

/**
 * The argument path of a value refused in the query text (`narrativeTrends(from: "yesterday")`
 * → `from`), or of a variable by the argument it feeds (`$d` at `d[1].publishedAt` →
 * `documents[1].publishedAt`). graphql-js names neither; it gives the offending AST node.
 */
function fieldOfError(error: unknown, formatted: GraphQLFormattedError): string | undefined {
  const e = error as { nodes?: readonly ASTNode[]; source?: { body: string } } | undefined;
  const body = e?.source?.body;
  if (!body) return undefined;
  const variable = /^Variable "\$([^"]+)" got invalid value .*? at "([^"]+)"/.exec(formatted.message) ?? /^Variable "\$([^"]+)"/.exec(formatted.message);
  const target = e.nodes?.[0];
  let found: string | undefined;
  try {
    visit(parse(body), {
      Argument(node) {
        if (variable) {
          // the variable may be the whole argument or sit inside it (filter: { from: $x })
          const at = pathTo(node.value, (v) => v.kind === Kind.VARIABLE && v.name.value === variable[1], node.name.value);
          if (at !== undefined) found = at + (variable[2] ?? variable[1]).slice(variable[1].length);
        } else if (target) {
          found = pathTo(node.value, (v) => v.kind === target.kind && v.loc?.start === target.loc?.start, node.name.value);
        }
        return found ? BREAK : undefined;
      },
    });
  } catch {
    return undefined; // the text does not parse: a parse error names no field
  }
  // a missing field of an input object is reported at the object: name the field inside it
  const missing = /^Field "[^".]+\.([^"]+)" of required type .* was not provided/.exec(formatted.message);
  if (found && missing && !variable) found = `${found}.${missing[1]}`;
  return found;
}

/** Scalar and input coercion failures are the client's mistake: BAD_USER_INPUT, naming the field. */
function isInputCoercion(formatted: GraphQLFormattedError): boolean {
  const m = formatted.message;
  return (
    /^Variable "\$[^"]+" (got invalid value|of required type|of non-null type)/.test(m) ||
    /^Expected value of type /.test(m) ||
    /^Value "[^"]*" does not exist in "[^"]+" enum/.test(m) ||
    /^Enum "[^"]+" cannot represent/.test(m) ||
    /must be given as a string/.test(m) ||
    /^(Argument|Field) "[^"]+" of (required|non-null) type/.test(m) ||
    /must be an ISO-8601 date-time/.test(m) ||
    /^Int cannot represent/.test(m)
  );
}

/** What the log keeps of an unexpected error: never the SQL parameters, which hold document text. */
export function describeError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { message: String(error) };
  const e = error as Error & { code?: string; driverError?: { code?: string; detail?: string } };
  return { name: e.name, message: e.message, code: e.code ?? e.driverError?.code, stack: e.stack?.split('\n').slice(0, 6).join('\n') };
}

/** Extensions a client may see: what we set ourselves (field, position, …), never stack traces. */
function safeExtensions(extensions: Record<string, unknown> | undefined): Record<string, unknown> {
  const { stacktrace: _s, exception: _e, originalError: _o, ...rest } = extensions ?? {};
  return rest;
}

/**
 * Apollo's formatError: known errors pass with their code and field; anything else becomes a
 * generic internal error with a correlation id that is logged together with the real cause.
 */
export function createFormatError(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = (error as { originalError?: unknown })?.originalError ?? error;
    if (original instanceof DomainError) {
      const mapped = toGraphQLError(original);
      return { message: mapped.message, path: formatted.path, locations: formatted.locations, extensions: mapped.extensions };
    }
    const code = String(formatted.extensions?.code ?? '');
    if (code === ErrorCode.BadUserInput || ((code === 'GRAPHQL_VALIDATION_FAILED' || code === '') && isInputCoercion(formatted))) {
      const field = (formatted.extensions?.field as string | undefined) ?? fieldOfError(error, formatted) ?? fieldFromMessage(formatted.message);
      return {
        message: formatted.message,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { ...safeExtensions(formatted.extensions), code: ErrorCode.BadUserInput, ...(field ? { field } : {}) },
      };
    }
    if (SAFE_CODES.has(code)) {
      return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { code } };
    }
    const correlationId = randomUUID();
    const fromDatabase = classifyDatabaseError(original);
    if (fromDatabase) {
      requestLogger(logger).warn({ err: original, correlationId, path: formatted.path }, 'database error while answering a GraphQL request');
      const mapped = toGraphQLError(fromDatabase);
      return { message: mapped.message, path: formatted.path, extensions: { ...mapped.extensions, correlationId } };
    }
    requestLogger(logger).error({ err: original, correlationId, path: formatted.path }, 'unexpected error while answering a GraphQL request');
    return {
      message: `Internal error; reference ${correlationId}`,
      path: formatted.path,
      extensions: { code: ErrorCode.Internal, correlationId },
    };
  };
}
