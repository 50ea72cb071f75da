import { Field, ID, ObjectType } from '@nestjs/graphql';

/** `source` and `claims` are resolved in DocumentsResolver. */
@ObjectType('Document')
export class DocumentModel {
  @Field(() => ID) id: string;
  @Field(() => String, { nullable: true }) externalId: string | null;
  @Field(() => String, { nullable: true }) url: string | null;
  @Field(() => String, { nullable: true }) title: string | null;
  @Field(() => String, { nullable: true, description: 'Byline, signature or poster, as ingested' }) author: string | null;
  @Field(() => String, { nullable: true }) language: string | null;
  @Field() publishedAt: Date;
  @Field({ description: 'Full text as ingested' }) text: string;
  sourceId: string;
}
