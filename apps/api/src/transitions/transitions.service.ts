import { RegionalTreatmentEpisode } from '@act/db';
import { copenhagenToday, transitionProblems, type TransitionDates } from '@act/domain';
import { Injectable } from '@nestjs/common';
import { audit } from '../access-log/audit.buffer';
import { readableCitizen, requireViewer } from '../auth/access-policy';
import { InputException } from '../common/errors/input.exception';
import type { RequestContext } from '../common/request/request-context';
import type { RecordRegionalReferralInput, UpdateRegionalTreatmentCourseInput } from './dto/transitions.inputs';
import { citizenNotFound, courseNotFound, TransitionErrorCode, TransitionException } from './transitions.exception';

function assertInOrder(dates: TransitionDates): void {
  const problems = transitionProblems(dates, copenhagenToday());
  if (problems.length) throw new InputException(problems);
}

/**
 * Courses to and from regional dual-diagnosis treatment, per citizen: citizen data, read and
 * written by the citizen's team only and logged like the rest of the citizen's record.
 */
@Injectable()
export class TransitionsService {
  /** Newest referral first. */
  async list(ctx: RequestContext, citizenId: string): Promise<RegionalTreatmentEpisode[]> {
    await readableCitizen(ctx, citizenId, citizenNotFound);
    const courses = await ctx.db.find(RegionalTreatmentEpisode, { where: { citizenId }, order: { referredOn: 'DESC', createdAt: 'DESC' } });
    audit(ctx, { operation: 'transition.read', citizenId });
    return courses;
  }

  /** A new course: the referral, to the citizen's present team. */
  async recordReferral(ctx: RequestContext, input: RecordRegionalReferralInput): Promise<RegionalTreatmentEpisode> {
    const viewer = requireViewer(ctx.viewer);
    const citizen = await readableCitizen(ctx, input.citizenId, citizenNotFound);
    assertInOrder({ referredOn: input.referredOn, admittedOn: null, dischargedOn: null, returnedOn: null, withdrawnOn: null });
    const course = ctx.db.create(RegionalTreatmentEpisode, {
      tenantId: viewer.tenantId,
      citizenId: citizen.id,
      teamId: citizen.teamId,
      unit: input.unit.trim(),
      referredOn: input.referredOn,
      recordedBy: viewer.userId,
    });
    await ctx.db.save(course);
    audit(ctx, { operation: 'transition.record', citizenId: citizen.id });
    return course;
  }

  /** Saves the whole course (its dates in order); refused when someone saved it since `expectedVersion`. */
  async update(ctx: RequestContext, input: UpdateRegionalTreatmentCourseInput): Promise<RegionalTreatmentEpisode> {
    const found = await ctx.db.findOne(RegionalTreatmentEpisode, { where: { id: input.id } });
    if (!found) throw courseNotFound();
    await readableCitizen(ctx, found.citizenId, citizenNotFound);
    const course = await ctx.db.findOneOrFail(RegionalTreatmentEpisode, { where: { id: input.id }, lock: { mode: 'pessimistic_write' } });
    if (course.version !== input.expectedVersion) {
      throw new TransitionException(
        TransitionErrorCode.StaleVersion,
        'Forløbet er blevet ændret af en anden, mens du skrev. Hent borgeren igen, og skriv dine ændringer ind i den nye udgave.',
        'expectedVersion',
      );
    }
    const dates: TransitionDates = {
      referredOn: input.referredOn,
      admittedOn: input.admittedOn ?? null,
      dischargedOn: input.dischargedOn ?? null,
      returnedOn: input.returnedOn ?? null,
      withdrawnOn: input.withdrawnOn ?? null,
    };
    assertInOrder(dates);
    Object.assign(course, dates, { unit: input.unit.trim() });
    await ctx.db.save(course);
    audit(ctx, { operation: 'transition.update', citizenId: course.citizenId });
    return course;
  }
}
