import { Module } from '@nestjs/common';
import { FidelityAdminService } from './fidelity-admin.service';
import { FidelityResolver } from './fidelity.resolver';
import { FidelityService } from './fidelity.service';
import { TeamBudgetResolver } from './team-budget.resolver';

/** Method fidelity from the daily work (ADR 0021): reports, drill-down, snapshots' trend, ratings, budget, model versions. */
@Module({
  providers: [FidelityService, FidelityAdminService, FidelityResolver, TeamBudgetResolver],
})
export class FidelityModule {}
