import { Field, Int, ObjectType } from '@nestjs/graphql';
import { DocumentModel } from '../../documents/document.model.js';

@ObjectType('IngestedDocument')
export class IngestedDocumentModel {
  @Field(() => String, { nullable: true }) externalId: string | null;
  @Field(() => DocumentModel) document: DocumentModel;
  @Field({ description: 'True when the document was stored before; nothing was added again' }) duplicate: boolean;
}

@ObjectType('IngestResult')
export class IngestResultModel {
  @Field(() => Int) created: number;
  @Field(() => Int) duplicates: number;
  @Field(() => Int, { description: 'Claims extracted from the newly created documents' }) claims: number;
  @Field(() => Int, { description: 'Narrative suggestions stored for those claims' }) suggestions: number;
  @Field(() => [IngestedDocumentModel], { description: 'One per input document, in input order' }) documents: IngestedDocumentModel[];
}
