import {
  CitizenCrisisFlag,
  FollowUpTask,
  MeetingDecision,
  MeetingItemSource,
  TeamMeeting,
  TeamMeetingItem,
  TeamMeetingRhythm,
  TeamMember,
  type MeetingCadence,
} from '@act/db';
import { formatDanishTimeRange, nextMeetingSlots, prepareAgenda, toCopenhagenIsoDate } from '@act/domain';
import { Injectable } from '@nestjs/common';
import { audit } from '../access-log/audit.buffer';
import { assertCitizensOfTeam, requireViewer } from '../auth/access-policy';
import { CitizensService } from '../citizens/citizens.service';
import { type Connection, paginate } from '../common/graphql/connection';
import { InputException } from '../common/errors/input.exception';
import { isUniqueViolation } from '../common/errors/pg-errors';
import type { RequestContext } from '../common/request/request-context';
import { CitizenSignalsAdapter } from './citizen-signals.adapter';
import type {
  AddDecisionInput,
  AddFollowUpTaskInput,
  AddMeetingItemInput,
  CompleteFollowUpTaskInput,
  CreateMeetingsFromRhythmInput,
  CreateTeamMeetingInput,
  MyTasksArgs,
  RaiseCrisisFlagInput,
  RecordAttendanceInput,
  SetMeetingRhythmInput,
  TeamMeetingsArgs,
  UpdateMeetingItemInput,
} from './dto/meetings.inputs';
import { assertLeadsMeetingsOf } from './meetings.access';
import { MEETING_NOT_FOUND, MeetingErrorCode, MeetingException } from './meetings.exception';
import type {
  FollowUpTaskModel,
  MeetingDecisionModel,
  MeetingRhythmModel,
  TeamMeetingDetailModel,
  TeamMeetingItemModel,
  TeamMeetingModel,
} from './meetings.model';
import {
  DECISION_SELECT,
  TASK_SELECT,
  type DecisionRow,
  type TaskRow,
  agendaFacts,
  meetingAttendance,
  meetingItems,
  toDecisionModel,
  toTaskModel,
} from './meetings.queries';

const HOUR_MS = 60 * 60 * 1000;
const DEFAULT_REVIEW_EVERY = 4;

export const toMeetingModel = (m: TeamMeeting): TeamMeetingModel => ({
  id: m.id,
  teamId: m.teamId,
  startsAt: m.startsAt,
  endsAt: m.endsAt,
  whenText: formatDanishTimeRange(m.startsAt, m.endsAt),
  place: m.place,
  agendaPreparedAt: m.agendaPreparedAt,
  heldAt: m.heldAt,
});

const toRhythmModel = (r: TeamMeetingRhythm): MeetingRhythmModel => ({
  teamId: r.teamId,
  cadence: r.cadence,
  weekday: r.weekday,
  startTime: r.startTime,
  endTime: r.endTime,
  place: r.place,
  reviewEveryMeetings: r.reviewEveryMeetings,
});

const encodeCursor = (values: unknown[]) => Buffer.from(JSON.stringify(values)).toString('base64url');
function decodeCursor(cursor: string): [string, string] {
  try {
    const v = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(v) && v.length === 2 && v.every((x) => typeof x === 'string')) return v as [string, string];
  } catch {
    /* fall through */
  }
  throw InputException.field('after', 'Ugyldig markør til næste side. Hent listen forfra.');
}

@Injectable()
export class MeetingsService {
  constructor(
    private readonly citizens: CitizensService,
    private readonly signals: CitizenSignalsAdapter,
  ) {}

  // ---- rhythm and meetings ------------------------------------------------------------------

  async rhythm(ctx: RequestContext, teamId: string): Promise<MeetingRhythmModel | null> {
    assertCitizensOfTeam(requireViewer(ctx.viewer), teamId);
    const r = await ctx.db.findOne(TeamMeetingRhythm, { where: { teamId } });
    return r ? toRhythmModel(r) : null;
  }

