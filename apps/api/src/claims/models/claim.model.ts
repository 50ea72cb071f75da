import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

/** `document`, `source` and `tags` are resolved in ClaimsResolver. */
@ObjectType('Claim', { description: 'One statement extracted from a document' })
export class ClaimModel {
  @Field(() => ID) id: string;
  @Field() text: string;
  @Field() language: string;
  @Field() publishedAt: Date;
  @Field(() => String, { nullable: true, description: 'Who the claim is attributed to, when the text says' }) claimant: string | null;
  @Field(() => Int, { description: '0-based position of the claim in its document' }) position: number;
  documentId: string;
  sourceId: string;
  normalized: string;
}

