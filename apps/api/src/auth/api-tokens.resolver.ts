import { Inject } from '@nestjs/common';
import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Authenticator } from '../common/auth/authenticator.js';
import { principalOf } from '../common/auth/auth.guard.js';
import { RequiresRole, Role } from '../common/auth/roles.js';
import type { RequestContext } from '../common/loaders/loaders.js';
import { ApiTokensService } from './api-tokens.service.js';
import { CreateApiTokenArgs } from './dto/create-api-token.args.js';
import { ApiTokenModel } from './models/api-token.model.js';
import { CreatedApiTokenModel } from './models/created-api-token.model.js';
import { IdentityModel } from './models/identity.model.js';

@Resolver(() => ApiTokenModel)
export class ApiTokensResolver {
  constructor(
    @Inject(ApiTokensService) private readonly tokens: ApiTokensService,
    @Inject(Authenticator) private readonly auth: Authenticator,
  ) {}

  @RequiresRole(Role.ADMIN)
  @Mutation(() => CreatedApiTokenModel, { description: 'Creates a named token with a role; the token string is returned only here' })
  createApiToken(@Args() args: CreateApiTokenArgs, @Context() ctx: RequestContext): Promise<CreatedApiTokenModel> {
    return this.tokens.create(args.name, args.role, ctx.actor);
  }

  @RequiresRole(Role.ADMIN)
  @Mutation(() => ApiTokenModel, { description: 'Stops a token from working at once; revoking twice keeps the first time' })
  revokeApiToken(@Args('id', { type: () => ID }) id: string, @Context() ctx: RequestContext): Promise<ApiTokenModel> {
    return this.tokens.revoke(id, ctx.actor);
  }

  @RequiresRole(Role.ADMIN)
  @Query(() => [ApiTokenModel], { description: 'API tokens, oldest first (never their secrets)' })
  apiTokens(@Args('includeRevoked', { type: () => Boolean, defaultValue: true }) includeRevoked: boolean): Promise<ApiTokenModel[]> {
    return this.tokens.list(includeRevoked);
  }

  @Query(() => IdentityModel, { description: 'The caller as the server sees it (name, role), from the bearer token if any' })
  async me(@Context() ctx: RequestContext): Promise<IdentityModel> {
    const principal = await principalOf(ctx, this.auth);
    return { name: principal?.name ?? ctx.actor, role: principal?.role ?? null, tokenId: principal?.tokenId ?? null, authRequired: this.auth.enforced };
  }
}
