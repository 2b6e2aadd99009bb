import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { ImplementationPhaseEnum } from '../implementation.model';

@ArgsType()
export class HistoryArgs {
  @Field(() => ImplementationPhaseEnum)
  @IsIn(Object.values(ImplementationPhaseEnum), { message: 'Vælg en fase.' })
  phase!: string;

  @Field(() => Int, { nullable: true, description: 'At most this many events (1–100, default 50).' })
  @IsOptional()
  @IsInt({ message: 'Skriv et helt tal.' })
  @Min(1, { message: 'Mindst 1.' })
  @Max(100, { message: 'Højst 100.' })
  first?: number | null;
}
