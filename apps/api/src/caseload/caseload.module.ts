import { Module } from '@nestjs/common';
import { CitizensModule } from '../citizens/citizens.module';
import { AdmissionService } from './admission.service';
import { CaseloadOverviewService } from './caseload-overview.service';
import { CaseloadResolver, CitizenCaseloadResolver } from './caseload.resolver';
import { CaseloadService } from './caseload.service';
import { RebalancingService } from './rebalancing.service';

/** Primary and secondary contacts, the max-10 rule, exceptions, admission and rebalancing. */
@Module({
  imports: [CitizensModule],
  providers: [CaseloadService, CaseloadOverviewService, RebalancingService, AdmissionService, CaseloadResolver, CitizenCaseloadResolver],
})
export class CaseloadModule {}
