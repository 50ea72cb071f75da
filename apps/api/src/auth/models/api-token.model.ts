import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Role } from '../../common/auth/roles.js';

@ObjectType('ApiToken', { description: 'A named API token; its secret is shown only once, when it is created' })
export class ApiTokenModel {
  @Field(() => ID) id: string;
  @Field({ description: 'Recorded as taggedBy and in the audit log for everything done with the token' }) name: string;
  @Field(() => Role) role: Role;
  @Field({ description: 'The non-secret start of the token (nrt_<prefix>_…), to tell tokens apart' }) prefix: string;
  @Field(() => Date) createdAt: Date;
  @Field(() => String, { nullable: true }) createdBy: string | null;
  @Field(() => Date, { nullable: true, description: 'Last request made with it (updated at most once a minute)' }) lastUsedAt: Date | null;
  @Field(() => Date, { nullable: true }) revokedAt: Date | null;
}
