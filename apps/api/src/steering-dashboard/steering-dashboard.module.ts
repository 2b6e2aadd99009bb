import { Module } from '@nestjs/common';
import { SteeringDashboardResolver } from './steering-dashboard.resolver';
import { SteeringDashboardService } from './steering-dashboard.service';

/** The steering group's dashboard: figures per team and period, small groups withheld. */
@Module({
  providers: [SteeringDashboardService, SteeringDashboardResolver],
})
export class SteeringDashboardModule {}
