import { AdmissionAssessment, type Citizen } from '@act/db';
import { Injectable } from '@nestjs/common';
import { audit } from '../access-log/audit.buffer';
import { requireViewer } from '../auth/access-policy';
import { CitizensService } from '../citizens/citizens.service';
import type { RequestContext } from '../common/request/request-context';
import type { RecordAdmissionInput } from './dto/caseload.inputs';

/** Admission criteria recorded at intake: one row per citizen, replaced when reassessed. */
@Injectable()
export class AdmissionService {
  constructor(private readonly citizens: CitizensService) {}

  async record(ctx: RequestContext, input: RecordAdmissionInput): Promise<Citizen> {
    const viewer = requireViewer(ctx.viewer);
    const citizen = await this.citizens.get(ctx, input.citizenId);
    await ctx.db
      .createQueryBuilder()
      .insert()
      .into(AdmissionAssessment)
      .values({
        tenantId: viewer.tenantId,
        citizenId: citizen.id,
        isAdult: input.isAdult,
        hasMentalIllness: input.hasMentalIllness,
        hasSubstanceUse: input.hasSubstanceUse,
        notHeldByOrdinaryServices: input.notHeldByOrdinaryServices,
        wantsSupport: input.wantsSupport,
        note: input.note?.trim() || null,
        assessedBy: viewer.userId,
      })
      .orUpdate(
        ['is_adult', 'has_mental_illness', 'has_substance_use', 'not_held_by_ordinary_services', 'wants_support', 'note', 'assessed_by', 'assessed_at'],
        ['citizen_id'],
      )
      .execute();
    ctx.loaders.admissionByCitizen.clear(citizen.id);
    audit(ctx, { operation: 'citizen.update', citizenId: citizen.id, criterion: 'admission' });
    return citizen;
  }
}
