import { Module } from '@nestjs/common';
import { ChecklistService } from './checklist.service';
import { ImplementationResolver } from './implementation.resolver';
import { PlanService } from './plan.service';

/** The implementation: the four phases with their checklists and history, the plan and the roles table. */
@Module({
  providers: [ChecklistService, PlanService, ImplementationResolver],
})
export class ImplementationModule {}
