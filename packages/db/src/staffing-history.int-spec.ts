/**
 * The staffing history in the database (ADR 0025): spans follow the member row, never overlap,
 * a member leaves only without open contacts and gets no new ones afterwards, and "current"
 * means no last day yet or one not past.
 */
import type { Client } from 'pg';
import { appClient, attempt, inTenant, closeOwnerDataSource, createTestTenant, type TestTenant } from './testing';

let app: Client;
let t: TestTenant;

beforeAll(async () => {
  t = await createTestTenant();
  app = await appClient();
});

afterAll(async () => {
  await app.end();
  await closeOwnerDataSource();
});

type Span = { valid_from: string; valid_to: string | null; fte: string; discipline: string; end_reason: string | null };

async function spans(memberId: string): Promise<Span[]> {
  const { rows } = await app.query<Span>(
    `SELECT to_char(valid_from, 'YYYY-MM-DD') AS valid_from, to_char(valid_to, 'YYYY-MM-DD') AS valid_to, fte::text AS fte,
            discipline::text AS discipline, end_reason::text AS end_reason
     FROM team_member_span WHERE member_id = $1 ORDER BY valid_from`,
    [memberId],
  );
  return rows;
}

async function today(): Promise<string> {
  const { rows } = await app.query<{ d: string }>(`SELECT to_char(copenhagen_today(), 'YYYY-MM-DD') AS d`);
  return rows[0].d;
}

async function newMember(joinedOn: string, fte = 1): Promise<string> {
  const { rows } = await app.query<{ id: string }>(
    `INSERT INTO app_user (tenant_id, email, name, role, password_hash)
     VALUES ($1, gen_random_uuid()::text || '@test.dk', 'Test historik', 'team_member', 'x') RETURNING id`,
    [t.tenantId],
  );
  const member = await app.query<{ id: string }>(
    `INSERT INTO team_member (tenant_id, team_id, user_id, discipline, fte, joined_on) VALUES ($1, $2, $3, 'nursing', $4, $5) RETURNING id`,
    [t.tenantId, t.team.id, rows[0].id, fte, joinedOn],
  );
  return member.rows[0].id;
}

it('back-filled and new members have one open span from their first day', async () => {
  await inTenant(app, t.tenantId, async () => {
    const existing = await spans(t.member.memberId);
    expect(existing).toEqual([{ valid_from: await today(), valid_to: null, fte: '0.80', discipline: 'nursing', end_reason: null }]);
    const id = await newMember('2025-01-15', 0.5);
    expect(await spans(id)).toEqual([{ valid_from: '2025-01-15', valid_to: null, fte: '0.50', discipline: 'nursing', end_reason: null }]);
  });
});

it('an FTE change without a date starts a new span today; one written by the API first is kept as written', async () => {
  await inTenant(app, t.tenantId, async () => {
    const d = await today();
    const id = await newMember('2025-01-15', 1);
    await app.query(`UPDATE team_member SET fte = 0.6 WHERE id = $1`, [id]);
    const after = await spans(id);
    expect(after).toHaveLength(2);
    expect(after[1]).toMatchObject({ valid_from: d, valid_to: null, fte: '0.60' });
    expect(after[0].fte).toBe('1.00');

    // From a date in the past: the API closes the open span and opens the next, then sets the row.
    const other = await newMember('2025-01-15', 1);
    await app.query(`UPDATE team_member_span SET valid_to = '2025-05-31' WHERE member_id = $1`, [other]);
    await app.query(`INSERT INTO team_member_span (tenant_id, member_id, valid_from, fte, discipline) VALUES ($1, $2, '2025-06-01', 0.5, 'nursing')`, [t.tenantId, other]);
    await app.query(`UPDATE team_member SET fte = 0.5 WHERE id = $1`, [other]);
    await app.query(`SET CONSTRAINTS ALL IMMEDIATE`);
    expect((await spans(other)).map((s) => [s.valid_from, s.valid_to, s.fte])).toEqual([
      ['2025-01-15', '2025-05-31', '1.00'],
      ['2025-06-01', null, '0.50'],
    ]);
  });
});

it('refuses overlapping spans and a last day before the first', async () => {
  const id = await inTenant(app, t.tenantId, () => newMember('2025-01-15'), { commit: true });
  await expect(
    inTenant(app, t.tenantId, async () => {
      await app.query(`INSERT INTO team_member_span (tenant_id, member_id, valid_from, fte, discipline) VALUES ($1, $2, '2025-03-01', 0.5, 'nursing')`, [t.tenantId, id]);
      await app.query(`SET CONSTRAINTS ALL IMMEDIATE`);
    }),
  ).rejects.toThrow('MEMBER_SPANS_OVERLAP');
  const early = await attempt(app, t.tenantId, `UPDATE team_member SET left_on = '2025-01-14', leave_reason = 'resigned' WHERE id = $1`, [id]);
  expect(early).toMatchObject({ ok: false, code: '23514' });
  const noReason = await attempt(app, t.tenantId, `UPDATE team_member SET left_on = '2025-03-14' WHERE id = $1`, [id]);
  expect(noReason).toMatchObject({ ok: false, code: '23514' });
});

it('ending closes the open span with the reason; the member stays current through the last day', async () => {
  await inTenant(app, t.tenantId, async () => {
    const d = await today();
    const id = await newMember('2025-01-15');
    await app.query(`UPDATE team_member SET left_on = $2, leave_reason = 'retired' WHERE id = $1`, [id, d]);
    expect(await spans(id)).toEqual([{ valid_from: '2025-01-15', valid_to: d, fte: '1.00', discipline: 'nursing', end_reason: 'retired' }]);
    const current = await app.query(`SELECT member_is_current(left_on) AS c FROM team_member WHERE id = $1`, [id]);
    expect(current.rows[0].c).toBe(true);
    await app.query(`UPDATE team_member SET left_on = $2::date - 1 WHERE id = $1`, [id, d]);
    const past = await app.query(`SELECT member_is_current(left_on) AS c FROM team_member WHERE id = $1`, [id]);
    expect(past.rows[0].c).toBe(false);
  });
});

it('a member with open contacts cannot leave, and one who has left gets no new contact', async () => {
  await inTenant(app, t.tenantId, async () => {
    await app.query(`INSERT INTO primary_assignment (tenant_id, citizen_id, member_id) VALUES ($1, $2, $3)`, [t.tenantId, t.citizen.id, t.member.memberId]);
    await expect(app.query(`UPDATE team_member SET left_on = copenhagen_today(), leave_reason = 'resigned' WHERE id = $1`, [t.member.memberId])).rejects.toThrow(
      'MEMBER_LEAVING_WITH_OPEN_CONTACTS',
    );
  });
  await inTenant(app, t.tenantId, async () => {
    await app.query(`UPDATE team_member SET left_on = copenhagen_today(), leave_reason = 'resigned' WHERE id = $1`, [t.member.memberId]);
    await expect(app.query(`INSERT INTO primary_assignment (tenant_id, citizen_id, member_id) VALUES ($1, $2, $3)`, [t.tenantId, t.citizen.id, t.member.memberId])).rejects.toThrow(
      'MEMBER_HAS_LEFT',
    );
  });
});
