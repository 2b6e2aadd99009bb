import { AgreementCoverage, AgreementStatus, CooperationAgreement, PartnerKind } from '@act/db';
import { cooperationAgreementProblems, copenhagenToday, type AgreementStatusName } from '@act/domain';
import { Injectable } from '@nestjs/common';
import { requireViewer } from '../auth/access-policy';
import { InputException } from '../common/errors/input.exception';
import type { RequestContext } from '../common/request/request-context';
import { AgreementErrorCode, AgreementException, agreementNotFound } from './agreements.exception';
import type { AgreementFieldsInput, AgreementsFilterArgs, CreateAgreementInput, UpdateAgreementInput } from './dto/agreements.inputs';

/** Signed first, then drafts, then ended ones; by partner within each. */
const REGISTER_ORDER = `CASE a.status WHEN 'signed' THEN 0 WHEN 'draft' THEN 1 ELSE 2 END`;

/** The tenant's cooperation agreements register (tenant-wide; no personal data). */
@Injectable()
export class AgreementsService {
  list(ctx: RequestContext, filter: AgreementsFilterArgs): Promise<CooperationAgreement[]> {
    requireViewer(ctx.viewer);
    const qb = ctx.db.createQueryBuilder(CooperationAgreement, 'a');
    if (filter.status) qb.andWhere('a.status = :status', { status: filter.status });
    if (filter.partnerKind) qb.andWhere('a.partnerKind = :kind', { kind: filter.partnerKind });
    return qb.orderBy(REGISTER_ORDER).addOrderBy('a.partnerName').addOrderBy('a.id').getMany();
  }

  async one(ctx: RequestContext, id: string): Promise<CooperationAgreement> {
    requireViewer(ctx.viewer);
    const agreement = await ctx.db.findOne(CooperationAgreement, { where: { id } });
    if (!agreement) throw agreementNotFound();
    return agreement;
  }

  async create(ctx: RequestContext, input: CreateAgreementInput): Promise<CooperationAgreement> {
    const viewer = requireViewer(ctx.viewer);
    const fields = checked(input, null);
    const agreement = ctx.db.create(CooperationAgreement, { tenantId: viewer.tenantId, createdBy: viewer.userId, ...fields });
    return ctx.db.save(agreement);
  }

  /** Saves the whole agreement; refused when someone saved it since `expectedVersion`, or when it has ended. */
  async update(ctx: RequestContext, input: UpdateAgreementInput): Promise<CooperationAgreement> {
    requireViewer(ctx.viewer);
    const agreement = await ctx.db.findOne(CooperationAgreement, { where: { id: input.id }, lock: { mode: 'pessimistic_write' } });
    if (!agreement) throw agreementNotFound();
    if (agreement.version !== input.expectedVersion) {
      throw new AgreementException(
        AgreementErrorCode.StaleVersion,
        'Aftalen er blevet ændret af en anden, mens du skrev. Hent aftalen igen, og skriv dine ændringer ind i den nye udgave.',
        'expectedVersion',
      );
    }
    if (agreement.status === AgreementStatus.Ended) {
      throw new AgreementException(
        AgreementErrorCode.Ended,
        'Aftalen er afsluttet og kan ikke ændres. Opret en ny aftale, hvis samarbejdet skal fortsætte.',
        'status',
      );
    }
    Object.assign(agreement, checked(input, agreement.status));
    return ctx.db.save(agreement);
  }
}

/** The input as columns, after the status and date rules (Danish problems per field). */
function checked(input: AgreementFieldsInput, from: AgreementStatusName | null) {
  const fields = {
    partnerKind: input.partnerKind as PartnerKind,
    partnerName: input.partnerName.trim(),
    parties: input.parties.trim(),
    covers: input.covers as AgreementCoverage[],
    description: input.description?.trim() || null,
    status: input.status as AgreementStatus,
    signedOn: input.signedOn ?? null,
    reviewOn: input.reviewOn ?? null,
    documentUrl: input.documentUrl?.trim() || null,
  };
  const problems = cooperationAgreementProblems(fields, from, copenhagenToday());
  if (problems.length) throw new InputException(problems);
  return fields;
}
