import { CaseloadException as CaseloadExceptionEntity, Citizen, CitizenStatus, PrimaryAssignment, Role, SecondaryContact, TeamMember } from '@act/db';
import { formatDanishDate, formatDanishIsoDate, isIsoDate, toCopenhagenIsoDate } from '@act/domain';
import { Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import { isLockConflict, isUniqueViolation } from '../common/errors/pg-errors';
import { audit } from '../access-log/audit.buffer';
import { assertLeadsTeam, leadsTeam, requireViewer } from '../auth/access-policy';
import { AuthErrorCode, AuthException } from '../auth/auth.exception';
import { CitizensService } from '../citizens/citizens.service';
import type { RequestContext } from '../common/request/request-context';
import { CaseloadErrorCode, CaseloadException, limitMessage, parseLimitError } from './caseload.exception';
import { CASELOAD_BUSY_MESSAGE, lockInOrder } from './caseload-locks';
import type { CaseloadExceptionModel } from './caseload.model';
import { type MemberRow, exceptionsInForce, memberWithLoad } from './caseload.queries';
import type {
  AssignPrimaryContactInput,
  AssignPrimaryContactsInput,
  EndCitizenCourseInput,
  EndPrimaryContactInput,
  GrantCaseloadExceptionInput,
  SecondaryContactInput,
  SetMemberFteInput,
} from './dto/caseload.inputs';

const DAY_MS = 24 * 60 * 60 * 1000;
const MAX_EXCEPTION_DAYS = 183;

@Injectable()
export class CaseloadService {
  constructor(private readonly citizens: CitizensService) {}

  /** Assign or reassign. The pre-check gives a friendly message; the trigger is the guarantee. */
  async assign(ctx: RequestContext, input: AssignPrimaryContactInput): Promise<Citizen> {
    const viewer = requireViewer(ctx.viewer);
    // Locked: two leaders assigning the same citizen at once are served one after the other.
    const citizen = await this.citizens.get(ctx, input.citizenId, true);
    assertLeadsTeam(viewer, citizen.teamId);
    if (citizen.status === CitizenStatus.Ended) {
      throw new CaseloadException(CaseloadErrorCode.CitizenEnded, 'Borgerens forløb er afsluttet. Genåbn forløbet først.', 'citizenId');
    }
    const member = await this.teamMemberFor(ctx, input.memberId, citizen.teamId);
    const open = await ctx.loaders.openAssignmentByCitizen.load(citizen.id);
    if (open?.memberId === member.id) return citizen; // already so: a retry or double click
    if (member.load + 1 > member.allowed) {
      throw new CaseloadException(CaseloadErrorCode.LimitExceeded, limitMessage(member.name, member.load, member.allowed), 'memberId');
    }
    await this.guardCapacity(member.name, async () => {
      if (open) {
        await ctx.db.update(
          PrimaryAssignment,
          { id: open.id, endedAt: IsNull() },
          { endedAt: () => 'now()', endedBy: viewer.userId, endReason: 'Ny primær kontaktperson' },
        );
      }
      await ctx.db.insert(PrimaryAssignment, {
        tenantId: viewer.tenantId,
        citizenId: citizen.id,
        memberId: member.id,
        assignedBy: viewer.userId,
      });
      if (citizen.status === CitizenStatus.Referred) {
        citizen.status = CitizenStatus.Active;
        await ctx.db.save(citizen);
      }
    });
    ctx.loaders.openAssignmentByCitizen.clear(citizen.id);
    ctx.loaders.assignmentHistoryByCitizen.clear(citizen.id);
    audit(ctx, { operation: 'citizen.assign', citizenId: citizen.id, criterion: `member:${member.id}` });
    return citizen;
  }

  /** Bulk import: every row through the same enforced path, in the request's one transaction. */
  async assignMany(ctx: RequestContext, input: AssignPrimaryContactsInput): Promise<Citizen[]> {
    // Every lock up front in the global order (ADR 0006): two crossed imports cannot deadlock.
    await lockInOrder(ctx, input.assignments.map((a) => a.citizenId), input.assignments.map((a) => a.memberId));
    const citizens: Citizen[] = [];
    for (const [index, row] of input.assignments.entries()) {
      try {
        citizens.push(await this.assign(ctx, row));
      } catch (error) {
        if (error instanceof CaseloadException) {
          throw new CaseloadException(error.code, `Række ${index + 1}: ${error.message} Intet er gemt.`, `assignments.${index}.${error.field ?? 'memberId'}`);
        }
        throw error;
      }
    }
    return citizens;
  }

  async end(ctx: RequestContext, input: EndPrimaryContactInput): Promise<Citizen> {
    const viewer = requireViewer(ctx.viewer);
    // Locked like every writer of the citizen's assignment: status and open row cannot change under us.
    const citizen = await this.citizens.get(ctx, input.citizenId, true);
    assertLeadsTeam(viewer, citizen.teamId);
    ctx.loaders.openAssignmentByCitizen.clear(citizen.id); // read under the lock, not from before it
    const open = await ctx.loaders.openAssignmentByCitizen.load(citizen.id);
    if (!open) {
      throw new CaseloadException(
        CaseloadErrorCode.NotAssigned,
        'Borgeren har ingen primær kontaktperson, så der er ikke noget at afslutte. Hent siden igen.',
        'citizenId',
      );
    }
    if (citizen.status === CitizenStatus.Active) {
      throw new CaseloadException(
        CaseloadErrorCode.ActiveNeedsPrimary,
        'En aktiv borger skal altid have en primær kontaktperson. Vælg en ny kontaktperson i stedet, eller sæt forløbet på pause eller afslut det først.',
        'citizenId',
      );
    }
    if (!(await endAssignment(ctx, open.id, input.reason.trim()))) throw new CaseloadException(CaseloadErrorCode.Busy, CASELOAD_BUSY_MESSAGE);
    ctx.loaders.openAssignmentByCitizen.clear(citizen.id);
    ctx.loaders.assignmentHistoryByCitizen.clear(citizen.id);
    audit(ctx, { operation: 'citizen.unassign', citizenId: citizen.id });
    return citizen;
  }

  /**
   * Ends a citizen's course with the team, all in the request's one transaction: the citizen is
   * ENDED, the primary contact and the secondary contacts end on `endedOn` (the end kind is kept
   * on the primary assignment for the fidelity model's retention), standing visits stop and
   * planned visits after now are removed. Visits in the past stay, so they can still be logged.
   */
  async endCourse(ctx: RequestContext, input: EndCitizenCourseInput): Promise<{ citizen: Citizen; removedVisits: number; stoppedSeries: number }> {
    const viewer = requireViewer(ctx.viewer);
    // Locked like every writer of the citizen's assignments (ADR 0006: citizen, then member in the trigger).
    const citizen = await this.citizens.get(ctx, input.citizenId, true);
    if (!leadsTeam(viewer, citizen.teamId)) {
      throw new AuthException(AuthErrorCode.Forbidden, 'Kun teamlederen for dette team kan afslutte et forløb. Kontakt din teamleder.');
    }
    if (citizen.status === CitizenStatus.Ended) {
      throw new CaseloadException(CaseloadErrorCode.CitizenEnded, 'Forløbet er allerede afsluttet. Hent siden igen for at se, hvad der står.', 'citizenId');
    }
    const today = toCopenhagenIsoDate(new Date());
    if (input.endedOn > today) {
      throw new CaseloadException(CaseloadErrorCode.InvalidPeriod, 'Slutdatoen kan ikke ligge efter i dag. Vælg i dag eller en tidligere dato.', 'endedOn');
    }
    ctx.loaders.openAssignmentByCitizen.clear(citizen.id); // read under the lock, not from before it
    const open = await ctx.loaders.openAssignmentByCitizen.load(citizen.id);
    if (open && input.endedOn < toCopenhagenIsoDate(open.startedAt)) {
      throw new CaseloadException(
        CaseloadErrorCode.InvalidPeriod,
        `Slutdatoen ligger før den nuværende primære kontaktperson startede (${formatDanishDate(open.startedAt)}). Vælg den dag eller en senere dato.`,
        'endedOn',
      );
    }
    // Today: now. An earlier day: the start of that day in Copenhagen, never before the contact began.
    const endedAt = `CASE WHEN $2::boolean THEN now() ELSE GREATEST(($3::date)::timestamp AT TIME ZONE 'Europe/Copenhagen', started_at) END`;
    const isToday = input.endedOn === today;
    if (open) {
      const [, ended] = await ctx.db.query<[unknown, number]>(
        `UPDATE primary_assignment SET ended_at = ${endedAt}, ended_by = $4, end_reason = 'Forløbet er afsluttet', end_kind = $5
         WHERE citizen_id = $1 AND ended_at IS NULL`,
        [citizen.id, isToday, input.endedOn, viewer.userId, input.endKind],
      );
      if (!ended) throw new CaseloadException(CaseloadErrorCode.Busy, CASELOAD_BUSY_MESSAGE);
      audit(ctx, { operation: 'citizen.unassign', citizenId: citizen.id, criterion: 'course-end' });
    } else {
      // Paused first, contact ended then: the course (as the data sees it) ended with that contact; its reason is this one.
      await ctx.db.query(
        `UPDATE primary_assignment SET end_kind = $2
         WHERE id = (SELECT id FROM primary_assignment WHERE citizen_id = $1 ORDER BY ended_at DESC NULLS FIRST, id LIMIT 1) AND end_kind IS NULL`,
        [citizen.id, input.endKind],
      );
    }
    await ctx.db.query(`UPDATE secondary_contact SET ended_at = ${endedAt} WHERE citizen_id = $1 AND ended_at IS NULL`, [
      citizen.id,
      isToday,
      input.endedOn,
    ]);
    const [, stoppedSeries] = await ctx.db.query<[unknown, number]>(
      `UPDATE visit_series SET stopped_at = now() WHERE citizen_id = $1 AND stopped_at IS NULL`,
      [citizen.id],
    );
    const [, removedVisits] = await ctx.db.query<[unknown, number]>(
      `DELETE FROM visit WHERE citizen_id = $1 AND outcome IS NULL AND planned_start > now()`,
      [citizen.id],
    );
    if (stoppedSeries || removedVisits) audit(ctx, { operation: 'visit.series.stop', citizenId: citizen.id, criterion: 'course-end' });
    citizen.status = CitizenStatus.Ended;
    citizen.statusReason = input.note?.trim() || null;
    await ctx.db.save(citizen);
    ctx.loaders.openAssignmentByCitizen.clear(citizen.id);
    ctx.loaders.assignmentHistoryByCitizen.clear(citizen.id);
    ctx.loaders.secondaryMemberIdsByCitizen.clear(citizen.id);
    audit(ctx, { operation: 'citizen.update', citizenId: citizen.id, criterion: 'course-end' });
    return { citizen, removedVisits, stoppedSeries };
  }

  async setFte(ctx: RequestContext, input: SetMemberFteInput): Promise<MemberRow> {
    const viewer = requireViewer(ctx.viewer);
    const row = await memberWithLoad(ctx.db, input.memberId);
    if (!row) throw new CaseloadException(CaseloadErrorCode.MemberNotFound, 'Teammedlemmet findes ikke.', 'memberId');
    if (viewer.role !== Role.Admin) assertLeadsTeam(viewer, row.team_id);
    const carries = input.carriesCaseload ?? row.carries_caseload;
    const newCapacity = (carries ? Math.floor(Math.round(input.fte * 100) / 10) : 0) + (row.allowed - row.capacity);
    if (row.load > newCapacity) {
      const move = row.load - newCapacity;
      throw new CaseloadException(
        CaseloadErrorCode.FteBelowLoad,
        `${row.name} er primær kontaktperson for ${row.load} borgere. Med normering ${String(input.fte).replace('.', ',')} ` +
          `kan det højst være ${newCapacity}. Flyt først ${move} ${move === 1 ? 'borger' : 'borgere'} til andre i teamet.`,
        'fte',
      );
    }
    await this.guardCapacity(row.name, () =>
      ctx.db.update(TeamMember, { id: row.id }, { fte: input.fte, carriesCaseload: carries }),
    );
    return (await memberWithLoad(ctx.db, row.id))!;
  }

  async grantException(ctx: RequestContext, input: GrantCaseloadExceptionInput): Promise<CaseloadExceptionModel> {
    const viewer = requireViewer(ctx.viewer);
    const member = await memberWithLoad(ctx.db, input.memberId);
    if (!member) throw new CaseloadException(CaseloadErrorCode.MemberNotFound, 'Teammedlemmet findes ikke.', 'memberId');
    assertLeadsTeam(viewer, member.team_id);
    const today = toCopenhagenIsoDate(new Date());
    const latest = toCopenhagenIsoDate(new Date(Date.now() + MAX_EXCEPTION_DAYS * DAY_MS));
    const reason = input.reason.trim();
    if (reason.length < 10) {
      throw new CaseloadException(
        CaseloadErrorCode.InvalidPeriod,
        'Skriv en begrundelse på mindst 10 tegn — den vises for teamet og styregruppen.',
        'reason',
      );
    }
    if (!isIsoDate(input.validUntil) || input.validUntil < today || input.validUntil > latest) {
      throw new CaseloadException(
        CaseloadErrorCode.InvalidPeriod,
        `Slutdatoen skal ligge mellem i dag og ${latest} (højst et halvt år frem).`,
        'validUntil',
      );
    }
    const inForce = await exceptionsInForce(ctx.db, member.team_id);
    if (inForce.some((e) => e.member_id === member.id)) {
      throw new CaseloadException(
        CaseloadErrorCode.ExceptionInForce,
        `${member.name} har allerede en undtagelse. Der kan kun være én ad gangen; vent til den udløber.`,
        'memberId',
      );
    }
    const saved = await this.guardOverlap(member.name, () => ctx.db.save(
      ctx.db.create(CaseloadExceptionEntity, {
        tenantId: viewer.tenantId,
        memberId: member.id,
        extra: input.extra,
        reason,
        validFrom: today,
        validUntil: input.validUntil,
        grantedBy: viewer.userId,
        revokedAt: null,
        expiryCheckedAt: null,
      }),
    ));
    return {
      id: saved.id,
      memberId: member.id,
      extra: saved.extra,
      reason: saved.reason,
      validFrom: today,
      validUntil: input.validUntil,
      grantedByName: viewer.name,
      createdAt: saved.createdAt,
    };
  }

  async addSecondary(ctx: RequestContext, input: SecondaryContactInput): Promise<Citizen> {
    const viewer = requireViewer(ctx.viewer);
    const citizen = await this.citizens.get(ctx, input.citizenId);
    await this.teamMemberFor(ctx, input.memberId, citizen.teamId, false);
    await ctx.db
      .createQueryBuilder()
      .insert()
      .into(SecondaryContact)
      .values({ tenantId: viewer.tenantId, citizenId: citizen.id, memberId: input.memberId })
      .orIgnore()
      .execute();
    ctx.loaders.secondaryMemberIdsByCitizen.clear(citizen.id);
    audit(ctx, { operation: 'citizen.update', citizenId: citizen.id, criterion: `secondary:add:${input.memberId}` });
    return citizen;
  }

  async endSecondary(ctx: RequestContext, input: SecondaryContactInput): Promise<Citizen> {
    const citizen = await this.citizens.get(ctx, input.citizenId);
    const open = await ctx.db.findOne(SecondaryContact, { where: { citizenId: citizen.id, memberId: input.memberId, endedAt: IsNull() } });
    if (!open) {
      throw new CaseloadException(
        CaseloadErrorCode.NotSecondary,
        'Personen er ikke sekundær kontaktperson for borgeren, så der er ikke noget at afslutte. Hent siden igen.',
        'memberId',
      );
    }
    // Ended by someone else between the read and here: the race is lost, not a success.
    const ended = await ctx.db.update(SecondaryContact, { id: open.id, endedAt: IsNull() }, { endedAt: () => 'now()' });
    if (!ended.affected) throw new CaseloadException(CaseloadErrorCode.Busy, CASELOAD_BUSY_MESSAGE, 'memberId');
    ctx.loaders.secondaryMemberIdsByCitizen.clear(citizen.id);
    audit(ctx, { operation: 'citizen.update', citizenId: citizen.id, criterion: `secondary:end:${input.memberId}` });
    return citizen;
  }

  private async teamMemberFor(ctx: RequestContext, memberId: string, teamId: string, needsCaseload = true): Promise<MemberRow> {
    const member = await memberWithLoad(ctx.db, memberId);
    if (!member) throw new CaseloadException(CaseloadErrorCode.MemberNotFound, 'Teammedlemmet findes ikke.', 'memberId');
    if (member.team_id !== teamId) {
      throw new CaseloadException(CaseloadErrorCode.OtherTeam, 'Kontaktpersonen skal være med i borgerens team.', 'memberId');
    }
    if (member.left_on !== null) {
      const why = member.current ? `stopper i teamet (sidste dag ${formatDanishIsoDate(member.left_on)})` : 'er ikke længere med i teamet';
      throw new CaseloadException(CaseloadErrorCode.OtherTeam, `${member.name} ${why}. Vælg en anden kontaktperson.`, 'memberId');
    }
    if (needsCaseload && !member.carries_caseload) {
      throw new CaseloadException(
        CaseloadErrorCode.NoCaseload,
        `${member.name} har ikke borgere som primær kontaktperson i sin funktion. Vælg en anden.`,
        'memberId',
      );
    }
    return member;
  }

  /** A concurrent grant for the same member lost the race to the database's overlap check. */
  private async guardOverlap<T>(memberName: string, write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (error) {
      const e = error as { message?: string; driverError?: { message?: string } };
      if ((e.driverError?.message ?? e.message) === 'CASELOAD_EXCEPTION_OVERLAP') {
        throw new CaseloadException(
          CaseloadErrorCode.ExceptionInForce,
          `${memberName} har allerede en undtagelse. Der kan kun være én ad gangen; vent til den udløber.`,
          'memberId',
        );
      }
      throw error;
    }
  }

  /** Turns the database's refusal (a concurrent writer got there first) into the same typed error. */
  private async guardCapacity<T>(memberName: string, write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (error) {
      const limit = parseLimitError(error);
      if (limit) throw new CaseloadException(CaseloadErrorCode.LimitExceeded, limitMessage(memberName, limit.load, limit.capacity), 'memberId');
      // A lock conflict goes on as is: retryOnLockConflict around the mutation tries again.
      if (isLockConflict(error)) throw error;
      if (isUniqueViolation(error, 'uq_primary_assignment_open')) {
        throw new CaseloadException(CaseloadErrorCode.Busy, CASELOAD_BUSY_MESSAGE);
      }
      throw error;
    }
  }
}

/** Ends an open assignment; false when it was no longer open (a concurrent writer ended it). */
export async function endAssignment(ctx: RequestContext, assignmentId: string, reason: string): Promise<boolean> {
  const result = await ctx.db.update(
    PrimaryAssignment,
    { id: assignmentId, endedAt: IsNull() },
    { endedAt: () => 'now()', endedBy: ctx.viewer?.userId ?? null, endReason: reason },
  );
  return Boolean(result.affected);
}

