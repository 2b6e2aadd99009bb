import { GroupSession, GroupSessionAttendee, type GroupSessionKind } from '@act/db';
import { copenhagenWallTimeToUtc } from '@act/domain';
import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { audit } from '../access-log/audit.buffer';
import { assertCitizensOfTeam, canReadCitizensOfTeam, requireViewer } from '../auth/access-policy';
import { type Connection, paginate } from '../common/graphql/connection';
import { InputException } from '../common/errors/input.exception';
import type { RequestContext } from '../common/request/request-context';
import type { CreateGroupSessionInput, GroupSessionFields, GroupSessionsArgs, UpdateGroupSessionInput } from './dto/group-sessions.inputs';
import { sessionNotFound } from './group-sessions.exception';
import type { GroupSessionModel } from './group-sessions.model';

/** How far back a session can be recorded: the fidelity model looks back twelve months at most. */
const OLDEST_DAYS = 2 * 366;
const DAY_MS = 86_400_000;

/**
 * Group sessions of a team (issue 14): who came is citizen data — read and written by the team's
 * staff only (need-to-know as for visits), every attendee of every listed or saved session logged.
 */
@Injectable()
export class GroupSessionsService {
  /** Newest first. A constant number of statements whatever the page size (count, page, leaders, attendees). */
  async list(ctx: RequestContext, args: GroupSessionsArgs): Promise<Connection<GroupSessionModel>> {
    const viewer = requireViewer(ctx.viewer);
    assertCitizensOfTeam(viewer, args.teamId);
    const qb = ctx.db.getRepository(GroupSession).createQueryBuilder('s').where('s.team_id = :teamId', { teamId: args.teamId });
    const page = await paginate(
      qb,
      args,
      [
        { column: 's.starts_at', value: (s) => s.startsAt },
        { column: 's.id', value: (s) => s.id, kind: 'uuid' },
      ],
      'DESC',
    );
    const models = await this.toModels(ctx, page.edges.map((e) => e.node));
    audit(
      ctx,
      ...models.flatMap((m) => m.attendees.map((a) => ({ operation: 'group-session.read' as const, citizenId: a.citizenId, criterion: `group-session:${m.id}` }))),
    );
    return { ...page, edges: page.edges.map((e, i) => ({ cursor: e.cursor, node: models[i] })) };
  }

  async create(ctx: RequestContext, input: CreateGroupSessionInput): Promise<GroupSessionModel> {
    const viewer = requireViewer(ctx.viewer);
    assertCitizensOfTeam(viewer, input.teamId);
    await this.check(ctx, input.teamId, input);
    const session = await ctx.db.save(
      ctx.db.create(GroupSession, { tenantId: viewer.tenantId, teamId: input.teamId, ...columns(input), createdBy: viewer.userId }),
    );
    await this.setAttendees(ctx, session, input.attendeeCitizenIds, []);
    return (await this.toModels(ctx, [session]))[0];
  }

  /** Saves the whole session; the attendee list replaces the one before (removed attendees are logged too). */
  async update(ctx: RequestContext, input: UpdateGroupSessionInput): Promise<GroupSessionModel> {
    const viewer = requireViewer(ctx.viewer);
    const session = await ctx.db.findOne(GroupSession, { where: { id: input.id }, lock: { mode: 'pessimistic_write' } });
    // Another team's session answers exactly like one that exists nowhere.
    if (!session || !canReadCitizensOfTeam(viewer, session.teamId)) throw sessionNotFound();
    await this.check(ctx, session.teamId, input);
    Object.assign(session, columns(input));
    await ctx.db.save(session);
    const before = await ctx.db.find(GroupSessionAttendee, { where: { sessionId: session.id } });
    await this.setAttendees(ctx, session, input.attendeeCitizenIds, before.map((a) => a.citizenId));
    return (await this.toModels(ctx, [session]))[0];
  }

