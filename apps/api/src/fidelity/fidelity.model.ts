import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

/** GraphQL enum names over the domain's stored values. */
export const FidelitySubscaleEnum = {
  HUMAN_RESOURCES: 'human_resources',
  ORGANISATIONAL_BOUNDARIES: 'organisational_boundaries',
  NATURE_OF_SERVICES: 'nature_of_services',
} as const;
export const FidelityItemKindEnum = { COMPUTED: 'computed', MANUAL: 'manual' } as const;
export const FidelityUnratedReasonEnum = { NO_DATA: 'no_data', NOT_RATED: 'not_rated' } as const;
export const FidelityRatingDirectionEnum = { HIGHER_IS_BETTER: 'higher_is_better', LOWER_IS_BETTER: 'lower_is_better' } as const;

registerEnumType(FidelitySubscaleEnum, { name: 'FidelitySubscale' });
registerEnumType(FidelityItemKindEnum, { name: 'FidelityItemKind' });
registerEnumType(FidelityUnratedReasonEnum, { name: 'FidelityUnratedReason', description: 'NO_DATA: nothing to compute from; NOT_RATED: a manual item nobody has rated yet.' });
registerEnumType(FidelityRatingDirectionEnum, { name: 'FidelityRatingDirection' });

@ObjectType('FidelityRatingRule', { description: 'Four cutoffs, for the ratings 2, 3, 4 and 5.' })
export class FidelityRatingRuleModel {
  @Field(() => FidelityRatingDirectionEnum)
  direction!: string;

  @Field(() => [Float])
  cutoffs!: number[];
}

@ObjectType('FidelityBasisEntry', { description: 'One of the numbers behind a value (e.g. citizen-days, FTE-days).' })
export class FidelityBasisEntryModel {
  @Field()
  key!: string;

  @Field(() => Float)
  value!: number;
}

@ObjectType('FidelityManualRating', { description: "A team leader's rating of an item the data cannot show." })
export class FidelityManualRatingModel {
  @Field(() => ID)
  id!: string;

  @Field()
  itemId!: string;

  @Field(() => Int)
  rating!: number;

  @Field()
  note!: string;

  @Field({ description: 'YYYY-MM-DD' })
  ratedOn!: string;

  @Field(() => String, { nullable: true })
  ratedByName!: string | null;
}

@ObjectType('FidelityItemResult')
export class FidelityItemResultModel {
  @Field()
  itemId!: string;

  @Field(() => FidelitySubscaleEnum)
  subscale!: string;

  @Field()
  name!: string;

  @Field()
  definition!: string;

  @Field({ description: 'citizens_per_fte, share, per_week, minutes_per_week, fte, fte_per_100_citizens, per_month, citizens_per_month; "rating" for manual items.' })
  unit!: string;

  @Field(() => FidelityItemKindEnum)
  kind!: string;

  @Field()
  needsHumanRating!: boolean;

  @Field(() => Float, { nullable: true })
  value!: number | null;

  @Field(() => [FidelityBasisEntryModel], { nullable: true })
  basis!: FidelityBasisEntryModel[] | null;

  @Field(() => Int, { nullable: true, description: '1–5; null when unrated.' })
  rating!: number | null;

  @Field(() => FidelityRatingRuleModel, { nullable: true })
  rule!: FidelityRatingRuleModel | null;

  @Field(() => String, { nullable: true })
  windowFrom!: string | null;

  @Field(() => String, { nullable: true })
  windowTo!: string | null;

  @Field(() => FidelityManualRatingModel, { nullable: true })
  manualRating!: FidelityManualRatingModel | null;

  @Field(() => FidelityUnratedReasonEnum, { nullable: true })
  unratedReason!: string | null;
}

@ObjectType('FidelityScore', { description: 'Mean of the rated items (two decimals); null when none is rated.' })
export class FidelityScoreModel {
  @Field(() => Float, { nullable: true })
  score!: number | null;

  @Field(() => Int)
  ratedItems!: number;

  @Field(() => Int)
  items!: number;
}

@ObjectType('FidelitySubscaleScore')
export class FidelitySubscaleScoreModel {
  @Field(() => FidelitySubscaleEnum)
  subscale!: string;

  @Field()
  name!: string;

  @Field(() => Float, { nullable: true })
  score!: number | null;

  @Field(() => Int)
  ratedItems!: number;

  @Field(() => Int)
  items!: number;
}

