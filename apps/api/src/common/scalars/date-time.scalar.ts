import { Scalar, type CustomScalar } from '@nestjs/graphql';
import { parseIsoDate } from '@app/domain';
import { GraphQLError, Kind, type ValueNode } from 'graphql';

// Date, optional time with optional fraction, and a zone (Z or ±hh:mm) whenever a time is given.
const ISO_8601 = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2}))?$/i;

/** `ast`: the literal in the query text, so the error can be traced to its argument. */
function parse(value: unknown, ast?: ValueNode): Date {
  if (typeof value === 'string' && ISO_8601.test(value.trim())) {
    // the calendar is checked too: 2026-02-30 is refused, not read as March 2
    const date = parseIsoDate(value);
    if (date) return date;
  }
  throw new GraphQLError(`DateTime must be an ISO-8601 date-time such as "2026-11-20T14:30:00Z", got ${JSON.stringify(value)}`, {
    nodes: ast,
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
    if (ast.kind !== Kind.STRING) throw new GraphQLError('DateTime must be given as a string', { nodes: ast, extensions: { code: 'BAD_USER_INPUT' } });
    return parse(ast.value, ast);
  }
}
