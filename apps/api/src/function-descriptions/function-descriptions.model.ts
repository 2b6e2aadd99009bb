import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DisciplineEnum } from '../common/graphql/enums';

export const CompositionStatusEnum = {
  MISSING: 'missing',
  BELOW: 'below',
  MET: 'met',
  OPTIONAL_MISSING: 'optional_missing',
  NOT_IN_NORM: 'not_in_norm',
} as const;
registerEnumType(CompositionStatusEnum, {
  name: 'CompositionStatus',
  description: 'MISSING: a required discipline with no FTE. BELOW: less than the citizens need.',
});

@ObjectType('FunctionDescription', { description: 'One version of a role\'s function description.' })
export class FunctionDescriptionModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  roleId!: string;

  @Field(() => Int)
  version!: number;

  @Field()
  purpose!: string;

  @Field({ description: 'Primary tasks in outreach and engagement.' })
  tasksOutreach!: string;

  @Field({ description: 'Primary tasks in making the plan.' })
  tasksPlan!: string;

  @Field({ description: 'Primary tasks in support and treatment.' })
  tasksSupport!: string;

  @Field({ description: 'Primary tasks in transition and ending.' })
  tasksTransition!: string;

  @Field()
  professionalCompetences!: string;

  @Field()
  personalCompetences!: string;

  @Field()
  writtenByName!: string;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;
}

@ObjectType('FunctionRoleMember')
export class FunctionRoleMemberModel {
  @Field(() => ID)
  memberId!: string;

  @Field()
  name!: string;

  @Field(() => Float)
  fte!: number;
}

@ObjectType('FunctionRole', { description: 'A role in a team, with its versioned function description.' })
export class FunctionRoleModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  teamId!: string;

  @Field()
  teamName!: string;

  @Field()
  title!: string;

  @Field(() => DisciplineEnum, { nullable: true })
  discipline!: string | null;

  @Field(() => FunctionDescriptionModel, { nullable: true, description: 'The newest version.' })
  current!: FunctionDescriptionModel | null;

  @Field(() => [FunctionDescriptionModel], { description: 'All versions, newest first.' })
  versions!: FunctionDescriptionModel[];

  @Field(() => [FunctionRoleMemberModel], { description: 'Members who work under this description.' })
  members!: FunctionRoleMemberModel[];
}

@ObjectType('DisciplineComposition')
export class DisciplineCompositionModel {
  @Field(() => DisciplineEnum)
  discipline!: string;

  @Field(() => Float)
  fte!: number;

  @Field(() => Int)
  members!: number;

  @Field(() => Float, { nullable: true, description: 'FTE the team needs for its citizens; null if not in the ACT norm.' })
  needed!: number | null;

  @Field(() => Float, { nullable: true, description: 'The ACT norm: FTE per 100 citizens.' })
  perHundred!: number | null;

  @Field()
  required!: boolean;

  @Field(() => CompositionStatusEnum)
  status!: string;
}

@ObjectType('TeamComposition', { description: 'FTE per discipline against what an ACT team needs per 100 citizens.' })
export class TeamCompositionModel {
  @Field(() => ID)
  teamId!: string;

  @Field(() => Int)
  activeCitizens!: number;

  @Field(() => Float)
  totalFte!: number;

  @Field(() => [DisciplineCompositionModel])
  lines!: DisciplineCompositionModel[];

  @Field(() => [DisciplineEnum], { description: 'Required disciplines the team has no one for.' })
  missing!: string[];

  @Field(() => [DisciplineEnum])
  below!: string[];
}
