import { Global, Module } from '@nestjs/common';
import { ApiTokenRepository } from '@app/persistence';
import { AuthGuard } from '../common/auth/auth.guard.js';
import { Authenticator } from '../common/auth/authenticator.js';
import { ApiTokensResolver } from './api-tokens.resolver.js';
import { ApiTokensService } from './api-tokens.service.js';

/** Named API tokens with roles, and the Authenticator that AuthGuard asks on every request. */
@Global()
@Module({
  providers: [{ provide: ApiTokenRepository, useValue: new ApiTokenRepository() }, Authenticator, AuthGuard, ApiTokensService, ApiTokensResolver],
  exports: [Authenticator, AuthGuard],
})
export class AuthModule {}
