import { Inject } from '@nestjs/common';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { LIMITS } from '@app/domain';
import { DocumentInput } from './dto/document.input.js';
import { IngestService } from './ingest.service.js';
import { IngestResultModel } from './models/ingest-result.model.js';

@Resolver(() => IngestResultModel)
export class IngestResolver {
  constructor(@Inject(IngestService) private readonly ingest: IngestService) {}

  @Mutation(() => IngestResultModel, {
    description: `Stores documents in one transaction (at most ${LIMITS.maxDocumentsPerBatch}); re-sent documents are duplicates and add nothing`,
  })
  ingestDocuments(@Args('documents', { type: () => [DocumentInput] }) documents: DocumentInput[]) {
    return this.ingest.ingest(documents);
  }
}
