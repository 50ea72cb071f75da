import { Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { DomainError, DomainErrorCode } from '@app/domain';
import type { GraphQLResolveInfo } from 'graphql';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import type { RequestContext } from '../loaders/loaders.js';
import { Authenticator } from './authenticator.js';
import { bearerToken } from './request-context.js';
import { REQUIRED_ROLE, Role, roleAllows, type Principal } from './roles.js';

const principals = new WeakMap<object, Promise<Principal | null>>();

/** The request's principal, worked out once per request however many root fields it has. */
export function principalOf(ctx: RequestContext, auth: Authenticator): Promise<Principal | null> {
  let found = principals.get(ctx);
  if (!found) {
    const token = bearerToken(ctx.req as never);
    found = token ? auth.authenticate(token) : Promise.resolve(null);
    principals.set(ctx, found);
  }
  return found;
}

/**
 * Roles for every root field. With ADMIN_TOKEN set a mutation needs ANALYST, fields marked
 * @RequiresRole need that role, and queries are open unless QUERIES_NEED_TOKEN=on. Without
 * ADMIN_TOKEN nothing is refused (single user on this machine), but a valid token still names
 * the actor.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(Reflector) private readonly reflector: Reflector,
    @Inject(Authenticator) private readonly auth: Authenticator,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType<string>() !== 'graphql') return true;
    const gql = GqlExecutionContext.create(context);
    const info = gql.getInfo<GraphQLResolveInfo>();
    const root = info.parentType.name;
    if (root !== 'Mutation' && root !== 'Query') return true;
    const ctx = gql.getContext<RequestContext>();
    const needed =
      this.reflector.getAllAndOverride<Role | undefined>(REQUIRED_ROLE, [context.getHandler(), context.getClass()]) ??
      (root === 'Mutation' ? Role.ANALYST : this.config.security.queriesNeedToken ? Role.VIEWER : null);
    const enforced = this.auth.enforced && needed !== null;
    // Open fields do not wait for token verification unless a token came with the request.
    if (!enforced && !ctx.presentedToken) return true;
    const principal = await principalOf(ctx, this.auth);
    if (principal) {
      ctx.actor = principal.name;
      ctx.authorized = true;
    }
    if (!enforced) return true;
    if (!principal) {
      throw new DomainError(
        DomainErrorCode.Unauthenticated,
        ctx.presentedToken
          ? 'the bearer token is not valid (unknown, revoked or mistyped)'
          : `${info.fieldName} needs an Authorization: Bearer token with role ${needed}`,
      );
    }
    if (!roleAllows(principal.role, needed)) {
      throw new DomainError(DomainErrorCode.Forbidden, `${info.fieldName} needs role ${needed}; this token has role ${principal.role}`, undefined, {
        requiredRole: needed,
      });
    }
    return true;
  }
}
