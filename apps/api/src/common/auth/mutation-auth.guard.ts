import { Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { DomainError, DomainErrorCode } from '@app/domain';
import type { GraphQLResolveInfo } from 'graphql';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/app-config.js';
import type { RequestContext } from '../loaders/loaders.js';

/** With ADMIN_TOKEN set, every mutation needs `Authorization: Bearer <token>`; queries stay open. */
@Injectable()
export class MutationAuthGuard implements CanActivate {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  canActivate(context: ExecutionContext): boolean {
    if (context.getType<string>() !== 'graphql' || !this.config.adminToken) return true;
    const gql = GqlExecutionContext.create(context);
    const info = gql.getInfo<GraphQLResolveInfo>();
    if (info.operation.operation !== 'mutation' || info.parentType.name !== 'Mutation') return true;
    const ctx = gql.getContext<RequestContext>();
    if (!ctx.presentedToken) {
      throw new DomainError(DomainErrorCode.Unauthenticated, 'this mutation needs an Authorization: Bearer token');
    }
    if (!ctx.authorized) throw new DomainError(DomainErrorCode.Forbidden, 'the token is not valid for mutations');
    return true;
  }
}
