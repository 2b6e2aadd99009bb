import { ArgsType, Field } from '@nestjs/graphql';
import { IsIsoDate } from '../common/validation/validators';

const YEARS = [2000, 2100] as const;

@ArgsType()
export class SteeringDashboardArgs {
  @Field({ description: 'First day of the period, YYYY-MM-DD (Copenhagen).' })
  @IsIsoDate({ years: YEARS })
  from!: string;

  @Field({ description: 'Last day of the period (included), at most three years after `from`.' })
  @IsIsoDate({ years: YEARS })
  to!: string;
}
