/**
 * Notifications through GraphQL, against the real database: the viewer's own only (another
 * user's is NOT_FOUND), newest first with keyset pages, the unread count, mark read (idempotent)
 * and mark all read, the text written at read time under the reader's access rules, and the
 * settings per kind and channel with defaults.
 */
import { ownerDataSource, type TestTenant } from '@act/db/testing';
import { type ApiHarness } from '../testing/api-harness';
import { useApiSuite } from '../testing/api-suite';
import { accessLogRows, type Cookies, errorCodes, tenantChecksum } from '../testing/db-state';

const NODE = 'id kind title text link occursAt createdAt readAt';
const LIST = `query($first: Int!, $after: String, $unreadOnly: Boolean! = false) {
  notifications(first: $first, after: $after, unreadOnly: $unreadOnly) { totalCount pageInfo { hasNextPage endCursor } edges { node { ${NODE} } } } }`;
const COUNT = `query { unreadNotificationCount }`;
const READ = `mutation($id: ID!) { markNotificationRead(id: $id) { ${NODE} } }`;
const READ_ALL = `mutation { markAllNotificationsRead }`;
const PREFS = `query { notificationPreferences { kind title channel enabled defaultEnabled } }`;
const SET_PREF = `mutation($input: SetNotificationPreferenceInput!) { setNotificationPreference(input: $input) { kind channel enabled defaultEnabled } }`;

interface Node {
  id: string;
  kind: string;
  title: string;
  text: string;
  link: string | null;
  readAt: string | null;
}

