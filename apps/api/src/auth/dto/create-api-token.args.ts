import { ArgsType, Field } from '@nestjs/graphql';
import { Role } from '../../common/auth/roles.js';

@ArgsType()
export class CreateApiTokenArgs {
  @Field({ description: 'Who or what uses it ("maria", "telegram-importer"); unique among live tokens' }) name: string;
  @Field(() => Role) role: Role;
}
