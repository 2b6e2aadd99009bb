import { Role, Team, TeamMember } from '@act/db';
import { addDays, copenhagenToday, formatDanishIsoDate } from '@act/domain';
import { Injectable } from '@nestjs/common';
import { AuthErrorCode, AuthException } from '../auth/auth.exception';
import { canReadTeam, canSeeAllTeams, leadsTeam, requireViewer, viewerTeamIds } from '../auth/access-policy';
import { type Connection, type PageArgs, paginate } from '../common/graphql/connection';
import { isUniqueViolation } from '../common/errors/pg-errors';
import type { RequestContext } from '../common/request/request-context';
import type { AddTeamMemberInput, ChangeTeamMemberTermsInput, CreateTeamInput, EndTeamMembershipInput, UpdateTeamInput, UpdateTeamMemberInput } from './dto/team.inputs';
import type { TeamMemberSpanModel } from './team.model';
import { CaseloadErrorCode, CaseloadException, parseLimitError } from '../caseload/caseload.exception';
import { TeamErrorCode, TeamException } from './team.exception';

@Injectable()
export class TeamsService {
  async list(ctx: RequestContext, page: PageArgs): Promise<Connection<Team>> {
    const viewer = requireViewer(ctx.viewer);
    const qb = ctx.db.getRepository(Team).createQueryBuilder('t');
    if (!canSeeAllTeams(viewer)) qb.where('t.id = ANY(:ids)', { ids: viewerTeamIds(viewer) });
    return paginate(qb, page, [
      { column: 't.name', value: (t) => t.name },
      { column: 't.id', value: (t) => t.id, kind: 'uuid' },
    ]);
  }

  async get(ctx: RequestContext, id: string): Promise<Team> {
    const viewer = requireViewer(ctx.viewer);
    const team = await ctx.loaders.teamById.load(id);
    if (!team) throw new TeamException(TeamErrorCode.NotFound, 'Teamet findes ikke.');
    if (!canReadTeam(viewer, team.id)) throw new AuthException(AuthErrorCode.Forbidden);
    return team;
  }

  async create(ctx: RequestContext, input: CreateTeamInput): Promise<Team> {
    const viewer = requireViewer(ctx.viewer);
    try {
      return await ctx.db.save(ctx.db.create(Team, { tenantId: viewer.tenantId, name: input.name.trim() }));
    } catch (error) {
      if (isUniqueViolation(error, 'uq_team_tenant_name')) {
        throw new TeamException(TeamErrorCode.NameTaken, 'Der findes allerede et team med det navn. Vælg et andet navn.', 'name');
      }
      throw error;
    }
  }

  async update(ctx: RequestContext, input: UpdateTeamInput): Promise<Team> {
    const team = await this.get(ctx, input.id);
    team.name = input.name.trim();
    try {
      return await ctx.db.save(team);
    } catch (error) {
      if (isUniqueViolation(error, 'uq_team_tenant_name')) {
        throw new TeamException(TeamErrorCode.NameTaken, 'Der findes allerede et team med det navn. Vælg et andet navn.', 'name');
      }
      throw error;
    }
  }

  async members(ctx: RequestContext, teamId: string, page: PageArgs): Promise<Connection<TeamMember>> {
    const qb = ctx.db
      .getRepository(TeamMember)
      .createQueryBuilder('m')
      .where('m.team_id = :teamId', { teamId })
      .andWhere('member_is_current(m.left_on)'); // past members: `formerMembers` (ADR 0025)
    // A stable order; the web shows the team leader first.
    return paginate(qb, page, [{ column: 'm.id', value: (m) => m.id, kind: 'uuid' }]);
  }

  /** Members whose last day has passed, the latest first. */
  async formerMembers(ctx: RequestContext, teamId: string): Promise<TeamMember[]> {
    return ctx.db
      .getRepository(TeamMember)
      .createQueryBuilder('m')
      .where('m.team_id = :teamId', { teamId })
      .andWhere('NOT member_is_current(m.left_on)')
      .orderBy('m.left_on', 'DESC')
      .addOrderBy('m.id')
      .getMany();
  }

