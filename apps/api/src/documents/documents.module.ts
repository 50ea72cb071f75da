import { Module } from '@nestjs/common';
import { DocumentsResolver } from './documents.resolver.js';

@Module({ providers: [DocumentsResolver] })
export class DocumentsModule {}