  async setRhythm(ctx: RequestContext, input: SetMeetingRhythmInput): Promise<MeetingRhythmModel> {
    const viewer = requireViewer(ctx.viewer);
    assertLeadsMeetingsOf(viewer, input.teamId);
    if (input.endTime <= input.startTime) {
      throw new MeetingException(MeetingErrorCode.InvalidTimes, 'Mødet skal slutte efter, det begynder.', 'endTime');
    }
    const place = input.place.trim();
    await ctx.db.query(
      `INSERT INTO team_meeting_rhythm (tenant_id, team_id, cadence, weekday, start_time, end_time, place, review_every_meetings, updated_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       ON CONFLICT (team_id) DO UPDATE SET cadence = EXCLUDED.cadence, weekday = EXCLUDED.weekday,
         start_time = EXCLUDED.start_time, end_time = EXCLUDED.end_time, place = EXCLUDED.place,
         review_every_meetings = EXCLUDED.review_every_meetings, updated_by = EXCLUDED.updated_by, updated_at = now()`,
      [viewer.tenantId, input.teamId, input.cadence, input.weekday, input.startTime, input.endTime, place, input.reviewEveryMeetings, viewer.userId],
    );
    return { teamId: input.teamId, cadence: input.cadence, weekday: input.weekday, startTime: input.startTime, endTime: input.endTime, place, reviewEveryMeetings: input.reviewEveryMeetings };
  }