  /** The member's staffing history, oldest first (one query for all members asked for in a request). */
  async spans(ctx: RequestContext, memberId: string): Promise<TeamMemberSpanModel[]> {
    return ctx.loaders.spansByMember.load(memberId);
  }

  async addMember(ctx: RequestContext, input: AddTeamMemberInput): Promise<TeamMember> {
    const viewer = requireViewer(ctx.viewer);
    await this.get(ctx, input.teamId);
    const user = await ctx.loaders.userById.load(input.userId);
    if (!user) throw new TeamException(TeamErrorCode.UserNotFound, 'Brugeren findes ikke.', 'userId');
    const today = copenhagenToday();
    const joinedOn = input.joinedOn ?? today;
    if (joinedOn > today) {
      throw new TeamException(TeamErrorCode.BadStaffingDate, 'Den første dag kan ikke ligge i fremtiden. Tilføj medarbejderen, når de begynder.', 'joinedOn');
    }
    // Back on a team they left: the same membership opens again from the new first day.
    const former = await ctx.db.findOne(TeamMember, { where: { teamId: input.teamId, userId: input.userId }, lock: { mode: 'pessimistic_write' } });
    if (former) {
      if (former.leftOn === null || former.leftOn >= today) {
        throw new TeamException(TeamErrorCode.AlreadyMember, 'Brugeren er allerede med i teamet.', 'userId');
      }
      if (joinedOn <= former.leftOn) {
        throw new TeamException(
          TeamErrorCode.BadStaffingDate,
          `${user.name} stoppede i teamet ${formatDanishIsoDate(former.leftOn)}. Den nye første dag skal ligge efter.`,
          'joinedOn',
        );
      }
      await ctx.db.update(
        TeamMember,
        { id: former.id },
        { joinedOn, leftOn: null, leaveReason: null, fte: input.fte, discipline: input.discipline as TeamMember['discipline'], isTeamLeader: input.isTeamLeader },
      );
      ctx.loaders.spansByMember.clear(former.id);
      return (await ctx.db.findOne(TeamMember, { where: { id: former.id } }))!;
    }
    try {
      return await ctx.db.save(
        ctx.db.create(TeamMember, {
          tenantId: viewer.tenantId,
          teamId: input.teamId,
          userId: input.userId,
          discipline: input.discipline as TeamMember['discipline'],
          fte: input.fte,
          isTeamLeader: input.isTeamLeader,
          joinedOn,
        }),
      );
    } catch (error) {
      if (isUniqueViolation(error, 'uq_team_member_team_user')) {
        throw new TeamException(TeamErrorCode.AlreadyMember, 'Brugeren er allerede med i teamet.', 'userId');
      }
      throw error;
    }
  }

  async updateMember(ctx: RequestContext, input: UpdateTeamMemberInput): Promise<TeamMember> {
    const member = await ctx.db.findOne(TeamMember, { where: { id: input.id } });
    if (!member) throw new TeamException(TeamErrorCode.MemberNotFound, 'Teammedlemmet findes ikke.', 'id');
    if (input.discipline !== undefined && input.discipline !== null) member.discipline = input.discipline as TeamMember['discipline'];
    if (input.fte !== undefined && input.fte !== null) member.fte = input.fte;
    if (input.isTeamLeader !== undefined && input.isTeamLeader !== null) member.isTeamLeader = input.isTeamLeader;
    const user = await ctx.loaders.userById.load(member.userId); // before: a refused write aborts the transaction
    try {
      return await ctx.db.save(member);
    } catch (error) {
      // The max-10 trigger refuses an FTE below the member's current caseload.
      const limit = parseLimitError(error);
      if (!limit) throw error;
      const move = limit.load - limit.capacity;
      throw new CaseloadException(
        CaseloadErrorCode.FteBelowLoad,
        `${user?.name ?? 'Medarbejderen'} er primær kontaktperson for ${limit.load} borgere og kan med den nye normering ` +
          `højst have ${limit.capacity}. Flyt først ${move} ${move === 1 ? 'borger' : 'borgere'} til andre i teamet.`,
        'fte',
      );
    }
  }

