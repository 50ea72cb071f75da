import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { DomainError } from '@app/domain';
import type { GraphQLResolveInfo } from 'graphql';

/** The first string in `value` that PostgreSQL cannot store as text or that is not well-formed UTF-16. */
export function findUnsafeString(value: unknown, path: string, seen = 0): { path: string; reason: string } | null {
  if (typeof value === 'string') {
    if (value.includes('\u0000')) return { path, reason: 'contains a NUL character' };
    if (!value.isWellFormed()) return { path, reason: 'contains a lone surrogate (not valid Unicode)' };
    return null;
  }
  if (seen > 64 || value === null || typeof value !== 'object' || value instanceof Date) return null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) {
      const found = findUnsafeString(value[i], `${path}[${i}]`, seen + 1);
      if (found) return found;
    }
    return null;
  }
  for (const [key, v] of Object.entries(value)) {
    const found = findUnsafeString(v, `${path}.${key}`, seen + 1);
    if (found) return found;
  }
  return null;
}

/**
 * Every string argument of every root field is checked once, before any resolver runs: a NUL
 * byte or a lone surrogate is the client's mistake (BAD_USER_INPUT naming the field), never a
 * database error that would surface as a 500.
 */
@Injectable()
export class InputSafetyGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    if (context.getType<string>() !== 'graphql') return true;
    const gql = GqlExecutionContext.create(context);
    const root = gql.getInfo<GraphQLResolveInfo>().parentType.name;
    if (root !== 'Query' && root !== 'Mutation') return true;
    for (const [name, value] of Object.entries(gql.getArgs<Record<string, unknown>>())) {
      const found = findUnsafeString(value, name);
      if (found) throw DomainError.badInput(found.path, `${found.path} ${found.reason}`);
    }
    return true;
  }
}
