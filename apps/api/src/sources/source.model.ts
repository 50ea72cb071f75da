import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('Source', { description: 'Where documents come from: an outlet, channel or programme on one platform' })
export class SourceModel {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => String, { nullable: true, description: 'web, telegram, tv, …' }) platform: string | null;
  @Field(() => String, { nullable: true }) country: string | null;
}
