import { Field, InputType } from '@nestjs/graphql';

@InputType('NarrativeInput')
export class NarrativeInput {
  @Field({ description: 'Unique, lowercase words joined by hyphens' }) slug: string;
  @Field() name: string;
  @Field(() => String, { nullable: true, description: 'One sentence; the engine matches claims against it' }) description?: string | null;
  @Field(() => String, { nullable: true }) parentSlug?: string | null;
  @Field(() => [String], { nullable: true, description: 'Terms in any language that point to the narrative' }) keywords?: string[] | null;
  @Field(() => String, { nullable: true }) rule?: string | null;
}

@InputType('NarrativeUpdateInput')
export class NarrativeUpdateInput {
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => String, { nullable: true, description: 'Empty string removes the parent' }) parentSlug?: string | null;
  @Field(() => [String], { nullable: true }) keywords?: string[] | null;
  @Field(() => String, { nullable: true, description: 'Empty string removes the rule' }) rule?: string | null;
}