  /** Held (not in the future), not older than the model ever looks, led by and attended by the team's own. */
  private async check(ctx: RequestContext, teamId: string, input: GroupSessionFields): Promise<void> {
    const now = Date.now();
    const startsAt = copenhagenWallTimeToUtc(input.date, input.startTime);
    if (startsAt.getTime() > now) {
      throw InputException.field('date', 'Gruppen kan først registreres, når den er holdt. Vælg et tidspunkt, der er gået.');
    }
    if (startsAt.getTime() < now - OLDEST_DAYS * DAY_MS) {
      throw InputException.field('date', 'Gruppen ligger mere end to år tilbage. Vælg en nyere dato.');
    }
    const [leader]: Array<{ team_id: string }> = await ctx.db.query(`SELECT team_id FROM team_member WHERE id = $1`, [input.ledByMemberId]);
    if (!leader || leader.team_id !== teamId) {
      throw InputException.field('ledByMemberId', 'Den valgte medarbejder er ikke med i teamet. Vælg en fra teamet.');
    }
    if (input.attendeeCitizenIds.length) {
      const found: Array<{ id: string; team_id: string }> = await ctx.db.query(`SELECT id, team_id FROM citizen WHERE id = ANY($1::uuid[])`, [
        input.attendeeCitizenIds,
      ]);
      if (found.length !== input.attendeeCitizenIds.length || found.some((c) => c.team_id !== teamId)) {
        throw InputException.field('attendeeCitizenIds', 'Mindst én af de valgte borgere hører ikke til teamet. Vælg kun teamets egne borgere.');
      }
    }
  }

  private async setAttendees(ctx: RequestContext, session: GroupSession, citizenIds: string[], before: string[]): Promise<void> {
    const removed = before.filter((id) => !citizenIds.includes(id));
    const added = citizenIds.filter((id) => !before.includes(id));
    if (removed.length) await ctx.db.delete(GroupSessionAttendee, { sessionId: session.id, citizenId: In(removed) });
    if (added.length) {
      await ctx.db.insert(
        GroupSessionAttendee,
        added.map((citizenId) => ({ sessionId: session.id, citizenId, tenantId: session.tenantId })),
      );
    }
    const touched = [...new Set([...before, ...citizenIds])];
    audit(ctx, ...touched.map((citizenId) => ({ operation: 'group-session.write' as const, citizenId, criterion: `group-session:${session.id}` })));
  }

  /** Leaders' names and attendees for many sessions: two statements. */
  private async toModels(ctx: RequestContext, sessions: GroupSession[]): Promise<GroupSessionModel[]> {
    if (!sessions.length) return [];
    const ids = sessions.map((s) => s.id);
    const leaders: Array<{ id: string; name: string }> = await ctx.db.query(
      `SELECT m.id, u.name FROM team_member m JOIN app_user u ON u.id = m.user_id WHERE m.id = ANY($1::uuid[])`,
      [[...new Set(sessions.map((s) => s.ledByMemberId))]],
    );
    const attendees: Array<{ session_id: string; citizen_id: string; name: string }> = await ctx.db.query(
      `SELECT a.session_id, a.citizen_id, c.name FROM group_session_attendee a JOIN citizen c ON c.id = a.citizen_id
       WHERE a.session_id = ANY($1::uuid[]) ORDER BY c.name, c.id`,
      [ids],
    );
    const nameOf = new Map(leaders.map((l) => [l.id, l.name]));
    return sessions.map((s) => ({
      id: s.id,
      teamId: s.teamId,
      kind: s.kind,
      title: s.title,
      startsAt: s.startsAt,
      durationMinutes: s.durationMinutes,
      ledByMemberId: s.ledByMemberId,
      ledByName: nameOf.get(s.ledByMemberId) ?? '',
      attendees: attendees.filter((a) => a.session_id === s.id).map((a) => ({ citizenId: a.citizen_id, name: a.name })),
    }));
  }
}

function columns(input: GroupSessionFields) {
  return {
    kind: input.kind as GroupSessionKind,
    title: input.title.trim(),
    startsAt: copenhagenWallTimeToUtc(input.date, input.startTime),
    durationMinutes: input.durationMinutes,
    ledByMemberId: input.ledByMemberId,
  };
}
