import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../common/graphql/connection';
import { CitizenStatusEnum } from '../common/graphql/enums';

@ObjectType('Address', { description: 'Where the team meets the citizen.' })
export class AddressModel {
  @Field()
  street!: string;

  @Field()
  postalCode!: string;

  @Field()
  city!: string;

  @Field(() => String, { nullable: true, description: 'Practical notes: door code, pets, when to call.' })
  accessNote!: string | null;
}

@ObjectType('Citizen')
export class CitizenModel {
  @Field(() => ID)
  id!: string;

  teamId!: string;
  cpr!: string;
  street!: string | null;
  postalCode!: string | null;
  city!: string | null;
  accessNote!: string | null;

  @Field()
  name!: string;

  @Field(() => CitizenStatusEnum)
  status!: string;

  @Field(() => String, { nullable: true })
  statusReason!: string | null;

  @Field(() => String, { nullable: true })
  phone!: string | null;

  @Field(() => String, { nullable: true })
  email!: string | null;

  @Field(() => Int, { description: 'Send it back with updateCitizen to detect concurrent edits.' })
  version!: number;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt!: Date;
}

export const CitizenConnection = ConnectionType(CitizenModel, 'Citizen');
