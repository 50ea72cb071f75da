import { Field, ObjectType } from '@nestjs/graphql';
import { ApiTokenModel } from './api-token.model.js';

@ObjectType('CreatedApiToken')
export class CreatedApiTokenModel {
  @Field({ description: 'Send as "Authorization: Bearer <token>". Shown this once; only a salted hash is kept' }) token: string;
  @Field(() => ApiTokenModel) apiToken: ApiTokenModel;
}
