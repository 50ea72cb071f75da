import { Field, ID, ObjectType } from '@nestjs/graphql';

/** `parent`, `children` and `claimCount` are resolved in NarrativesResolver. */
@ObjectType('Narrative')
export class NarrativeModel {
  @Field(() => ID) id: string;
  @Field() slug: string;
  @Field() name: string;
  @Field(() => String, { nullable: true }) description: string | null;
  @Field(() => [String]) keywords: string[];
  @Field(() => String, { nullable: true, description: 'Boolean rule whose matches are tagged with origin RULE' }) rule: string | null;
  @Field() createdAt: Date;
  @Field() updatedAt: Date;
  parentId: string | null;
}
