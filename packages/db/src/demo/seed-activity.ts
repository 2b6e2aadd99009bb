/**
 * Inserts one team's demo activity (activity.ts): ACT plans, visits, the meeting rhythm with last
 * week's closed meeting and next week's open one, the team board and function descriptions.
 * Runs inside the demo seed's transaction on the owner role. Day offsets count from `now`.
 */
import { randomUUID } from 'node:crypto';
import { addDays, copenhagenToday, copenhagenWallTimeToUtc, isoWeekStart } from '@act/domain';
import type { EntityManager } from 'typeorm';
import type { DemoTeam } from './demo-data';

export interface TeamActivityContext {
  tenantId: string;
  teamId: string;
  team: DemoTeam;
  /** Team member ids and their user ids, by index into `team.members`. */
  memberIds: readonly string[];
  memberUserIds: readonly string[];
  citizenIds: readonly string[];
  leaderUserId: string;
  /** life_area.id by code, for this tenant. */
  lifeAreaIds: ReadonlyMap<string, string>;
  now: Date;
}

export interface TeamActivityCounts {
  carePlans: number;
  visits: number;
  meetings: number;
}

const DAY_MS = 86_400_000;

export async function insertTeamActivity(manager: EntityManager, ctx: TeamActivityContext): Promise<TeamActivityCounts> {
  const { tenantId, teamId, team, memberIds, memberUserIds, citizenIds, leaderUserId, now } = ctx;
  const activity = team.activity;
  if (!activity) return { carePlans: 0, visits: 0, meetings: 0 };
  const today = copenhagenToday(now);
  const date = (days: number) => addDays(today, days);
  const at = (days: number, time: string) => copenhagenWallTimeToUtc(date(days), time);
  const area = (code: string) => {
    const id = ctx.lifeAreaIds.get(code);
    if (!id) throw new Error(`Demo life area missing: ${code}`);
    return id;
  };

  // ---- ACT plans: each version is written as a draft, filled, then agreed (agreed is final) ----
  let carePlans = 0;
  for (const c of activity.citizens) {
    if (!c.planVersions.length) continue;
    const citizenId = citizenIds[c.citizen];
    const contact = team.citizens[c.citizen].primaryContact;
    const primary = contact ? team.members.findIndex((m) => m.email === contact.email) : -1;
    const primaryUser = primary >= 0 ? memberUserIds[primary] : leaderUserId;
    const goalKeys = new Map<string, string>();
    let previous: string | null = null;
    for (const [n, v] of c.planVersions.entries()) {
      const versionId = randomUUID();
      const createdAt = new Date(now.getTime() - ((v.agreedDaysAgo ?? 2) + 7) * DAY_MS);
      await manager.query(
        `INSERT INTO care_plan_version (id, tenant_id, citizen_id, number, status, previous_version_id, citizen_words,
                                        next_follow_up_on, created_by, updated_by, created_at, updated_at)
         VALUES ($1, $2, $3, $4, 'draft', $5, $6, $7, $8, $8, $9, $9)`,
        [versionId, tenantId, citizenId, n + 1, previous, v.citizenWords, v.nextFollowUpDaysAhead === null ? null : date(v.nextFollowUpDaysAhead), primaryUser, createdAt],
      );
      for (const [gi, g] of v.goals.entries()) {
        const goalId = randomUUID();
        if (!goalKeys.has(g.key)) goalKeys.set(g.key, randomUUID());
        await manager.query(
          `INSERT INTO care_plan_goal (id, tenant_id, version_id, goal_key, life_area_id, citizen_words, status, stage_of_change, position)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
          [goalId, tenantId, versionId, goalKeys.get(g.key), area(g.area), g.words, g.status, g.stage, gi + 1],
        );
        for (const [si, s] of g.steps.entries()) {
          await manager.query(
            `INSERT INTO care_plan_step (tenant_id, goal_id, description, responsible_member_id, due_on, position)
             VALUES ($1, $2, $3, $4, $5, $6)`,
            [tenantId, goalId, s.description, memberIds[s.responsible], date(s.dueDaysAhead), si + 1],
          );
        }
      }
      for (const d of v.declined) {
        await manager.query(
          `INSERT INTO care_plan_declined_area (tenant_id, version_id, life_area_id, citizen_words) VALUES ($1, $2, $3, $4)`,
          [tenantId, versionId, area(d.area), d.words],
        );
      }
      if (v.status === 'agreed') {
        const agreedAt = at(-v.agreedDaysAgo!, '12:00');
        await manager.query(
          `UPDATE care_plan_version SET status = 'agreed', agreed_on = $2, agreed_how = $3, participants = $4,
                  agreed_by = $5, agreed_at = $6, updated_at = $6
            WHERE id = $1`,
          [versionId, date(-v.agreedDaysAgo!), v.agreedHow, v.participants, primaryUser, agreedAt],
        );
      }
      previous = versionId;
    }
    if (c.planVersions.some((v) => v.status === 'agreed')) carePlans++;
  }

  // ---- visits (bulk) ----
  const visitRows = activity.citizens.flatMap((c) =>
    c.visits.map((v) => {
      const start = at(v.day, v.start);
      const end = new Date(start.getTime() + v.minutes * 60_000);
      const o = v.outcome;
      return {
        id: randomUUID(),
        citizenId: citizenIds[c.citizen],
        start,
        end,
        v,
        loggedAt: o ? new Date(end.getTime() + 60 * 60_000) : null,
        loggedBy: o ? memberUserIds[v.members[0]] : null,
        createdAt: new Date(Math.min(start.getTime() - 7 * DAY_MS, now.getTime() - DAY_MS)),
      };
    }),
  );
  if (visitRows.length) {
    await manager.query(
      `INSERT INTO visit (id, tenant_id, citizen_id, planned_start, planned_end, place_kind, place_text, purpose, outcome,
                          actual_minutes, face_to_face, outcome_note, outcome_logged_at, outcome_logged_by, created_by, created_at, updated_at)
       SELECT id, $1, citizen_id, ps, pe, pk, pt, pu, oc, am, ff, onote, ola, olb, cb, ca, coalesce(ola, ca)
         FROM unnest($2::uuid[], $3::uuid[], $4::timestamptz[], $5::timestamptz[], $6::visit_place_kind[], $7::text[], $8::text[],
                     $9::visit_outcome[], $10::int[], $11::boolean[], $12::text[], $13::timestamptz[], $14::uuid[], $15::uuid[], $16::timestamptz[])
           AS t(id, citizen_id, ps, pe, pk, pt, pu, oc, am, ff, onote, ola, olb, cb, ca)`,
      [
        tenantId,
        visitRows.map((r) => r.id),
        visitRows.map((r) => r.citizenId),
        visitRows.map((r) => r.start),
        visitRows.map((r) => r.end),
        visitRows.map((r) => r.v.place),
        visitRows.map((r) => r.v.placeText),
        visitRows.map((r) => r.v.purpose),
        visitRows.map((r) => r.v.outcome?.kind ?? null),
        visitRows.map((r) => r.v.outcome?.actualMinutes ?? null),
        visitRows.map((r) => r.v.outcome?.faceToFace ?? null),
        visitRows.map((r) => r.v.outcome?.note ?? null),
        visitRows.map((r) => r.loggedAt),
        visitRows.map((r) => r.loggedBy),
        visitRows.map((r) => memberUserIds[r.v.members[0]]),
        visitRows.map((r) => r.createdAt),
      ],
    );
    const links = visitRows.flatMap((r) => r.v.members.map((m) => [r.id, memberIds[m]] as const));
    await manager.query(
      `INSERT INTO visit_member (visit_id, member_id, tenant_id) SELECT v, m, $1 FROM unnest($2::uuid[], $3::uuid[]) AS t(v, m)`,
      [tenantId, links.map((l) => l[0]), links.map((l) => l[1])],
    );
  }

  // ---- the team board ----
  for (const b of activity.board) {
    const [entry] = await manager.query<Array<{ id: string }>>(
      `INSERT INTO team_board_entry (tenant_id, team_id, citizen_id, reason, placed_on, placed_by, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [tenantId, teamId, citizenIds[b.citizen], b.reason, date(-b.placedDaysAgo), leaderUserId, at(-b.placedDaysAgo, '10:30')],
    );
    for (const contact of b.contacts) {
      await manager.query(
        `INSERT INTO team_board_contact (tenant_id, entry_id, member_id, agreement, created_at) VALUES ($1, $2, $3, $4, $5)`,
        [tenantId, entry.id, memberIds[contact.member], contact.agreement, at(-b.placedDaysAgo, '10:30')],
      );
    }
    for (const [i, text] of b.notes.entries()) {
      await manager.query(
        `INSERT INTO team_board_note (tenant_id, entry_id, text, written_by, created_at) VALUES ($1, $2, $3, $4, $5)`,
        [tenantId, entry.id, text, memberUserIds[b.contacts[0].member], at(-(b.notes.length - i), '15:00')],
      );
    }
  }

  // ---- meetings: rhythm, last week's meeting (held), next week's meeting (agenda left to the API) ----
  const { rhythm, lastMeeting } = activity;
  await manager.query(
    `INSERT INTO team_meeting_rhythm (tenant_id, team_id, cadence, weekday, start_time, end_time, place, review_every_meetings, updated_by)
     VALUES ($1, $2, 'weekly', $3, $4, $5, $6, 4, $7)`,
    [tenantId, teamId, rhythm.weekday, rhythm.startTime, rhythm.endTime, rhythm.place, leaderUserId],
  );
  const weekStart = isoWeekStart(date(0));
  const lastDay = addDays(weekStart, -7 + rhythm.weekday - 1);
  const nextDay = addDays(weekStart, 7 + rhythm.weekday - 1);
  const lastStart = copenhagenWallTimeToUtc(lastDay, rhythm.startTime);
  const lastEnd = copenhagenWallTimeToUtc(lastDay, rhythm.endTime);
  const [held] = await manager.query<Array<{ id: string }>>(
    `INSERT INTO team_meeting (tenant_id, team_id, starts_at, ends_at, place, agenda_prepared_at, held_at, created_by, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $4, $7, $8) RETURNING id`,
    [tenantId, teamId, lastStart, lastEnd, rhythm.place, new Date(lastStart.getTime() - DAY_MS), leaderUserId, new Date(lastStart.getTime() - 7 * DAY_MS)],
  );
  const absent = new Set(lastMeeting.absent);
  await manager.query(
    `INSERT INTO team_meeting_attendance (tenant_id, meeting_id, member_id, present)
     SELECT $1, $2, m, p FROM unnest($3::uuid[], $4::boolean[]) AS t(m, p)`,
    [tenantId, held.id, [...memberIds], memberIds.map((_, i) => !absent.has(i))],
  );
  const during = new Date(lastStart.getTime() + 45 * 60_000);
  for (const [i, item] of lastMeeting.items.entries()) {
    const citizenId = item.citizen === null ? null : citizenIds[item.citizen];
    const [row] = await manager.query<Array<{ id: string }>>(
      `INSERT INTO team_meeting_item (tenant_id, meeting_id, citizen_id, source, reason, title, position, added_by, note, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
      [tenantId, held.id, citizenId, item.source, item.reason, item.title, i + 1, item.source === 'member' ? leaderUserId : null, item.note,
        item.source === 'member' ? lastStart : new Date(lastStart.getTime() - DAY_MS)],
    );
    for (const text of item.decisions) {
      await manager.query(
        `INSERT INTO meeting_decision (tenant_id, team_id, meeting_id, item_id, citizen_id, text, decided_by, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [tenantId, teamId, held.id, row.id, citizenId, text, leaderUserId, during],
      );
    }
    for (const t of item.tasks) {
      const assigneeUser = memberUserIds[t.assignee];
      await manager.query(
        `INSERT INTO follow_up_task (tenant_id, team_id, meeting_id, item_id, citizen_id, assignee_member_id, description, due_date,
                                     done_at, done_by, created_by, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
        [tenantId, teamId, held.id, row.id, citizenId, memberIds[t.assignee], t.description, date(t.dueDaysAhead),
          t.done ? at(-1, '14:00') : null, t.done ? assigneeUser : null, leaderUserId, during],
      );
    }
  }
  await manager.query(
    `INSERT INTO team_meeting (tenant_id, team_id, starts_at, ends_at, place, created_by, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [tenantId, teamId, copenhagenWallTimeToUtc(nextDay, rhythm.startTime), copenhagenWallTimeToUtc(nextDay, rhythm.endTime), rhythm.place, leaderUserId, lastEnd],
  );

  // ---- function descriptions ----
  for (const r of activity.functionRoles) {
    const [role] = await manager.query<Array<{ id: string }>>(
      `INSERT INTO function_role (tenant_id, team_id, title, discipline) VALUES ($1, $2, $3, $4) RETURNING id`,
      [tenantId, teamId, r.title, r.discipline],
    );
    await manager.query(
      `INSERT INTO function_description (tenant_id, role_id, version, purpose, tasks_outreach, tasks_plan, tasks_support, tasks_transition,
                                         professional_competences, personal_competences, written_by)
       VALUES ($1, $2, 1, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [tenantId, role.id, r.purpose, r.tasksOutreach, r.tasksPlan, r.tasksSupport, r.tasksTransition, r.professionalCompetences, r.personalCompetences, leaderUserId],
    );
    for (const m of r.members) {
      await manager.query(`INSERT INTO member_function_role (tenant_id, member_id, role_id, linked_by) VALUES ($1, $2, $3, $4)`, [
        tenantId,
        memberIds[m],
        role.id,
        leaderUserId,
      ]);
    }
  }

  return { carePlans, visits: visitRows.length, meetings: 2 };
}
