import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Role } from '../../common/auth/roles.js';

@ObjectType('Identity', { description: 'Who the server takes the caller to be' })
export class IdentityModel {
  @Field({ description: 'The name recorded for changes' }) name: string;
  @Field(() => Role, { nullable: true, description: 'null without a valid token' }) role: Role | null;
  @Field(() => ID, { nullable: true, description: 'the API token used; null for ADMIN_TOKEN or none' }) tokenId: string | null;
  @Field({ description: 'Whether mutations need a token on this server (ADMIN_TOKEN is set)' }) authRequired: boolean;
}
