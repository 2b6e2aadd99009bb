/**
 * Ending a citizen's course (issue 14, gap 1): the team leader ends it with a date and why, in one
 * transaction — the citizen is ENDED, the primary and secondary contacts end on that date with the
 * end kind kept for the fidelity model's retention, standing visits stop and planned visits after
 * now are removed; past visits stay. Refusals change nothing.
 */
import { CitizenStatus, VisitOutcome } from '@act/db';
import { addDays, toCopenhagenIsoDate } from '@act/domain';
import { closeOwnerDataSource, createCitizen, createTestTenant, createVisit, ownerDataSource, type TestTenant } from '@act/db/testing';
import { type ApiHarness, startApi } from '../testing/api-harness';
import { errorCodes, looksDanish, tenantChecksum } from '../testing/db-state';

const END = `mutation($input: EndCitizenCourseInput!) {
  endCitizenCourse(input: $input) { removedVisits stoppedSeries citizen { id status statusReason primaryContact { id } secondaryContacts { id } primaryContactHistory { endKind } } }
}`;
const DAY = 86_400_000;

jest.setTimeout(90_000);

describe('ending a citizen course', () => {
  let api: ApiHarness;
  let t: TestTenant;
  let leader: string;
  let member: string;

  beforeAll(async () => {
    api = await startApi();
    t = await createTestTenant();
    leader = await api.login(t.leader.email, t.password);
    member = await api.login(t.member.email, t.password);
  });
  afterAll(async () => {
    await api?.close();
    await closeOwnerDataSource();
  });

  /** An active citizen with a primary contact (from 30 days ago), a secondary one, a series and visits. */
  async function activeCitizen() {
    const owner = await ownerDataSource();
    const citizen = (await createCitizen(owner, t.tenantId, t.team.id, { status: CitizenStatus.Active })).id;
    await owner.query(`INSERT INTO primary_assignment (tenant_id, citizen_id, member_id, started_at) VALUES ($1, $2, $3, now() - interval '30 days')`, [
      t.tenantId,
      citizen,
      t.member.memberId,
    ]);
    await owner.query(`INSERT INTO secondary_contact (tenant_id, citizen_id, member_id, started_at) VALUES ($1, $2, $3, now() - interval '30 days')`, [
      t.tenantId,
      citizen,
      t.leader.memberId,
    ]);
    const [series] = await owner.query(
      `INSERT INTO visit_series (tenant_id, citizen_id, rrule, start_date, start_time, duration_minutes, place_kind, materialised_until)
       VALUES ($1, $2, 'FREQ=WEEKLY;INTERVAL=1;BYDAY=TU', current_date - 20, '10:00', 60, 'home', current_date + 20) RETURNING id`,
      [t.tenantId, citizen],
    );
    const now = Date.now();
    const visit = (start: Date, outcome: VisitOutcome | null = null) =>
      createVisit(owner, t.tenantId, { citizenId: citizen, memberIds: [t.member.memberId], start, outcome });
    const ids = {
      done: await visit(new Date(now - 5 * DAY), VisitOutcome.Done),
      pastUnlogged: await visit(new Date(now - 2 * DAY)),
      future: await visit(new Date(now + 3 * DAY)),
      futureOfSeries: await visit(new Date(now + 6 * DAY)),
    };
    await owner.query(`UPDATE visit SET series_id = $1, series_date = current_date + 6 WHERE id = $2`, [series.id, ids.futureOfSeries]);
    return { citizen, seriesId: series.id as string, ids };
  }

  it('ends everything a team expects on the date, in one go', async () => {
    const owner = await ownerDataSource();
    const { citizen, seriesId, ids } = await activeCitizen();
    const endedOn = addDays(toCopenhagenIsoDate(new Date()), -3);
    const res = await api.gql(END, { input: { citizenId: citizen, endedOn, endKind: 'MOVED_AWAY', note: 'Flyttet til Aarhus' } }, leader);
    expect(res.errors).toBeUndefined();
    expect(res.data!.endCitizenCourse).toEqual({
      removedVisits: 2,
      stoppedSeries: 1,
      citizen: { id: citizen, status: 'ENDED', statusReason: 'Flyttet til Aarhus', primaryContact: null, secondaryContacts: [], primaryContactHistory: [{ endKind: 'MOVED_AWAY' }] },
    });
    const [pa] = await owner.query(
      `SELECT to_char((ended_at AT TIME ZONE 'Europe/Copenhagen')::date, 'YYYY-MM-DD') AS ended_on, end_kind::text FROM primary_assignment WHERE citizen_id = $1`,
      [citizen],
    );
    expect(pa).toEqual({ ended_on: endedOn, end_kind: 'moved_away' });
    const [sc] = await owner.query(
      `SELECT to_char((ended_at AT TIME ZONE 'Europe/Copenhagen')::date, 'YYYY-MM-DD') AS ended_on FROM secondary_contact WHERE citizen_id = $1`,
      [citizen],
    );
    expect(sc).toEqual({ ended_on: endedOn });
    const [series] = await owner.query(`SELECT stopped_at IS NOT NULL AS stopped FROM visit_series WHERE id = $1`, [seriesId]);
    expect(series.stopped).toBe(true);
    const left: Array<{ id: string }> = await owner.query(`SELECT id FROM visit WHERE citizen_id = $1 ORDER BY planned_start`, [citizen]);
    expect(left.map((v) => v.id)).toEqual([ids.done, ids.pastUnlogged]);
    // Access-logged: the read under the lock, the contact's end, the visits' end, the update.
    const ops: Array<{ operation: string }> = await owner.query(`SELECT operation FROM access_log WHERE citizen_id = $1 ORDER BY operation`, [citizen]);
    expect(ops.map((o) => o.operation)).toEqual(expect.arrayContaining(['citizen.read', 'citizen.unassign', 'citizen.update', 'visit.series.stop']));

    // Ending again is refused in Danish and changes nothing.
    const before = await tenantChecksum(t.tenantId);
    const again = await api.gql(END, { input: { citizenId: citizen, endedOn, endKind: 'OTHER' } }, leader);
    expect(errorCodes(again)).toEqual(['BAD_USER_INPUT']);
    expect(looksDanish(again.errors![0].message)).toBe(true);
    expect(await tenantChecksum(t.tenantId)).toEqual(before);
  });

  it('today ends the contacts now; a paused citizen whose contact already ended keeps the reason on the last contact', async () => {
    const owner = await ownerDataSource();
    const { citizen } = await activeCitizen();
    const today = toCopenhagenIsoDate(new Date());
    const res = await api.gql(END, { input: { citizenId: citizen, endedOn: today, endKind: 'DIED' } }, leader);
    expect(res.errors).toBeUndefined();
    const [pa] = await owner.query(`SELECT ended_at > now() - interval '1 hour' AS recent, end_kind::text FROM primary_assignment WHERE citizen_id = $1`, [citizen]);
    expect(pa).toEqual({ recent: true, end_kind: 'died' });
    expect(res.data!.endCitizenCourse.citizen.statusReason).toBeNull();

    const paused = (await createCitizen(owner, t.tenantId, t.team.id, { status: CitizenStatus.Paused })).id;
    await owner.query(
      `INSERT INTO primary_assignment (tenant_id, citizen_id, member_id, started_at, ended_at, end_reason) VALUES ($1, $2, $3, now() - interval '60 days', now() - interval '10 days', 'Pause')`,
      [t.tenantId, paused, t.member.memberId],
    );
    const ended = await api.gql(END, { input: { citizenId: paused, endedOn: today, endKind: 'COMPLETED' } }, leader);
    expect(ended.errors).toBeUndefined();
    expect(await owner.query(`SELECT end_kind::text FROM primary_assignment WHERE citizen_id = $1`, [paused])).toEqual([{ end_kind: 'completed' }]);
  });

  it('refuses a future date, a date before the contact began, and a member — in Danish, changing nothing', async () => {
    const { citizen } = await activeCitizen();
    const before = await tenantChecksum(t.tenantId);
    const today = toCopenhagenIsoDate(new Date());
    const future = await api.gql(END, { input: { citizenId: citizen, endedOn: addDays(today, 1), endKind: 'COMPLETED' } }, leader);
    expect(errorCodes(future)).toEqual(['BAD_USER_INPUT']);
    expect(future.errors![0].extensions).toMatchObject({ field: 'endedOn' });
    const early = await api.gql(END, { input: { citizenId: citizen, endedOn: addDays(today, -40), endKind: 'COMPLETED' } }, leader);
    expect(errorCodes(early)).toEqual(['BAD_USER_INPUT']);
    expect(looksDanish(early.errors![0].message)).toBe(true);
    const byMember = await api.gql(END, { input: { citizenId: citizen, endedOn: today, endKind: 'COMPLETED' } }, member);
    expect(errorCodes(byMember)).toEqual(['FORBIDDEN']);
    const otherTeam = await api.gql(END, { input: { citizenId: t.otherCitizen.id, endedOn: today, endKind: 'COMPLETED' } }, leader);
    expect(errorCodes(otherTeam)).toEqual(['FORBIDDEN']);
    expect(await tenantChecksum(t.tenantId)).toEqual(before);
  });
});
