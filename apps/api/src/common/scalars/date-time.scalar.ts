import { Scalar, type CustomScalar } from '@nestjs/graphql';
import { GraphQLError, Kind, type ValueNode } from 'graphql';

// Date, optional time with optional fraction, and a zone (Z or ±hh:mm) whenever a time is given.
const ISO_8601 = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2}))?$/i;

function parse(value: unknown): Date {
  if (typeof value === 'string' && ISO_8601.test(value.trim())) {
    const date = new Date(value.trim());
    if (!Number.isNaN(date.getTime())) return date;
  }
  throw new GraphQLError(`DateTime must be an ISO-8601 date-time such as "2026-11-20T14:30:00Z", got ${JSON.stringify(value)}`, {
    extensions: { code: 'BAD_USER_INPUT' },
  });
}

/** ISO-8601 date-times; anything else is refused as BAD_USER_INPUT rather than becoming an invalid Date. */
@Scalar('DateTime', () => Date)
export class DateTimeScalar implements CustomScalar<string, Date> {
  description = 'An ISO-8601 date-time such as 2026-11-20T14:30:00Z (a plain date means midnight UTC).';

  parseValue(value: unknown): Date {
    return parse(value);
  }

  serialize(value: unknown): string {
    const date = value instanceof Date ? value : new Date(value as string);
    return date.toISOString();
  }

  parseLiteral(ast: ValueNode): Date {
    if (ast.kind !== Kind.STRING) throw new GraphQLError('DateTime must be given as a string', { extensions: { code: 'BAD_USER_INPUT' } });
    return parse(ast.value);
  }
}