describe('notifications through GraphQL', () => {
  let api: ApiHarness;
  let t: TestTenant;
  let c: Cookies;
  useApiSuite((s) => ({ api, t, c } = s));

  const ok = async (query: string, variables: Record<string, unknown>, cookie: string) => {
    const res = await api.gql(query, variables, cookie);
    expect(res.errors).toBeUndefined();
    return res.data!;
  };
  let seq = 0;
  /** Writes a notification as the worker would (owner role); created one second apart, oldest first. */
  const notify = async (userId: string, kind: string, fields: { subjectId?: string; teamId?: string; itemCount?: number } = {}) => {
    seq += 1;
    const [row] = await (await ownerDataSource()).query(
      `INSERT INTO notification (tenant_id, user_id, kind, subject_id, team_id, item_count, occurs_at, dedupe_key, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, now(), $7, now() - make_interval(secs => 1000 - $8::int)) RETURNING id`,
      [t.tenantId, userId, kind, fields.subjectId ?? null, fields.teamId ?? null, fields.itemCount ?? null, `test:${kind}:${seq}:${userId}`, seq],
    );
    return row.id as string;
  };
  const list = async (cookie: string, first = 50, after?: string) =>
    (await ok(LIST, { first, after }, cookie)).notifications as { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: Array<{ node: Node }> };

  it('renders each kind from its subject, newest first, and logs the citizen it names', async () => {
    const owner = await ownerDataSource();
    const [series] = await owner.query(
      `INSERT INTO meeting_series (tenant_id, kind, team_id, title, rrule, start_date, start_time, duration_minutes, place, materialised_until, created_by)
       VALUES ($1, 'supervision', $2, 'Supervision', 'FREQ=MONTHLY;BYDAY=2TH', '2030-12-12', '13:00', 90, 'Mødelokalet', '2030-12-12', $3) RETURNING id`,
      [t.tenantId, t.team.id, t.leader.id],
    );
    const [occurrence] = await owner.query(
      `INSERT INTO meeting_occurrence (tenant_id, series_id, kind, team_id, original_date, starts_at, ends_at, place)
       VALUES ($1, $2, 'supervision', $3, '2030-12-12', '2030-12-12T12:00:00Z', '2030-12-12T13:30:00Z', 'Mødelokalet') RETURNING id`,
      [t.tenantId, series.id, t.team.id],
    );
    const plan = (await ok(`mutation($i: CitizenRefInput!) { startCarePlanDraft(input: $i) { id } }`, { i: { citizenId: t.citizen.id } }, c.member)).startCarePlanDraft;
    const ids = {
      meeting: await notify(t.member.id, 'supervision_upcoming', { subjectId: occurrence.id, teamId: t.team.id }),
      plan: await notify(t.member.id, 'care_plan_follow_up_due', { subjectId: plan.id, teamId: t.team.id }),
      notSeen: await notify(t.member.id, 'citizens_not_seen', { teamId: t.team.id, itemCount: 3 }),
      supervision: await notify(t.leader.id, 'supervision_overdue', { subjectId: t.member.memberId, teamId: t.team.id }),
    };

    const res = await api.gql(LIST, { first: 50 }, c.member);
    expect(res.errors).toBeUndefined();
    expect(res.data!.notifications.edges.map((e: { node: Node }) => e.node)).toEqual([
      expect.objectContaining({ id: ids.notSeen, kind: 'CITIZENS_NOT_SEEN', text: '3 borgere er ikke set i over 7 dage', link: `/teams/${t.team.id}/visits`, readAt: null }),
      expect.objectContaining({ id: ids.plan, kind: 'CARE_PLAN_FOLLOW_UP_DUE', text: `Planen for ${t.citizen.name} skal følges op`, link: `/citizens/${t.citizen.id}/plan` }),
      expect.objectContaining({
        id: ids.meeting,
        kind: 'SUPERVISION_UPCOMING',
        title: 'Supervision',
        text: 'Supervision torsdag den 12. december 2030 kl. 13.00',
        link: `/occurrences/${occurrence.id}`,
      }),
    ]);
    const rows = await accessLogRows(res.headers.get('x-request-id')!);
    expect(rows.map((r) => [r.operation, r.citizen_id])).toEqual([['citizen.list', t.citizen.id]]);

    const leaders = (await list(c.leader)).edges.map((e) => e.node);
    expect(leaders).toEqual([expect.objectContaining({ id: ids.supervision, text: `${t.member.name} har ikke haft supervision i over 42 dage` })]);
  });

  it('never shows what the reader may not see: the same subjects to a member of another team give the kind only', async () => {
    const plan = (await ok(`query($id: ID!) { citizen(id: $id) { carePlan { draft { id } } } }`, { id: t.citizen.id }, c.member)).citizen.carePlan.draft;
    const id = await notify(t.otherMember.id, 'care_plan_follow_up_due', { subjectId: plan.id, teamId: t.team.id });
    await notify(t.otherMember.id, 'supervision_overdue', { subjectId: t.member.memberId, teamId: t.team.id });
    const res = await api.gql(LIST, { first: 50 }, c.otherMember);
    const nodes = res.data!.notifications.edges.map((e: { node: Node }) => e.node);
    expect(nodes.map((n: Node) => [n.text, n.link])).toEqual([
      ['Medarbejder mangler supervision', null],
      ['Opfølgning på indsatsplan', null],
    ]);
    expect(JSON.stringify(res.data)).not.toContain(t.citizen.name);
    expect(JSON.stringify(res.data)).not.toContain(t.member.name);
    expect(await accessLogRows(res.headers.get('x-request-id')!)).toEqual([]);
    expect(nodes[1].id).toBe(id);
  });

  it("refuses another user's notification as not found, and writes nothing", async () => {
    const theirs = await notify(t.leader.id, 'citizens_not_seen', { teamId: t.team.id, itemCount: 1 });
    const before = await tenantChecksum(t.tenantId);
    for (const cookie of [c.member, c.otherMember, c.steeringGroup, c.admin]) {
      expect(errorCodes(await api.gql(READ, { id: theirs }, cookie))).toEqual(['NOT_FOUND']);
    }
    expect(errorCodes(await api.gql(READ, { id: 'ikke-et-id' }, c.member))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await api.gql(COUNT, {}))).toEqual(['UNAUTHENTICATED']);
    expect({ ...(await tenantChecksum(t.tenantId)), user_session: null }).toEqual({ ...before, user_session: null });
    expect((await list(c.member)).edges.map((e) => e.node.id)).not.toContain(theirs);
  });

  it('counts unread, marks one read idempotently and all read at once', async () => {
    const unread = (await ok(COUNT, {}, c.member)).unreadNotificationCount as number;
    expect(unread).toBe(3);
    const [newest] = (await list(c.member, 1, undefined)).edges;
    const first = (await ok(READ, { id: newest.node.id }, c.member)).markNotificationRead as Node;
    expect(first.readAt).not.toBeNull();
    const again = (await ok(READ, { id: newest.node.id }, c.member)).markNotificationRead as Node;
    expect(again.readAt).toBe(first.readAt);
    expect((await ok(COUNT, {}, c.member)).unreadNotificationCount).toBe(2);
    expect((await ok(LIST, { first: 50, unreadOnly: true }, c.member)).notifications.totalCount).toBe(2);
    // The leader's unread are theirs: marking the member's changes nothing for them.
    expect((await ok(COUNT, {}, c.leader)).unreadNotificationCount).toBe(2);

    expect((await ok(READ_ALL, {}, c.member)).markAllNotificationsRead).toBe(2);
    expect((await ok(READ_ALL, {}, c.member)).markAllNotificationsRead).toBe(0);
    expect((await ok(COUNT, {}, c.member)).unreadNotificationCount).toBe(0);
    expect((await ok(COUNT, {}, c.leader)).unreadNotificationCount).toBe(2);
  });

  it('pages newest first without gaps or repeats, and refuses a forged cursor', async () => {
    for (let i = 0; i < 5; i++) await notify(t.steeringGroup.id, 'steering_meeting_upcoming');
    const seen: string[] = [];
    let after: string | undefined;
    for (;;) {
      const page = await list(c.steeringGroup, 2, after);
      expect(page.totalCount).toBe(5);
      seen.push(...page.edges.map((e) => e.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(5);
    expect(new Set(seen).size).toBe(5);
    const forged = Buffer.from(JSON.stringify(["'; DROP TABLE notification; --", seen[0]])).toString('base64url');
    expect(errorCodes(await api.gql(LIST, { first: 2, after: forged }, c.steeringGroup))).toEqual(['BAD_USER_INPUT']);
  });

  it('lists the settings each role can receive with defaults, and stores only changes', async () => {
    const member = (await ok(PREFS, {}, c.member)).notificationPreferences as Array<{ kind: string; channel: string; enabled: boolean; defaultEnabled: boolean }>;
    expect(member).toContainEqual({ kind: 'CITIZENS_NOT_SEEN', title: 'Borgere der ikke er set', channel: 'EMAIL', enabled: false, defaultEnabled: false });
    expect(member).toContainEqual({ kind: 'MEETING_UPCOMING', title: 'Teammøde', channel: 'IN_APP', enabled: true, defaultEnabled: true });
    expect(member.map((p) => p.kind)).not.toContain('SUPERVISION_OVERDUE');
    expect(member.map((p) => p.kind)).not.toContain('STEERING_MEETING_UPCOMING');
    expect((await ok(PREFS, {}, c.steeringGroup)).notificationPreferences.map((p: { kind: string }) => p.kind)).toEqual([
      'STEERING_MEETING_UPCOMING',
      'STEERING_MEETING_UPCOMING',
    ]);

    const owner = await ownerDataSource();
    const stored = async () =>
      owner.query(`SELECT kind, channel, enabled FROM notification_preference WHERE user_id = $1`, [t.member.id]);
    const on = { kind: 'CITIZENS_NOT_SEEN', channel: 'EMAIL', enabled: true };
    expect((await ok(SET_PREF, { input: on }, c.member)).setNotificationPreference).toEqual({ ...on, defaultEnabled: false });
    expect(await stored()).toEqual([{ kind: 'citizens_not_seen', channel: 'email', enabled: true }]);
    expect((await ok(PREFS, {}, c.member)).notificationPreferences).toContainEqual({ ...on, title: 'Borgere der ikke er set', defaultEnabled: false });
    await ok(SET_PREF, { input: { ...on, enabled: false } }, c.member);
    expect(await stored()).toEqual([]);

    const bad = await api.gql(SET_PREF, { input: { kind: 'NOGET_ANDET', channel: 'EMAIL', enabled: true } }, c.member);
    expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
  });
});
