import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ClaimModel } from '../claims/models/claim.model.js';
import { required, type RequestContext } from '../common/loaders/loaders.js';
import { SourceModel } from '../sources/source.model.js';
import { DocumentModel } from './document.model.js';

@Resolver(() => DocumentModel)
export class DocumentsResolver {
  @ResolveField('source', () => SourceModel)
  source(@Parent() doc: DocumentModel, @Context() ctx: RequestContext) {
    return required(ctx.loaders.sources, doc.sourceId, 'source');
  }

  @ResolveField('claims', () => [ClaimModel], { description: 'In document order' })
  claims(@Parent() doc: DocumentModel, @Context() ctx: RequestContext) {
    return ctx.loaders.claimsByDocument.load(doc.id);
  }
}