  async list(ctx: RequestContext, args: TeamMeetingsArgs): Promise<Connection<TeamMeetingModel>> {
    assertCitizensOfTeam(requireViewer(ctx.viewer), args.teamId);
    const qb = ctx.db.getRepository(TeamMeeting).createQueryBuilder('m').where('m.team_id = :teamId', { teamId: args.teamId });
    const upcoming = args.period !== 'past';
    qb.andWhere(upcoming ? 'm.held_at IS NULL' : 'm.held_at IS NOT NULL');
    const page = await paginate(
      qb,
      args,
      [
        { column: 'm.starts_at', value: (m) => m.startsAt },
        { column: 'm.id', value: (m) => m.id },
      ],
      upcoming ? 'ASC' : 'DESC',
      false,
    );
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: toMeetingModel(e.node) })) };
  }

  async create(ctx: RequestContext, input: CreateTeamMeetingInput): Promise<TeamMeetingModel> {
    const viewer = requireViewer(ctx.viewer);
    assertLeadsMeetingsOf(viewer, input.teamId);
    const duration = input.endsAt.getTime() - input.startsAt.getTime();
    if (!(duration > 0) || duration > 12 * HOUR_MS) {
      throw new MeetingException(MeetingErrorCode.InvalidTimes, 'Mødet skal slutte efter, det begynder, og højst vare 12 timer.', 'endsAt');
    }
    const meeting = ctx.db.create(TeamMeeting, {
      tenantId: viewer.tenantId,
      teamId: input.teamId,
      startsAt: input.startsAt,
      endsAt: input.endsAt,
      place: input.place.trim(),
      createdBy: viewer.userId,
    });
    try {
      await ctx.db.save(meeting);
    } catch (error) {
      if (isUniqueViolation(error, 'uq_team_meeting_team_start')) {
        throw new MeetingException(MeetingErrorCode.TimeTaken, 'Teamet har allerede et møde på det tidspunkt. Åbn det møde i stedet.', 'startsAt');
      }
      throw error;
    }
    await this.prepareIfNext(ctx, meeting);
    return toMeetingModel(meeting);
  }

  /** The next `count` meetings from the team's rhythm; ones that exist already are kept as they are. */
  async createFromRhythm(ctx: RequestContext, input: CreateMeetingsFromRhythmInput): Promise<TeamMeetingModel[]> {
    const viewer = requireViewer(ctx.viewer);
    assertLeadsMeetingsOf(viewer, input.teamId);
    const rhythm = await ctx.db.findOne(TeamMeetingRhythm, { where: { teamId: input.teamId } });
    if (!rhythm) {
      throw new MeetingException(MeetingErrorCode.NoRhythm, 'Teamet har ingen mødefrekvens endnu. Angiv ugedag, tid og sted først.', 'teamId');
    }
    const [latest] = (await ctx.db.query(`SELECT max(starts_at) AS at FROM team_meeting WHERE team_id = $1`, [input.teamId])) as Array<{ at: Date | null }>;
    const now = new Date();
    const anchor = latest?.at ? toCopenhagenIsoDate(latest.at) : undefined;
    const slots = nextMeetingSlots(
      { cadence: rhythm.cadence as MeetingCadence as 'weekly' | 'biweekly', weekday: rhythm.weekday, startTime: rhythm.startTime, endTime: rhythm.endTime },
      now,
      input.count,
      anchor,
    );
    await ctx.db.query(
      `INSERT INTO team_meeting (tenant_id, team_id, starts_at, ends_at, place, created_by)
       SELECT $1, $2, s, e, $3, $4 FROM unnest($5::timestamptz[], $6::timestamptz[]) AS t(s, e)
       ON CONFLICT (team_id, starts_at) DO NOTHING`,
      [viewer.tenantId, input.teamId, rhythm.place, viewer.userId, slots.map((s) => s.startsAt), slots.map((s) => s.endsAt)],
    );
    const meetings = await ctx.db
      .getRepository(TeamMeeting)
      .createQueryBuilder('m')
      .where('m.team_id = :teamId AND m.starts_at = ANY(:starts)', { teamId: input.teamId, starts: slots.map((s) => s.startsAt) })
      .orderBy('m.starts_at')
      .getMany();
    if (meetings[0]) await this.prepareIfNext(ctx, meetings[0]);
    return meetings.map(toMeetingModel);
  }

  // ---- one meeting ----------------------------------------------------------------------------

  /** A meeting the viewer's team holds; NOT_FOUND for unknown ids (RLS hides other tenants). */
  private async meetingFor(ctx: RequestContext, id: string): Promise<TeamMeeting> {
    const viewer = requireViewer(ctx.viewer);
    const meeting = await ctx.db.findOne(TeamMeeting, { where: { id } });
    if (!meeting) throw new MeetingException(MeetingErrorCode.MeetingNotFound, MEETING_NOT_FOUND, 'meetingId');
    assertCitizensOfTeam(viewer, meeting.teamId);
    return meeting;
  }

  private async openMeetingFor(ctx: RequestContext, id: string): Promise<TeamMeeting> {
    const meeting = await this.meetingFor(ctx, id);
    if (meeting.heldAt) {
      throw new MeetingException(MeetingErrorCode.AlreadyHeld, 'Mødet er afsluttet, og referatet kan ikke ændres. Skriv det på næste møde.');
    }
    return meeting;
  }

  private async itemFor(ctx: RequestContext, itemId: string): Promise<{ item: TeamMeetingItem; meeting: TeamMeeting }> {
    const item = await ctx.db.findOne(TeamMeetingItem, { where: { id: itemId } });
    if (!item) throw new MeetingException(MeetingErrorCode.ItemNotFound, 'Punktet findes ikke på dagsordenen. Hent mødet igen.', 'itemId');
    return { item, meeting: await this.openMeetingFor(ctx, item.meetingId) };
  }

  /** The meeting with its agenda. Every citizen on it leaves an access-log row. */
  async detail(ctx: RequestContext, id: string, minutes = false): Promise<TeamMeetingDetailModel> {
    const meeting = await this.meetingFor(ctx, id);
    if (minutes && !meeting.heldAt) {
      throw new MeetingException(MeetingErrorCode.NotHeld, 'Referatet findes først, når mødet er afsluttet.', 'meetingId');
    }
    const [team, items, decisions, tasks, attendance] = [
      await ctx.loaders.teamById.load(meeting.teamId),
      await meetingItems(ctx.db, meeting.id),
      (await ctx.db.query(`${DECISION_SELECT} WHERE d.meeting_id = $1 ORDER BY d.created_at, d.id`, [meeting.id])) as DecisionRow[],
      (await ctx.db.query(`${TASK_SELECT} WHERE t.meeting_id = $1 ORDER BY t.created_at, t.id`, [meeting.id])) as TaskRow[],
      await meetingAttendance(ctx.db, meeting.id, meeting.teamId),
    ];
    const models: TeamMeetingItemModel[] = items.map((i) => ({
      id: i.id,
      source: i.source,
      reason: i.reason,
      title: i.title,
      citizenId: i.citizen_id,
      citizenName: i.citizen_name,
      position: i.position,
      addedByName: i.added_by_name,
      note: i.note,
      citizenAttends: i.citizen_attends,
      decisions: decisions.filter((d) => d.item_id === i.id).map(toDecisionModel),
      tasks: tasks.filter((t) => t.item_id === i.id).map((t) => toTaskModel(t)),
    }));
    const operation = minutes ? ('meeting.minutes.read' as const) : ('meeting.read' as const);
    const citizenIds = [...new Set(items.map((i) => i.citizen_id).filter((c): c is string => c !== null))];
    audit(ctx, ...citizenIds.map((citizenId) => ({ operation, citizenId, criterion: `meeting:${meeting.id}` })));
    return {
      ...toMeetingModel(meeting),
      teamName: team?.name ?? '',
      items: models.filter((m) => m.source !== MeetingItemSource.Citizen),
      citizenItems: models.filter((m) => m.source === MeetingItemSource.Citizen),
      attendance: attendance.map((a) => ({ memberId: a.member_id, name: a.name, discipline: a.discipline, present: a.present })),
    };
  }

  // ---- agenda preparation -------------------------------------------------------------------

  async prepare(ctx: RequestContext, meetingId: string): Promise<TeamMeetingDetailModel> {
    const meeting = await this.openMeetingFor(ctx, meetingId);
    assertLeadsMeetingsOf(requireViewer(ctx.viewer), meeting.teamId);
    await this.prepareAgendaOf(ctx, meeting);
    return this.detail(ctx, meeting.id);
  }

  /** Prepare a meeting's agenda when it is the team's next open meeting. */
  private async prepareIfNext(ctx: RequestContext, meeting: TeamMeeting): Promise<void> {
    const [earlier] = (await ctx.db.query(
      `SELECT 1 FROM team_meeting WHERE team_id = $1 AND held_at IS NULL AND starts_at < $2 AND ends_at > now() LIMIT 1`,
      [meeting.teamId, meeting.startsAt],
    )) as unknown[];
    if (!earlier) await this.prepareAgendaOf(ctx, meeting);
  }

  /**
   * Runs the domain's `prepareAgenda` on the team's active citizens. Prepared items nobody has
   * touched are replaced; items with a note, decision or task stay, and members' and citizens'
   * own items are never touched.
   */
  private async prepareAgendaOf(ctx: RequestContext, meeting: TeamMeeting): Promise<void> {
    const viewer = requireViewer(ctx.viewer);
    const rhythm = await ctx.db.findOne(TeamMeetingRhythm, { where: { teamId: meeting.teamId } });
    const team = await ctx.loaders.teamById.load(meeting.teamId);
    const facts = await agendaFacts(ctx.db, meeting.teamId, meeting.startsAt);
    const signals = await this.signals.forCitizens(ctx, facts.map((f) => f.id), meeting.startsAt);
    const agenda = prepareAgenda(
      facts.map((f) => {
        // A citizen the adapter did not answer for counts as unknown (never null: null means "never seen").
        const s = signals.get(f.id) ?? { planFollowUpOverdue: 'unknown' as const, lastFaceToFaceContactAt: 'unknown' as const };
        return {
          id: f.id,
          name: f.name,
          onTeamBoard: f.on_board,
          crisisFlag: f.crisis,
          planFollowUpOverdue: s.planFollowUpOverdue,
          lastFaceToFaceContactAt: s.lastFaceToFaceContactAt,
          lastDiscussedAt: f.last_discussed_at,
          meetingsSinceDiscussed: f.meetings_since,
        };
      }),
      {
        reviewEveryMeetings: rhythm?.reviewEveryMeetings ?? DEFAULT_REVIEW_EVERY,
        now: meeting.startsAt,
        // The same threshold as the team's "not seen" list from visits.
        lapsedContactDays: team?.notSeenThresholdDays ?? undefined,
      },
    );
    await ctx.db.query(
      `DELETE FROM team_meeting_item i WHERE i.meeting_id = $1 AND i.source = 'prepared' AND i.note IS NULL
         AND NOT EXISTS (SELECT 1 FROM meeting_decision d WHERE d.item_id = i.id)
         AND NOT EXISTS (SELECT 1 FROM follow_up_task t WHERE t.item_id = i.id)`,
      [meeting.id],
    );
    await ctx.db.query(
      `INSERT INTO team_meeting_item (tenant_id, meeting_id, citizen_id, source, reason, position)
       SELECT $1, $2, c, 'prepared', r, p FROM unnest($3::uuid[], $4::text[], $5::int[]) AS t(c, r, p)
       ON CONFLICT (meeting_id, citizen_id) WHERE source = 'prepared'
       DO UPDATE SET reason = EXCLUDED.reason, position = EXCLUDED.position`,
      [viewer.tenantId, meeting.id, agenda.map((e) => e.citizenId), agenda.map((e) => e.reason), agenda.map((e) => e.position)],
    );
    meeting.agendaPreparedAt = new Date();
    await ctx.db.update(TeamMeeting, { id: meeting.id }, { agendaPreparedAt: meeting.agendaPreparedAt });
    audit(ctx, ...agenda.map((e) => ({ operation: 'meeting.agenda.prepare' as const, citizenId: e.citizenId, criterion: `meeting:${meeting.id}` })));
  }

  // ---- during the meeting -------------------------------------------------------------------

  async addItem(ctx: RequestContext, input: AddMeetingItemInput): Promise<TeamMeetingDetailModel> {
    const viewer = requireViewer(ctx.viewer);
    const meeting = await this.openMeetingFor(ctx, input.meetingId);
    if (input.askedByCitizen && !input.citizenId) {
      throw new MeetingException(MeetingErrorCode.CitizenItemNeedsCitizen, 'Vælg den borger, der har bedt om punktet.', 'citizenId');
    }
    const title = input.title?.trim() || null;
    if (!input.citizenId && !title) {
      throw new MeetingException(MeetingErrorCode.ItemNeedsSubject, 'Vælg en borger, eller skriv hvad punktet handler om.', 'title');
    }
    if (input.citizenId) await this.assertCitizenOfTeam(ctx, input.citizenId, meeting.teamId);
    const [{ next }] = (await ctx.db.query(`SELECT coalesce(max(position), 0) + 1 AS next FROM team_meeting_item WHERE meeting_id = $1`, [meeting.id])) as Array<{ next: number }>;
    await ctx.db.insert(TeamMeetingItem, {
      tenantId: viewer.tenantId,
      meetingId: meeting.id,
      citizenId: input.citizenId ?? null,
      source: input.askedByCitizen ? MeetingItemSource.Citizen : MeetingItemSource.Member,
      reason: null,
      title,
      position: next,
      addedBy: viewer.userId,
      citizenAttends: input.citizenAttends,
    });
    if (input.citizenId) audit(ctx, { operation: 'meeting.item.write', citizenId: input.citizenId, criterion: `meeting:${meeting.id}` });
    return this.detail(ctx, meeting.id);
  }

  async updateItem(ctx: RequestContext, input: UpdateMeetingItemInput): Promise<TeamMeetingItemModel> {
    const { item, meeting } = await this.itemFor(ctx, input.itemId);
    if (input.note !== undefined) item.note = input.note?.trim() || null;
    if (input.citizenAttends !== undefined && input.citizenAttends !== null) item.citizenAttends = input.citizenAttends;
    await ctx.db.update(TeamMeetingItem, { id: item.id }, { note: item.note, citizenAttends: item.citizenAttends });
    if (item.citizenId) audit(ctx, { operation: 'meeting.item.write', citizenId: item.citizenId, criterion: `meeting:${meeting.id}` });
    const detail = await this.detail(ctx, meeting.id);
    return [...detail.items, ...detail.citizenItems].find((i) => i.id === item.id)!;
  }

  async recordAttendance(ctx: RequestContext, input: RecordAttendanceInput): Promise<TeamMeetingDetailModel> {
    const viewer = requireViewer(ctx.viewer);
    const meeting = await this.openMeetingFor(ctx, input.meetingId);
    const ids = input.attendance.map((a) => a.memberId);
    const members = await ctx.db.query(`SELECT id FROM team_member WHERE team_id = $1 AND id = ANY($2)`, [meeting.teamId, ids]) as Array<{ id: string }>;
    const known = new Set(members.map((m) => m.id));
    const unknown = input.attendance.findIndex((a) => !known.has(a.memberId));
    if (unknown >= 0) {
      throw new MeetingException(MeetingErrorCode.MemberNotOnTeam, 'Personen er ikke med i teamet.', `attendance.${unknown}.memberId`);
    }
    await ctx.db.query(
      `INSERT INTO team_meeting_attendance (tenant_id, meeting_id, member_id, present)
       SELECT $1, $2, m, p FROM unnest($3::uuid[], $4::boolean[]) AS t(m, p)
       ON CONFLICT (meeting_id, member_id) DO UPDATE SET present = EXCLUDED.present`,
      [viewer.tenantId, meeting.id, ids, input.attendance.map((a) => a.present)],
    );
    return this.detail(ctx, meeting.id);
  }

  async addDecision(ctx: RequestContext, input: AddDecisionInput): Promise<MeetingDecisionModel> {
    const viewer = requireViewer(ctx.viewer);
    const { item, meeting } = await this.itemFor(ctx, input.itemId);
    const decision = await ctx.db.save(
      ctx.db.create(MeetingDecision, {
        tenantId: viewer.tenantId,
        teamId: meeting.teamId,
        meetingId: meeting.id,
        itemId: item.id,
        citizenId: item.citizenId,
        text: input.text.trim(),
        decidedBy: viewer.userId,
      }),
    );
    if (item.citizenId) audit(ctx, { operation: 'meeting.decision.create', citizenId: item.citizenId, criterion: `meeting:${meeting.id}` });
    return {
      id: decision.id,
      meetingId: meeting.id,
      itemId: item.id,
      citizenId: item.citizenId,
      text: decision.text,
      decidedByName: viewer.name,
      meetingStartsAt: meeting.startsAt,
      createdAt: decision.createdAt,
    };
  }

  async addTask(ctx: RequestContext, input: AddFollowUpTaskInput): Promise<FollowUpTaskModel> {
    const viewer = requireViewer(ctx.viewer);
    if (Number.isNaN(Date.parse(input.dueDate)) || new Date(input.dueDate).toISOString().slice(0, 10) !== input.dueDate) {
      throw new MeetingException(MeetingErrorCode.InvalidDate, 'Fristen er ikke en rigtig dato. Skriv den som ÅÅÅÅ-MM-DD.', 'dueDate');
    }
    const { item, meeting } = await this.itemFor(ctx, input.itemId);
    const assignee = await ctx.db.findOne(TeamMember, { where: { id: input.assigneeMemberId, teamId: meeting.teamId } });
    if (!assignee) throw new MeetingException(MeetingErrorCode.MemberNotOnTeam, 'Vælg en person fra teamet.', 'assigneeMemberId');
    const task = await ctx.db.save(
      ctx.db.create(FollowUpTask, {
        tenantId: viewer.tenantId,
        teamId: meeting.teamId,
        meetingId: meeting.id,
        itemId: item.id,
        citizenId: item.citizenId,
        assigneeMemberId: assignee.id,
        description: input.description.trim(),
        dueDate: input.dueDate,
        createdBy: viewer.userId,
      }),
    );
    if (item.citizenId) audit(ctx, { operation: 'task.create', citizenId: item.citizenId, criterion: `task:${task.id}` });
    return this.task(ctx, task.id);
  }

  private async task(ctx: RequestContext, id: string): Promise<FollowUpTaskModel> {
    const [row] = (await ctx.db.query(`${TASK_SELECT} WHERE t.id = $1`, [id])) as TaskRow[];
    if (!row) throw new MeetingException(MeetingErrorCode.TaskNotFound, 'Opgaven findes ikke.', 'taskId');
    return toTaskModel(row);
  }

  async completeTask(ctx: RequestContext, input: CompleteFollowUpTaskInput): Promise<FollowUpTaskModel> {
    const viewer = requireViewer(ctx.viewer);
    const task = await ctx.db.findOne(FollowUpTask, { where: { id: input.taskId } });
    if (!task) throw new MeetingException(MeetingErrorCode.TaskNotFound, 'Opgaven findes ikke.', 'taskId');
    assertCitizensOfTeam(viewer, task.teamId);
    // Idempotent: a double tap records the first completion only.
    await ctx.db.query(`UPDATE follow_up_task SET done_at = now(), done_by = $2 WHERE id = $1 AND done_at IS NULL`, [task.id, viewer.userId]);
    if (task.citizenId) audit(ctx, { operation: 'task.complete', citizenId: task.citizenId, criterion: `task:${task.id}` });
    return this.task(ctx, task.id);
  }

  async close(ctx: RequestContext, meetingId: string): Promise<TeamMeetingDetailModel> {
    const meeting = await this.openMeetingFor(ctx, meetingId);
    assertLeadsMeetingsOf(requireViewer(ctx.viewer), meeting.teamId);
    meeting.heldAt = new Date();
    await ctx.db.update(TeamMeeting, { id: meeting.id }, { heldAt: meeting.heldAt });
    const [next] = await ctx.db
      .getRepository(TeamMeeting)
      .createQueryBuilder('m')
      .where('m.team_id = :teamId AND m.held_at IS NULL AND m.starts_at > :at', { teamId: meeting.teamId, at: meeting.startsAt })
      .orderBy('m.starts_at')
      .limit(1)
      .getMany();
    if (next) await this.prepareAgendaOf(ctx, next);
    return this.detail(ctx, meeting.id, true);
  }

  // ---- tasks and crisis flags -----------------------------------------------------------------

  /** The viewer's own follow-up tasks (in every team they are on), by due date. */
  async myTasks(ctx: RequestContext, args: MyTasksArgs): Promise<Connection<FollowUpTaskModel>> {
    const viewer = requireViewer(ctx.viewer);
    const memberIds = viewer.memberships.map((m) => m.memberId);
    const params: unknown[] = [memberIds, args.first + 1];
    let where = `t.assignee_member_id = ANY($1)`;
    if (!args.includeDone) where += ` AND t.done_at IS NULL`;
    if (args.after) {
      const [due, id] = decodeCursor(args.after);
      params.push(due, id);
      where += ` AND (t.due_date, t.id) > ($3::date, $4::uuid)`;
    }
    const rows = (await ctx.db.query(`${TASK_SELECT} WHERE ${where} ORDER BY t.due_date, t.id LIMIT $2`, params)) as TaskRow[];
    const nodes = rows.slice(0, args.first);
    const today = toCopenhagenIsoDate(new Date());
    audit(
      ctx,
      ...nodes.filter((r) => r.citizen_id).map((r) => ({ operation: 'task.list' as const, citizenId: r.citizen_id, criterion: 'tasks:mine' })),
    );
    const edges = nodes.map((r) => ({ cursor: encodeCursor([r.due_date, r.id]), node: toTaskModel(r, today) }));
    return { edges, pageInfo: { hasNextPage: rows.length > args.first, endCursor: edges.at(-1)?.cursor ?? null } };
  }

  private async assertCitizenOfTeam(ctx: RequestContext, citizenId: string, teamId: string): Promise<void> {
    const citizen = await this.citizens.get(ctx, citizenId);
    if (citizen.teamId !== teamId) {
      throw new MeetingException(MeetingErrorCode.CitizenNotOnTeam, 'Borgeren hører ikke til dette team.', 'citizenId');
    }
  }

  async raiseCrisis(ctx: RequestContext, input: RaiseCrisisFlagInput) {
    const viewer = requireViewer(ctx.viewer);
    const citizen = await this.citizens.get(ctx, input.citizenId);
    try {
      await ctx.db.insert(CitizenCrisisFlag, { tenantId: viewer.tenantId, citizenId: citizen.id, reason: input.reason.trim(), raisedBy: viewer.userId });
    } catch (error) {
      if (isUniqueViolation(error, 'uq_citizen_crisis_flag_open')) {
        throw new MeetingException(MeetingErrorCode.AlreadyFlagged, 'Borgeren er allerede markeret med krise.', 'citizenId');
      }
      throw error;
    }
    ctx.loaders.crisisFlagByCitizen.clear(citizen.id);
    audit(ctx, { operation: 'citizen.crisis.raise', citizenId: citizen.id });
    return citizen;
  }

  async clearCrisis(ctx: RequestContext, citizenId: string) {
    const viewer = requireViewer(ctx.viewer);
    const citizen = await this.citizens.get(ctx, citizenId);
    const result = (await ctx.db.query(
      `UPDATE citizen_crisis_flag SET cleared_at = now(), cleared_by = $2 WHERE citizen_id = $1 AND cleared_at IS NULL RETURNING id`,
      [citizen.id, viewer.userId],
    )) as [unknown[], number];
    if (!result[0]?.length) throw new MeetingException(MeetingErrorCode.NotFlagged, 'Borgeren er ikke markeret med krise.', 'citizenId');
    ctx.loaders.crisisFlagByCitizen.clear(citizen.id);
    audit(ctx, { operation: 'citizen.crisis.clear', citizenId: citizen.id });
    return citizen;
  }
}
