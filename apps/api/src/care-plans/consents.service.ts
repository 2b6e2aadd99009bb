import { AgreementStatus, Consent, Relative } from '@act/db';
import { consentPeriodProblems, hasActiveConsent, normaliseDanishPhone, toCopenhagenIsoDate } from '@act/domain';
import { Injectable } from '@nestjs/common';
import { audit } from '../access-log/audit.buffer';
import { requireViewer } from '../auth/access-policy';
import { InputException } from '../common/errors/input.exception';
import type { RequestContext } from '../common/request/request-context';
import { readableCitizen } from '../auth/access-policy';
import { citizenNotFound } from './care-plan.exception';
import { CarePlanErrorCode, CarePlanException, CONSENT_NOT_FOUND, RELATIVE_NOT_FOUND } from './care-plan.exception';
import type { AddRelativeInput, RecordConsentInput, UpdateRelativeInput, WithdrawConsentInput } from './dto/care-plan.inputs';

/** Consents to share with partners and the citizen's relatives. */
@Injectable()
export class ConsentsService {
  async record(ctx: RequestContext, input: RecordConsentInput): Promise<Consent> {
    const viewer = requireViewer(ctx.viewer);
    await readableCitizen(ctx, input.citizenId, citizenNotFound);
    const period = { validFrom: input.validFrom, validTo: input.validTo ?? null, withdrawnOn: null };
    const problems = consentPeriodProblems(period);
    if (problems.length) throw new InputException(problems);
    if (input.agreementId) await this.assertSignedAgreement(ctx, input.agreementId);
    const consent = ctx.db.create(Consent, {
      tenantId: viewer.tenantId,
      citizenId: input.citizenId,
      partner: input.partner.trim(),
      purpose: input.purpose.trim(),
      ...period,
      agreementId: input.agreementId ?? null,
      recordedBy: viewer.userId,
    });
    await ctx.db.save(consent);
    ctx.loaders.consentsByCitizen.clear(input.citizenId);
    audit(ctx, { operation: 'consent.create', citizenId: input.citizenId });
    return consent;
  }

  /**
   * A consent rests on a signed agreement of the tenant. Another tenant's agreement is hidden by
   * row-level security and answers like one that does not exist.
   */
  private async assertSignedAgreement(ctx: RequestContext, agreementId: string): Promise<void> {
    const agreement = await ctx.loaders.agreementById.load(agreementId);
    if (!agreement) {
      throw new CarePlanException(CarePlanErrorCode.NotFound, 'Samarbejdsaftalen findes ikke. Vælg en aftale fra listen, eller lad feltet stå tomt.', 'agreementId');
    }
    if (agreement.status !== AgreementStatus.Signed) {
      throw InputException.field(
        'agreementId',
        agreement.status === AgreementStatus.Draft
          ? 'Aftalen er ikke underskrevet endnu. Et samtykke kan kun bygge på en underskrevet aftale.'
          : 'Aftalen er afsluttet. Et samtykke kan kun bygge på en aftale, der gælder.',
      );
    }
  }

  /** From `withdrawnOn` nothing more is shared. The consent stays on record (history). */
  async withdraw(ctx: RequestContext, input: WithdrawConsentInput): Promise<Consent> {
    const consent = await ctx.db.findOne(Consent, { where: { id: input.consentId } });
    if (!consent) throw new CarePlanException(CarePlanErrorCode.NotFound, CONSENT_NOT_FOUND, 'consentId');
    await readableCitizen(ctx, consent.citizenId, citizenNotFound);
    if (consent.withdrawnOn !== null) {
      throw InputException.field('withdrawnOn', 'Samtykket er allerede trukket tilbage.');
    }
    const problems = consentPeriodProblems({ ...consent, withdrawnOn: input.withdrawnOn });
    if (problems.length) throw new InputException(problems);
    consent.withdrawnOn = input.withdrawnOn;
    await ctx.db.save(consent);
    ctx.loaders.consentsByCitizen.clear(consent.citizenId);
    audit(ctx, { operation: 'consent.withdraw', citizenId: consent.citizenId });
    return consent;
  }

  /**
   * May the team share with `partner` for `purpose` on `on` (default today)? Everything that
   * shares or shows a citizen's data to a partner asks this first. The check itself is logged.
   */
  async check(ctx: RequestContext, citizenId: string, partner: string, purpose: string, on?: string | null): Promise<boolean> {
    await readableCitizen(ctx, citizenId, citizenNotFound);
    const consents = await ctx.loaders.consentsByCitizen.load(citizenId);
    audit(ctx, { operation: 'consent.check', citizenId, purpose: 'collaboration' });
    return hasActiveConsent(consents, partner, purpose, on ?? toCopenhagenIsoDate(new Date()));
  }

  async addRelative(ctx: RequestContext, input: AddRelativeInput): Promise<Relative> {
    const viewer = requireViewer(ctx.viewer);
    await readableCitizen(ctx, input.citizenId, citizenNotFound);
    const relative = ctx.db.create(Relative, {
      tenantId: viewer.tenantId,
      citizenId: input.citizenId,
      name: input.name.trim(),
      relation: input.relation.trim(),
      wantsInvolved: input.wantsInvolved,
      phone: input.phone ? normaliseDanishPhone(input.phone) : null,
    });
    await ctx.db.save(relative);
    ctx.loaders.relativesByCitizen.clear(input.citizenId);
    audit(ctx, { operation: 'relative.create', citizenId: input.citizenId });
    return relative;
  }

  async updateRelative(ctx: RequestContext, input: UpdateRelativeInput): Promise<Relative> {
    const relative = await ctx.db.findOne(Relative, { where: { id: input.id } });
    if (!relative) throw new CarePlanException(CarePlanErrorCode.NotFound, RELATIVE_NOT_FOUND, 'id');
    await readableCitizen(ctx, relative.citizenId, citizenNotFound);
    if (input.name) relative.name = input.name.trim();
    if (input.relation) relative.relation = input.relation.trim();
    if (input.wantsInvolved !== undefined && input.wantsInvolved !== null) relative.wantsInvolved = input.wantsInvolved;
    if (input.phone !== undefined) relative.phone = input.phone ? normaliseDanishPhone(input.phone) : null;
    await ctx.db.save(relative);
    ctx.loaders.relativesByCitizen.clear(relative.citizenId);
    audit(ctx, { operation: 'relative.update', citizenId: relative.citizenId });
    return relative;
  }
}
