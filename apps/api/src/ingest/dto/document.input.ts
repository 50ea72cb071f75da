import { Field, InputType } from '@nestjs/graphql';

@InputType('SourceInput')
export class SourceInput {
  @Field() name: string;
  @Field(() => String, { nullable: true, description: 'web, telegram, tv, …' }) platform?: string | null;
  @Field(() => String, { nullable: true }) country?: string | null;
}

/** Checked field by field in the domain (validateDocuments), which names the offending field. */
@InputType('DocumentInput')
export class DocumentInput {
  @Field(() => String, { nullable: true, description: 'Your id for the document; re-sending it is recognised as a duplicate' })
  externalId?: string | null;
  @Field(() => String, { nullable: true }) url?: string | null;
  @Field(() => String, { nullable: true }) title?: string | null;
  @Field(() => String, { nullable: true, description: 'Byline, signature or poster of the document' }) author?: string | null;
  @Field() text: string;
  @Field(() => String, { nullable: true, description: 'ISO 639-1 code; detected when missing' }) language?: string | null;
  @Field() publishedAt: Date;
  @Field(() => SourceInput) source: SourceInput;
}
