import { Module } from '@nestjs/common';
import { CARE_PLAN_RESOLVERS } from './care-plans.resolver';
import { CarePlansService } from './care-plans.service';
import { ConsentsService } from './consents.service';

/** The ACT plan (versions, goals, steps, declined areas) and consents. */
@Module({
  providers: [CarePlansService, ConsentsService, ...CARE_PLAN_RESOLVERS],
})
export class CarePlansModule {}
