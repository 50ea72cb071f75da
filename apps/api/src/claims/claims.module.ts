import { Module } from '@nestjs/common';
import { ClaimsResolver } from './claims.resolver.js';
import { ClaimsService } from './claims.service.js';

@Module({ providers: [ClaimsService, ClaimsResolver], exports: [ClaimsService] })
export class ClaimsModule {}