  /**
   * The member leaves the team after `lastDay` (ADR 0025). Their citizens must have other contact
   * persons first (the database holds it too). Repeating the same registration changes nothing.
   */
  async endMembership(ctx: RequestContext, input: EndTeamMembershipInput): Promise<TeamMember> {
    const member = await this.memberForStaffing(ctx, input.memberId);
    const name = (await ctx.loaders.userById.load(member.userId))?.name ?? 'Medarbejderen';
    if (member.leftOn !== null) {
      if (member.leftOn === input.lastDay && member.leaveReason === input.reason) return member;
      throw new TeamException(
        TeamErrorCode.MemberLeft,
        `${name} er allerede meldt ud af teamet med sidste dag ${formatDanishIsoDate(member.leftOn)}.`,
        'lastDay',
      );
    }
    const [last] = await this.lastSpan(ctx, member.id);
    const earliest = last && last.valid_from > member.joinedOn ? last.valid_from : member.joinedOn;
    if (input.lastDay < earliest) {
      throw new TeamException(
        TeamErrorCode.BadStaffingDate,
        earliest === member.joinedOn
          ? `Den sidste dag kan ikke ligge før den første dag i teamet (${formatDanishIsoDate(member.joinedOn)}).`
          : `Den sidste dag kan ikke ligge før den seneste ændring af årsværk eller faggruppe (${formatDanishIsoDate(earliest)}).`,
        'lastDay',
      );
    }
    await this.refuseWithContacts(ctx, member.id, name);
    try {
      await ctx.db.update(TeamMember, { id: member.id }, { leftOn: input.lastDay, leaveReason: input.reason as TeamMember['leaveReason'] });
    } catch (error) {
      // A contact given between the check and here: the database refuses the same way.
      if (pgMessage(error) === 'MEMBER_LEAVING_WITH_OPEN_CONTACTS') await this.refuseWithContacts(ctx, member.id, name);
      throw error;
    }
    ctx.loaders.spansByMember.clear(member.id);
    return (await ctx.db.findOne(TeamMember, { where: { id: member.id } }))!;
  }