@ObjectType('FidelityReport', { description: "A team's fidelity for a period, with the model version it was computed with." })
export class FidelityReportModel {
  @Field(() => ID)
  teamId!: string;

  @Field()
  teamName!: string;

  @Field({ description: 'First day, YYYY-MM-DD (Copenhagen).' })
  from!: string;

  @Field({ description: 'Last day (included).' })
  to!: string;

  @Field()
  modelVersionId!: string;

  @Field()
  modelVersionLabel!: string;

  @Field(() => GraphQLISODateTime)
  computedAt!: Date;

  @Field(() => [FidelityItemResultModel])
  items!: FidelityItemResultModel[];

  @Field(() => [FidelitySubscaleScoreModel])
  subscales!: FidelitySubscaleScoreModel[];

  @Field(() => FidelityScoreModel)
  total!: FidelityScoreModel;
}

@ObjectType('FidelityTrendPoint', { description: 'One weekly snapshot (12 whole weeks ending on its `to`).' })
export class FidelityTrendPointModel {
  @Field()
  from!: string;

  @Field()
  to!: string;

  @Field()
  modelVersionId!: string;

  @Field(() => FidelityScoreModel)
  total!: FidelityScoreModel;

  @Field(() => [FidelitySubscaleScoreModel])
  subscales!: FidelitySubscaleScoreModel[];
}

@ObjectType('FidelityDrillDownRow')
export class FidelityDrillDownRowModel {
  @Field(() => [String])
  cells!: string[];

  @Field(() => ID, { nullable: true })
  citizenId!: string | null;

  @Field(() => ID, { nullable: true })
  visitId!: string | null;

  @Field(() => ID, { nullable: true })
  meetingId!: string | null;
}

@ObjectType('FidelityDrillDown', { description: "The records behind one item's number (team staff only; citizen rows are access-logged)." })
export class FidelityDrillDownModel {
  @Field()
  itemId!: string;

  @Field()
  name!: string;

  @Field(() => [String])
  columns!: string[];

  @Field(() => [FidelityDrillDownRowModel])
  rows!: FidelityDrillDownRowModel[];

  @Field(() => [FidelityBasisEntryModel])
  basis!: FidelityBasisEntryModel[];
}

@ObjectType('TeamFidelitySummary', { description: "A team's scores for the steering group: no records, no persons; withheld below the minimum group size." })
export class TeamFidelitySummaryModel {
  @Field(() => ID)
  teamId!: string;

  @Field()
  teamName!: string;

  @Field()
  withheld!: boolean;

  @Field(() => FidelityScoreModel, { nullable: true })
  total!: FidelityScoreModel | null;

  @Field(() => [FidelitySubscaleScoreModel], { nullable: true })
  subscales!: FidelitySubscaleScoreModel[] | null;

  @Field(() => [FidelityItemResultModel], { nullable: true })
  items!: FidelityItemResultModel[] | null;
}

@ObjectType('FidelityItemDefinition')
export class FidelityItemDefinitionModel {
  @Field()
  itemId!: string;

  @Field(() => FidelitySubscaleEnum)
  subscale!: string;

  @Field()
  name!: string;

  @Field()
  definition!: string;

  @Field(() => FidelityItemKindEnum)
  kind!: string;

  @Field()
  unit!: string;

  @Field(() => FidelityRatingRuleModel, { nullable: true })
  rule!: FidelityRatingRuleModel | null;

  @Field(() => Int, { nullable: true, description: 'Trailing months; null = the report period.' })
  windowMonths!: number | null;
}

@ObjectType('FidelityModelVersion')
export class FidelityModelVersionModel {
  @Field()
  versionId!: string;

  @Field()
  label!: string;

  @Field(() => String, { nullable: true })
  basedOn!: string | null;

  @Field()
  active!: boolean;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Null for the built-in standard model.' })
  createdAt!: Date | null;

  @Field(() => [FidelityItemDefinitionModel])
  items!: FidelityItemDefinitionModel[];
}

@ObjectType('TeamBudgetedPositions', { description: "A team's budgeted positions (normering) in FTE from a date." })
export class TeamBudgetedPositionsModel {
  @Field(() => ID)
  id!: string;

  @Field(() => Float)
  fte!: number;

  @Field({ description: 'YYYY-MM-DD' })
  from!: string;

  @Field(() => String, { nullable: true, description: 'The day it ended (not included); null = in force.' })
  to!: string | null;
}
