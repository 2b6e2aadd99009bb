import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../common/graphql/connection';
import { RoleEnum } from '../common/graphql/enums';

@ObjectType('UserSummary')
export class UserModel {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field()
  email!: string;

  @Field(() => RoleEnum)
  role!: string;

  @Field()
  disabled!: boolean;
}

export const UserConnection = ConnectionType(UserModel, 'User');