  /**
   * The member's FTE or discipline changes from `from` (today or earlier, not before the last
   * change): the span in force then ends the day before and a new one starts (ADR 0025).
   */
  async changeTerms(ctx: RequestContext, input: ChangeTeamMemberTermsInput): Promise<TeamMember> {
    const member = await this.memberForStaffing(ctx, input.memberId);
    const user = await ctx.loaders.userById.load(member.userId);
    const name = user?.name ?? 'Medarbejderen';
    const today = copenhagenToday();
    if ((input.fte === undefined || input.fte === null) && (input.discipline === undefined || input.discipline === null)) {
      throw new TeamException(TeamErrorCode.BadStaffingDate, 'Skriv det nye årsværk eller vælg en ny faggruppe.', 'fte');
    }
    if (member.leftOn !== null && member.leftOn < today) {
      throw new TeamException(TeamErrorCode.MemberLeft, `${name} er ikke længere med i teamet.`, 'memberId');
    }
    if (input.from > today) {
      throw new TeamException(TeamErrorCode.BadStaffingDate, 'En ændring kan registreres fra i dag eller en dag, der er gået. Registrér den, når den træder i kraft.', 'from');
    }
    const [last] = await this.lastSpan(ctx, member.id);
    if (!last) throw new TeamException(TeamErrorCode.MemberNotFound, 'Teammedlemmet findes ikke.', 'memberId');
    if (input.from < last.valid_from) {
      throw new TeamException(
        TeamErrorCode.BadStaffingDate,
        `Der er allerede registreret ${last.valid_from === member.joinedOn ? 'en første dag' : 'en ændring'} fra ${formatDanishIsoDate(last.valid_from)}. Vælg den dag eller en senere.`,
        'from',
      );
    }
    const fte = input.fte ?? Number(last.fte);
    const discipline = (input.discipline ?? last.discipline) as TeamMember['discipline'];
    if (input.from === last.valid_from) {
      await ctx.db.query(`UPDATE team_member_span SET fte = $2, discipline = $3 WHERE id = $1`, [last.id, fte, discipline]);
    } else {
      await ctx.db.query(`UPDATE team_member_span SET valid_to = $2::date, end_reason = NULL WHERE id = $1`, [last.id, addDays(input.from, -1)]);
      await ctx.db.query(
        `INSERT INTO team_member_span (tenant_id, member_id, valid_from, valid_to, fte, discipline, end_reason) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [member.tenantId, member.id, input.from, last.valid_to, fte, discipline, last.end_reason],
      );
    }
    try {
      await ctx.db.update(TeamMember, { id: member.id }, { fte, discipline });
    } catch (error) {
      // The max-10 trigger refuses an FTE below the member's current caseload.
      const limit = parseLimitError(error);
      if (!limit) throw error;
      const move = limit.load - limit.capacity;
      throw new CaseloadException(
        CaseloadErrorCode.FteBelowLoad,
        `${name} er primær kontaktperson for ${limit.load} borgere og kan med det nye årsværk ` +
          `højst have ${limit.capacity}. Flyt først ${move} ${move === 1 ? 'borger' : 'borgere'} til andre i teamet.`,
        'fte',
      );
    }
    ctx.loaders.spansByMember.clear(member.id);
    return (await ctx.db.findOne(TeamMember, { where: { id: member.id } }))!;
  }

  /** The member, locked, when the viewer is the admin or leads the member's team. */
  private async memberForStaffing(ctx: RequestContext, memberId: string): Promise<TeamMember> {
    const viewer = requireViewer(ctx.viewer);
    const member = await ctx.db.findOne(TeamMember, { where: { id: memberId }, lock: { mode: 'pessimistic_write' } });
    if (!member || (viewer.role !== Role.Admin && !canReadTeam(viewer, member.teamId))) {
      throw new TeamException(TeamErrorCode.MemberNotFound, 'Teammedlemmet findes ikke.', 'memberId');
    }
    if (viewer.role !== Role.Admin && !leadsTeam(viewer, member.teamId)) {
      throw new AuthException(AuthErrorCode.Forbidden, 'Kun teamlederen for dette team eller administratoren kan registrere ændringer i bemandingen. Kontakt din teamleder.');
    }
    return member;
  }

  private lastSpan(ctx: RequestContext, memberId: string) {
    return ctx.db.query<Array<{ id: string; valid_from: string; valid_to: string | null; fte: string; discipline: string; end_reason: string | null }>>(
      `SELECT id, to_char(valid_from, 'YYYY-MM-DD') AS valid_from, to_char(valid_to, 'YYYY-MM-DD') AS valid_to, fte::text AS fte,
              discipline::text AS discipline, end_reason::text AS end_reason
       FROM team_member_span WHERE member_id = $1 ORDER BY valid_from DESC LIMIT 1`,
      [memberId],
    );
  }

  /** Counts only (no citizen is named or read): the leader moves them on the caseload page. */
  private async refuseWithContacts(ctx: RequestContext, memberId: string, name: string): Promise<void> {
    const [open]: Array<{ primary: number; secondary: number }> = await ctx.db.query(
      `SELECT (SELECT count(*)::int FROM primary_assignment WHERE member_id = $1 AND ended_at IS NULL) AS primary,
              (SELECT count(*)::int FROM secondary_contact WHERE member_id = $1 AND ended_at IS NULL) AS secondary`,
      [memberId],
    );
    if (!open.primary && !open.secondary) return;
    const parts = [
      open.primary ? `primær kontaktperson for ${open.primary} ${open.primary === 1 ? 'borger' : 'borgere'}` : null,
      open.secondary ? `sekundær kontaktperson for ${open.secondary} ${open.secondary === 1 ? 'borger' : 'borgere'}` : null,
    ].filter(Boolean);
    throw new TeamException(
      TeamErrorCode.MemberHasContacts,
      `${name} er stadig ${parts.join(' og ')}. Giv borgerne en anden kontaktperson på siden Caseload, og registrér derefter, at ${name} stopper.`,
      'memberId',
    );
  }
}

function pgMessage(error: unknown): string | undefined {
  const e = error as { message?: string; driverError?: { message?: string } };
  return e.driverError?.message ?? e.message;
}
