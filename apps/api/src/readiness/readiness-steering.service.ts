/**
 * The steering group's side of readiness: the statement catalogue (tenant data with defaults),
 * opening and closing rounds, and the SWOT. No individual answer and no team member's name is
 * ever returned here: teams are invited as a whole and shown as counts.
 */
import { ReadinessDriver, ReadinessGroup, ReadinessStatement, Role, ensureReadinessDefaults } from '@act/db';
import { addDays, copenhagenToday } from '@act/domain';
import { Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import { requireViewer } from '../auth/access-policy';
import type { RequestContext } from '../common/request/request-context';
import type {
  AddReadinessStatementInput,
  OpenReadinessRoundInput,
  ReadinessSwotInput,
  RewordReadinessStatementInput,
} from './dto/readiness.inputs';
import { ReadinessErrorCode, ReadinessException, isClosedRoundRefusal, roundClosed, roundNotFound } from './readiness.exception';
import type { ReadinessCandidatesModel, ReadinessRoundModel, ReadinessStatementModel } from './readiness.model';
import { minGroupSize, roundRows, roundStatements, roundStatus, toRoundModel } from './readiness-rounds';

const STATEMENT_NOT_FOUND = 'Udsagnet findes ikke. Hent siden igen.';

function toStatementModel(s: ReadinessStatement): ReadinessStatementModel {
  return { id: s.id, driver: s.driver, text: s.text, position: s.position, isDefault: s.defaultKey !== null, retiredAt: s.retiredAt };
}

/** The group a person answers as, from their role (partner when chosen). */
function groupOf(role: Role, partner: boolean): ReadinessGroup {
  if (partner) return ReadinessGroup.Partner;
  if (role === Role.TeamLeader) return ReadinessGroup.TeamLeader;
  if (role === Role.TeamMember) return ReadinessGroup.TeamMember;
  return ReadinessGroup.SteeringGroup;
}

@Injectable()
export class ReadinessSteeringService {
  async statements(ctx: RequestContext, includeRetired: boolean): Promise<ReadinessStatementModel[]> {
    const viewer = requireViewer(ctx.viewer);
    await ensureReadinessDefaults(ctx.db, viewer.tenantId);
    const rows = await ctx.db.find(ReadinessStatement, {
      where: includeRetired ? {} : { retiredAt: IsNull() },
      order: { position: 'ASC', createdAt: 'ASC' },
    });
    const order = Object.values(ReadinessDriver);
    return rows.sort((a, b) => order.indexOf(a.driver) - order.indexOf(b.driver) || a.position - b.position).map(toStatementModel);
  }

  async addStatement(ctx: RequestContext, input: AddReadinessStatementInput): Promise<ReadinessStatementModel> {
    const viewer = requireViewer(ctx.viewer);
    await ensureReadinessDefaults(ctx.db, viewer.tenantId);
    const [{ next }]: Array<{ next: number }> = await ctx.db.query(`SELECT coalesce(max(position), 0)::int + 1 AS next FROM readiness_statement`);
    const saved = await ctx.db.save(
      ctx.db.create(ReadinessStatement, {
        tenantId: viewer.tenantId,
        driver: input.driver as ReadinessDriver,
        text: input.text.trim(),
        position: next,
        defaultKey: null,
        retiredAt: null,
      }),
    );
    return toStatementModel(saved);
  }

  /** New wording for new rounds; rounds already opened keep the copy they were opened with. */
  async rewordStatement(ctx: RequestContext, input: RewordReadinessStatementInput): Promise<ReadinessStatementModel> {
    const statement = await this.statement(ctx, input.id);
    statement.text = input.text.trim();
    return toStatementModel(await ctx.db.save(statement));
  }

  /** Not used in new rounds; kept for the rounds that used it (and their comparison). */
  async retireStatement(ctx: RequestContext, id: string): Promise<ReadinessStatementModel> {
    const statement = await this.statement(ctx, id);
    if (!statement.retiredAt) {
      statement.retiredAt = new Date();
      await ctx.db.save(statement);
    }
    return toStatementModel(statement);
  }

  private async statement(ctx: RequestContext, id: string): Promise<ReadinessStatement> {
    const statement = await ctx.db.findOne(ReadinessStatement, { where: { id } });
    if (!statement) throw new ReadinessException(ReadinessErrorCode.StatementNotFound, STATEMENT_NOT_FOUND, 'id');
    return statement;
  }

  async rounds(ctx: RequestContext, roundId?: string): Promise<ReadinessRoundModel[]> {
    const viewer = requireViewer(ctx.viewer);
    // One after the other: the request's transaction is one connection.
    const rows = await roundRows(ctx.db, roundId);
    const minGroup = await minGroupSize(ctx.db, viewer.tenantId);
    const statements = await roundStatements(ctx.db, rows.map((r) => r.id));
    return rows.map((r) => toRoundModel(r, statements.filter((s) => s.roundId === r.id), minGroup));
  }

  async round(ctx: RequestContext, roundId: string): Promise<ReadinessRoundModel> {
    const [round] = await this.rounds(ctx, roundId);
    if (!round) throw roundNotFound();
    return round;
  }

  /** Who can be invited: people outside the teams by name, teams as a whole with a count. */
  async candidates(ctx: RequestContext): Promise<ReadinessCandidatesModel> {
    const viewer = requireViewer(ctx.viewer);
    const people: Array<{ id: string; name: string; role: Role }> = await ctx.db.query(
      `SELECT u.id, u.name, u.role FROM app_user u
       WHERE u.disabled_at IS NULL AND NOT EXISTS (SELECT 1 FROM team_member tm WHERE tm.user_id = u.id AND member_is_current(tm.left_on))
       ORDER BY u.name, u.id`,
    );
    const teams: Array<{ id: string; name: string; members: number }> = await ctx.db.query(
      `SELECT t.id, t.name, count(u.id)::int AS members FROM team t
       LEFT JOIN team_member tm ON tm.team_id = t.id AND member_is_current(tm.left_on) LEFT JOIN app_user u ON u.id = tm.user_id AND u.disabled_at IS NULL
       GROUP BY t.id ORDER BY t.name, t.id`,
    );
    return {
      people: people.map((p) => ({ userId: p.id, name: p.name, group: groupOf(p.role, false) })),
      teams: teams.map((t) => ({ teamId: t.id, name: t.name, members: t.members })),
      minGroupSize: await minGroupSize(ctx.db, viewer.tenantId),
    };
  }

  /** Opens a round: copies the wording in use and invites the teams and people chosen. */
  async openRound(ctx: RequestContext, input: OpenReadinessRoundInput): Promise<ReadinessRoundModel> {
    const viewer = requireViewer(ctx.viewer);
    const today = copenhagenToday();
    const opensOn = input.opensOn ?? today;
    if (opensOn < today) throw new ReadinessException(ReadinessErrorCode.BadPeriod, 'Vurderingen kan tidligst åbne i dag.', 'opensOn');
    if (input.closesOn < opensOn) throw new ReadinessException(ReadinessErrorCode.BadPeriod, 'Sidste svardag skal være samme dag eller efter første dag.', 'closesOn');
    if (input.closesOn > addDays(opensOn, 366)) throw new ReadinessException(ReadinessErrorCode.BadPeriod, 'En vurdering kan højst være åben i et år.', 'closesOn');

    const invitees = await this.invitees(ctx, input);
    const minGroup = await minGroupSize(ctx.db, viewer.tenantId);
    if (invitees.size < minGroup) {
      throw new ReadinessException(
        ReadinessErrorCode.TooFewInvited,
        `Invitér mindst ${minGroup} personer. Ellers kan resultaterne aldrig vises, fordi svar fra færre end ${minGroup} holdes skjult.`,
        'people',
      );
    }
    await ensureReadinessDefaults(ctx.db, viewer.tenantId);
    const [round]: Array<{ id: string }> = await ctx.db.query(
      `INSERT INTO readiness_round (tenant_id, title, opens_on, closes_on, created_by) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [viewer.tenantId, input.title.trim(), opensOn, input.closesOn, viewer.userId],
    );
    const copied: Array<{ id: string }> = await ctx.db.query(
      `INSERT INTO readiness_round_statement (tenant_id, round_id, statement_id, driver, text, position)
       SELECT tenant_id, $2, id, driver, text, row_number() OVER (ORDER BY driver, position, created_at, id)
       FROM readiness_statement WHERE tenant_id = $1 AND retired_at IS NULL RETURNING id`,
      [viewer.tenantId, round.id],
    );
    if (!copied.length) throw new ReadinessException(ReadinessErrorCode.NoStatements, 'Der er ingen udsagn at svare på. Tilføj mindst ét udsagn først.', 'title');
    const users = [...invitees.keys()];
    await ctx.db.query(
      `INSERT INTO readiness_participant (tenant_id, round_id, user_id, participant_group)
       SELECT $1, $2, u, g::readiness_group FROM unnest($3::uuid[], $4::text[]) AS x(u, g)`,
      [viewer.tenantId, round.id, users, users.map((u) => invitees.get(u))],
    );
    return this.round(ctx, round.id);
  }

  /** user id → group: every active member of the chosen teams, then the people chosen by name. */
  private async invitees(ctx: RequestContext, input: OpenReadinessRoundInput): Promise<Map<string, ReadinessGroup>> {
    const invitees = new Map<string, ReadinessGroup>();
    if (input.teamIds.length) {
      const [{ found }]: Array<{ found: number }> = await ctx.db.query(`SELECT count(*)::int AS found FROM team WHERE id = ANY($1)`, [input.teamIds]);
      if (found !== input.teamIds.length) throw new ReadinessException(ReadinessErrorCode.UnknownInvitee, 'Et af de valgte teams findes ikke. Hent siden igen.', 'teamIds');
      const members: Array<{ user_id: string; leads: boolean }> = await ctx.db.query(
        `SELECT tm.user_id, bool_or(tm.is_team_leader) AS leads FROM team_member tm JOIN app_user u ON u.id = tm.user_id
         WHERE tm.team_id = ANY($1) AND member_is_current(tm.left_on) AND u.disabled_at IS NULL GROUP BY tm.user_id`,
        [input.teamIds],
      );
      for (const m of members) invitees.set(m.user_id, m.leads ? ReadinessGroup.TeamLeader : ReadinessGroup.TeamMember);
    }
    if (input.people.length) {
      const users: Array<{ id: string; role: Role }> = await ctx.db.query(
        `SELECT id, role FROM app_user WHERE id = ANY($1) AND disabled_at IS NULL`,
        [input.people.map((p) => p.userId)],
      );
      if (users.length !== input.people.length) {
        throw new ReadinessException(ReadinessErrorCode.UnknownInvitee, 'En af de valgte personer findes ikke eller er deaktiveret. Hent siden igen.', 'people');
      }
      const roles = new Map(users.map((u) => [u.id, u.role]));
      for (const p of input.people) invitees.set(p.userId, groupOf(roles.get(p.userId)!, p.partner));
    }
    return invitees;
  }

  async closeRound(ctx: RequestContext, roundId: string): Promise<ReadinessRoundModel> {
    const [row] = await roundRows(ctx.db, roundId);
    if (!row) throw roundNotFound();
    if (roundStatus(row) === 'closed') throw roundClosed();
    try {
      await ctx.db.query(`UPDATE readiness_round SET closed_at = now() WHERE id = $1`, [roundId]);
    } catch (error) {
      if (isClosedRoundRefusal(error)) throw roundClosed();
      throw error;
    }
    return this.round(ctx, roundId);
  }

  /** The steering group's own analysis; may be written after the round has closed. */
  async saveSwot(ctx: RequestContext, input: ReadinessSwotInput): Promise<ReadinessRoundModel> {
    const [row] = await roundRows(ctx.db, input.roundId);
    if (!row) throw roundNotFound();
    const clean = (v: string | null | undefined) => (v?.trim() ? v.trim() : null);
    await ctx.db.query(
      `UPDATE readiness_round SET strengths = $2, weaknesses = $3, opportunities = $4, threats = $5 WHERE id = $1`,
      [input.roundId, clean(input.strengths), clean(input.weaknesses), clean(input.opportunities), clean(input.threats)],
    );
    return this.round(ctx, input.roundId);
  }
}
