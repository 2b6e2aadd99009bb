/**
 * Every audited operation leaves access-log rows (who, what, which citizen, which request), the
 * rows of a list are written by one INSERT, failed mutations change nothing but keep their rows, the admin can search
 * and extract the log, and the application role cannot alter it. Rows are read with the owner role.
 */
import {
  addTeamMember,
  appClient,
  attempt,
  createTeam,
  createTestTenant,
  ownerDataSource,
  shortId,
  type TestTenant,
  uniqueFictionalCpr,
} from '@act/db/testing';
import { type ApiHarness } from '../testing/api-harness';
import { useApiSuite } from '../testing/api-suite';
import type { AuditOperation } from './audit-entry';
import { PURPOSE_OF_OPERATION } from './audit-purpose';
import { accessLogRows, type Cookies, errorCodes, insertCitizens, loginAll, tenantChecksum } from '../testing/db-state';

const CITIZEN = `query($id: ID!) { citizen(id: $id) { id name } }`;
const CPR = `query($id: ID!) { citizenCpr(id: $id) }`;
const TEAM_CITIZENS = `query($id: ID!, $first: Int!) { team(id: $id) { citizens(first: $first) { edges { node { id } } } } }`;
const CREATE = `mutation($input: CreateCitizenInput!) { createCitizen(input: $input) { id version } }`;
const UPDATE = `mutation($input: UpdateCitizenInput!) { updateCitizen(input: $input) { id version } }`;
const SEARCH = `query($filter: AccessLogFilter, $first: Int!, $after: String) {
  accessLog(filter: $filter, first: $first, after: $after) {
    edges { cursor node { id occurredAt actorId actorName citizenId criterion operation requestId } }
    pageInfo { hasNextPage endCursor }
  } }`;
const SEARCH_PURPOSE = `query($filter: AccessLogFilter, $first: Int!) { accessLog(filter: $filter, first: $first) { edges { node { operation purpose } } } }`;
const EXTRACT = `query($cpr: String!) { accessLogExtract(cpr: $cpr) { id citizenId operation actorId requestId } }`;
const SEARCH_IDS = `query($filter: AccessLogFilter, $first: Int!) {
  accessLog(filter: $filter, first: $first) { edges { node { id citizenId citizenIds operation requestId } } } }`;
const EXTRACT_IDS = `query($cpr: String!) { accessLogExtract(cpr: $cpr) { id citizenId citizenIds operation } }`;

interface Entry {
  id: string;
  occurredAt: string;
  actorId: string | null;
  actorName: string | null;
  citizenId: string | null;
  criterion: string | null;
  operation: string;
  requestId: string;
}

describe('access log through the API', () => {
  let api: ApiHarness;
  let t: TestTenant;
  let c: Cookies;

  /** A POST like the browser's, with extra headers. */
  async function post(query: string, variables: Record<string, unknown>, cookie: string, headers: Record<string, string> = {}) {
    const res = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie, ...headers },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: any; errors?: any[] };
    return { status: res.status, body, requestId: res.headers.get('x-request-id') };
  }

  /** Runs one request and returns its rows, found by the request id the API answered with. */
  async function rowsOf(query: string, variables: Record<string, unknown>, cookie: string) {
    const res = await api.gql(query, variables, cookie);
    const requestId = res.headers.get('x-request-id');
    expect(requestId).toBeTruthy();
    return { res, rows: await accessLogRows(requestId!) };
  }

  useApiSuite((s) => ({ api, t, c } = s));

  describe('reads', () => {
    it('citizen(id) writes one citizen.read row with actor, tenant, citizen and the response x-request-id', async () => {
      const { res, rows } = await rowsOf(CITIZEN, { id: t.citizen.id }, c.leader);
      expect(res.data).toEqual({ citizen: { id: t.citizen.id, name: t.citizen.name } });
      expect(rows).toEqual([
        expect.objectContaining({
          tenant_id: t.tenantId,
          actor_user_id: t.leader.id,
          citizen_id: t.citizen.id,
          operation: 'citizen.read',
          request_id: res.headers.get('x-request-id'),
        }),
      ]);
    });

    it("stores the server's own request id, never the client's; a client's plain token is kept as a hint only (defect 2)", async () => {
      // Defect 2: a client-chosen x-request-id was stored as the request id, so entries could be forged or collide.
      const sent = `klient-${shortId()}-${shortId()}`;
      const first = await post(CITIZEN, { id: t.citizen.id }, c.member, { 'x-request-id': sent });
      const second = await post(CITIZEN, { id: t.citizen.id }, c.member, { 'x-request-id': sent });
      expect(first.requestId).toMatch(/^[0-9a-f-]{36}$/);
      expect(second.requestId).toMatch(/^[0-9a-f-]{36}$/);
      expect(second.requestId).not.toBe(first.requestId); // the same client id twice cannot collide
      expect(await accessLogRows(sent)).toEqual([]);
      const owner = await ownerDataSource();
      const hinted = await owner.query(`SELECT request_id, actor_user_id FROM access_log WHERE client_request_id = $1 ORDER BY id`, [sent]);
      expect(hinted).toEqual([
        { request_id: first.requestId, actor_user_id: t.member.id },
        { request_id: second.requestId, actor_user_id: t.member.id },
      ]);

      const bad = `bad id'; --${shortId()}`;
      const replaced = await post(CITIZEN, { id: t.citizen.id }, c.member, { 'x-request-id': bad });
      expect(replaced.requestId).toMatch(/^[0-9a-f-]{36}$/);
      expect(await owner.query(`SELECT client_request_id FROM access_log WHERE request_id = $1`, [replaced.requestId])).toEqual([
        { client_request_id: null },
      ]);
    });

    it('citizenCpr writes a citizen.cpr.reveal row', async () => {
      const { res, rows } = await rowsOf(CPR, { id: t.citizen.id }, c.member);
      expect(res.data).toEqual({ citizenCpr: t.citizen.cpr });
      expect(rows.filter((r) => r.operation === 'citizen.cpr.reveal')).toEqual([
        expect.objectContaining({ actor_user_id: t.member.id, citizen_id: t.citizen.id, tenant_id: t.tenantId }),
      ]);
    });

    it("a refused read of another team's citizen writes citizen.read.denied", async () => {
      const { res, rows } = await rowsOf(CITIZEN, { id: t.otherCitizen.id }, c.member);
      expect(errorCodes(res)).toEqual(['FORBIDDEN']);
      expect(rows.map((r) => [r.operation, r.actor_user_id, r.citizen_id])).toEqual([
        ['citizen.read.denied', t.member.id, t.otherCitizen.id],
      ]);
    });
  });

  describe('lists', () => {
    let teamId: string;
    let citizenIds: string[];

    beforeAll(async () => {
      const owner = await ownerDataSource();
      teamId = (await createTeam(owner, t.tenantId, `Listeteam ${shortId()}`)).id;
      await addTeamMember(owner, t.tenantId, teamId, t.leader.id);
      citizenIds = await insertCitizens(t.tenantId, teamId, 30, 'Listeborger');
      c.leader = await api.login(t.leader.email, t.password); // memberships are read at login/session time
    });

    it('team.citizens of N citizens writes one citizen.list row holding exactly the N citizens listed (ADR 0026)', async () => {
      for (const n of [3, 30]) {
        const { res, rows } = await rowsOf(TEAM_CITIZENS, { id: teamId, first: n }, c.leader);
        const listed = res.data!.team.citizens.edges.map((e: any) => e.node.id);
        expect(listed).toEqual(citizenIds.slice(0, n));
        expect(rows).toHaveLength(1);
        const [row] = rows;
        expect(row).toMatchObject({ operation: 'citizen.list', citizen_id: null, actor_user_id: t.leader.id });
        expect(row.criterion).toContain(`team:${teamId}`);
        // Exactly the citizens listed, each once, in the order they were shown.
        expect(row.citizen_ids).toEqual(listed);
      }
    });

    it('a list of one citizen keeps the one-citizen shape (citizen_id)', async () => {
      const { rows } = await rowsOf(TEAM_CITIZENS, { id: teamId, first: 1 }, c.leader);
      expect(rows.map((r) => [r.operation, r.citizen_id, r.citizen_ids])).toEqual([['citizen.list', citizenIds[0], null]]);
    });

    it('a citizen who was only part of a list is found by the search by citizen and in their extract', async () => {
      const listedOnly = citizenIds[7];
      const { res: listing, rows } = await rowsOf(TEAM_CITIZENS, { id: teamId, first: 10 }, c.leader);
      const [listRow] = rows;
      expect(listRow.citizen_ids).toContain(listedOnly);
      const owner = await ownerDataSource();
      expect(
        await owner.query(`SELECT count(*)::int AS n FROM access_log WHERE citizen_id = $1`, [listedOnly]),
      ).toEqual([{ n: 0 }]); // no row of the old shape names them: only the list's row does

      const found = await api.gql(SEARCH_IDS, { filter: { citizenId: listedOnly }, first: 100 }, c.admin);
      expect(found.errors).toBeUndefined();
      const entries = found.data!.accessLog.edges.map((e: any) => e.node);
      expect(entries.map((e: any) => e.id)).toContain(listRow.id);
      // Shown as it concerns that citizen: the list's other citizens are not carried into the answer.
      expect(entries.find((e: any) => e.id === listRow.id)).toMatchObject({
        citizenId: listedOnly,
        citizenIds: [listedOnly],
        operation: 'CITIZEN_LIST',
        requestId: listing.headers.get('x-request-id'),
      });

      const [{ cpr }] = await owner.query(`SELECT cpr FROM citizen WHERE id = $1`, [listedOnly]);
      const extract = await api.gql(EXTRACT_IDS, { cpr }, c.admin);
      expect(extract.errors).toBeUndefined();
      const extracted = extract.data!.accessLogExtract;
      expect(extracted.map((e: any) => e.id)).toContain(listRow.id);
      expect(extracted.find((e: any) => e.id === listRow.id)).toMatchObject({ citizenId: listedOnly, citizenIds: [listedOnly], operation: 'CITIZEN_LIST' });

      // An unfiltered search shows the list's row with all its citizens.
      const all = await api.gql(SEARCH_IDS, { filter: { operation: 'CITIZEN_LIST', actorId: t.leader.id }, first: 100 }, c.admin);
      expect(all.data!.accessLog.edges.map((e: any) => e.node).find((e: any) => e.id === listRow.id)).toMatchObject({
        citizenId: null,
        citizenIds: listRow.citizen_ids,
      });
    });

    it('writes the rows with one INSERT: 3 and 30 listed citizens cost the same number of statements', async () => {
      const list = (first: number) => api.countQueries(() => api.gql(TEAM_CITIZENS, { id: teamId, first }, c.leader));
      await list(3); // warm up (prepared metadata, pool)
      const three = await list(3);
      const thirty = await list(30);
      expect(thirty - three).toBe(0);
    });
  });

  describe('writes', () => {
    it('createCitizen writes citizen.create, updateCitizen writes citizen.update', async () => {
      const created = await rowsOf(
        CREATE,
        { input: { teamId: t.team.id, name: 'Ny Borger', cpr: uniqueFictionalCpr(t.tenantId) } },
        c.leader,
      );
      expect(created.res.errors).toBeUndefined();
      const id = created.res.data!.createCitizen.id as string;
      expect(created.rows.map((r) => [r.operation, r.citizen_id, r.actor_user_id])).toEqual([['citizen.create', id, t.leader.id]]);

      const updated = await rowsOf(UPDATE, { input: { id, name: 'Ny Borger Omdøbt', expectedVersion: 1 } }, c.member);
      expect(updated.res.errors).toBeUndefined();
      const ops = updated.rows.map((r) => r.operation);
      expect(ops).toContain('citizen.update');
      expect(updated.rows.every((r) => r.citizen_id === id && r.actor_user_id === t.member.id)).toBe(true);
    });

    it('a mutation refused for bad input writes no row and changes nothing', async () => {
      const before = await tenantChecksum(t.tenantId);
      const { res, rows } = await rowsOf(CREATE, { input: { teamId: t.team.id, name: 'Forkert', cpr: '310299-1234' } }, c.leader);
      expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'cpr' });
      expect(rows).toEqual([]);
      expect(await tenantChecksum(t.tenantId)).toEqual(before);
    });

    it('a mutation that read the citizen and then failed (stale version) changes nothing but keeps its rows, marked rolled back', async () => {
      const before = await tenantChecksum(t.tenantId);
      const { res, rows } = await rowsOf(UPDATE, { input: { id: t.citizen.id, name: 'For sent', expectedVersion: 999 } }, c.leader);
      expect(errorCodes(res)).toEqual(['CONFLICT']);
      expect(await tenantChecksum(t.tenantId)).toEqual(before);
      const owner = await ownerDataSource();
      const outcomes = await owner.query<Array<{ outcome: string }>>(`SELECT outcome FROM access_log WHERE id = ANY($1::bigint[])`, [rows.map((r) => r.id)]);
      expect(outcomes.every((r) => r.outcome === 'rolled_back')).toBe(true);
      expect(rows.every((r) => r.citizen_id === t.citizen.id && r.actor_user_id === t.leader.id)).toBe(true);
    });
  });

  describe('search and extract (admin)', () => {
    let s: TestTenant;
    let sc: Cookies;

    beforeAll(async () => {
      s = await createTestTenant();
      sc = await loginAll(api, s);
      for (let i = 0; i < 5; i++) await api.gql(CITIZEN, { id: s.citizen.id }, sc.member);
      await api.gql(CPR, { id: s.citizen.id }, sc.leader);
      await api.gql(CITIZEN, { id: s.otherCitizen.id }, sc.otherMember);
    });

    it('finds the rows of one citizen, newest first, with actor names', async () => {
      const owner = await ownerDataSource();
      const expected: Array<{ id: string }> = await owner.query(
        `SELECT id::text FROM access_log WHERE tenant_id = $1 AND (citizen_id = $2 OR citizen_ids @> ARRAY[$2]::uuid[]) ORDER BY occurred_at DESC, id DESC`,
        [s.tenantId, s.citizen.id],
      );
      const res = await api.gql(SEARCH, { filter: { citizenId: s.citizen.id }, first: 100 }, sc.admin);
      expect(res.errors).toBeUndefined();
      const edges: Entry[] = res.data!.accessLog.edges.map((e: any) => e.node);
      expect(edges.map((e) => e.id)).toEqual(expected.map((r) => r.id));
      expect(edges.length).toBeGreaterThanOrEqual(7); // 5 reads + read and reveal
      const times = edges.map((e) => Date.parse(e.occurredAt));
      expect([...times].sort((x, y) => y - x)).toEqual(times);
      expect(edges.every((e) => e.citizenId === s.citizen.id)).toBe(true);
      expect(edges.find((e) => e.operation === 'CITIZEN_CPR_REVEAL')).toMatchObject({ actorId: s.leader.id, actorName: s.leader.name });
      expect(edges.some((e) => e.citizenId === s.otherCitizen.id)).toBe(false);
    });

    it('logs the search itself with its criteria', async () => {
      const res = await api.gql(SEARCH, { filter: { citizenId: s.citizen.id, operation: 'CITIZEN_READ' }, first: 1 }, sc.admin);
      const rows = await accessLogRows(res.headers.get('x-request-id')!);
      expect(rows).toEqual([
        expect.objectContaining({ operation: 'access-log.search', actor_user_id: s.admin.id, citizen_id: s.citizen.id }),
      ]);
      expect(rows[0].criterion).toContain('operation:citizen.read');
    });

    it('pages with first/after through rows written by separate requests, without gaps or repeats', async () => {
      const filter = { citizenId: s.citizen.id, operation: 'CITIZEN_READ', actorId: s.member.id };
      const all = await api.gql(SEARCH, { filter, first: 100 }, sc.admin);
      const allIds = all.data!.accessLog.edges.map((e: any) => e.node.id);
      expect(allIds).toHaveLength(5);
      const seen: string[] = [];
      let after: string | null = null;
      const pages: number[] = [];
      for (let i = 0; i < 5; i++) {
        const page: any = await api.gql(SEARCH, { filter, first: 2, after }, sc.admin);
        expect(page.errors).toBeUndefined();
        const conn = page.data.accessLog;
        seen.push(...conn.edges.map((e: any) => e.node.id));
        pages.push(conn.edges.length);
        if (!conn.pageInfo.hasNextPage) break;
        after = conn.pageInfo.endCursor;
      }
      expect(pages).toEqual([2, 2, 1]);
      expect(seen).toEqual(allIds);
    });

    /*
     * Rows written by one request share occurred_at (the transaction's now(), with microseconds).
     * The search pages by the identity id, which orders rows as written, so no sibling row is
     * lost between pages (a cursor on occurred_at in milliseconds used to drop them). A list is
     * one row since ADR 0026, so the siblings are written here in one statement, as a request would.
     */
    it('pages through the rows of one request (same occurred_at) without losing rows', async () => {
      const owner = await ownerDataSource();
      const requestId = `paging-${shortId()}`;
      const written: Array<{ id: string }> = await owner.query(
        `INSERT INTO access_log (tenant_id, actor_user_id, citizen_id, operation, purpose, request_id)
         SELECT $1, $2, $3, 'task.list', 'planning', $4 FROM generate_series(1, 30) RETURNING id::text`,
        [s.tenantId, s.admin.id, s.citizen.id, requestId],
      );
      expect(written).toHaveLength(30);
      const [{ distinct }] = await owner.query(`SELECT count(DISTINCT occurred_at)::int AS distinct FROM access_log WHERE request_id = $1`, [
        requestId,
      ]);
      expect(distinct).toBe(1);

      const filter = { operation: 'TASK_LIST', actorId: s.admin.id };
      const seen: string[] = [];
      let after: string | null = null;
      for (let i = 0; i < 5; i++) {
        const page: any = await api.gql(SEARCH, { filter, first: 10, after }, sc.admin);
        seen.push(...page.data.accessLog.edges.map((e: any) => e.node.id));
        if (!page.data.accessLog.pageInfo.hasNextPage) break;
        after = page.data.accessLog.pageInfo.endCursor;
      }
      expect(new Set(seen).size).toBe(seen.length);
      expect(seen.sort()).toEqual(written.map((r) => r.id).sort());
    });

    it('filters by CPR number (the admin\'s picker): the same rows as by id, the CPR masked in the search\'s own row', async () => {
      const formatted = `${s.citizen.cpr.slice(0, 6)}-${s.citizen.cpr.slice(6)}`;
      const byId = await api.gql(SEARCH, { filter: { citizenId: s.citizen.id, operation: 'CITIZEN_READ' }, first: 100 }, sc.admin);
      const byCpr = await api.gql(SEARCH, { filter: { citizenCpr: formatted, operation: 'CITIZEN_READ' }, first: 100 }, sc.admin);
      expect(byCpr.errors).toBeUndefined();
      const ids = (r: typeof byId) => r.data!.accessLog.edges.map((e: any) => e.node.id);
      expect(ids(byCpr)).toEqual(ids(byId));
      expect(ids(byCpr).length).toBeGreaterThanOrEqual(5);
      const [row] = await accessLogRows(byCpr.headers.get('x-request-id')!);
      expect(row).toMatchObject({ operation: 'access-log.search', citizen_id: s.citizen.id });
      expect(row.criterion).not.toContain(s.citizen.cpr.slice(6));

      const unknown = await api.gql(SEARCH, { filter: { citizenCpr: uniqueFictionalCpr(s.tenantId) }, first: 10 }, sc.admin);
      expect(unknown.data!.accessLog.edges).toEqual([]);
      const mismatch = await api.gql(SEARCH, { filter: { citizenCpr: formatted, citizenId: s.otherCitizen.id }, first: 10 }, sc.admin);
      expect(mismatch.data!.accessLog.edges).toEqual([]);
      const bad = await api.gql(SEARCH, { filter: { citizenCpr: '12345' }, first: 10 }, sc.admin);
      expect(bad.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'citizenCpr' });
    });

    it('accessLogExtract(cpr) returns every row about that citizen, and is logged itself', async () => {
      const owner = await ownerDataSource();
      const expected: Array<{ id: string }> = await owner.query(
        `SELECT id::text FROM access_log WHERE tenant_id = $1 AND (citizen_id = $2 OR citizen_ids @> ARRAY[$2]::uuid[]) ORDER BY occurred_at, id`,
        [s.tenantId, s.citizen.id],
      );
      expect(expected.length).toBeGreaterThanOrEqual(7);
      const formatted = `${s.citizen.cpr.slice(0, 6)}-${s.citizen.cpr.slice(6)}`;
      const res = await api.gql(EXTRACT, { cpr: formatted }, sc.admin);
      expect(res.errors).toBeUndefined();
      const entries: Entry[] = res.data!.accessLogExtract;
      expect(entries.map((e) => e.id)).toEqual(expected.map((r) => r.id));
      expect(entries.every((e) => e.citizenId === s.citizen.id)).toBe(true);

      const rows = await accessLogRows(res.headers.get('x-request-id')!);
      expect(rows).toEqual([expect.objectContaining({ operation: 'access-log.extract', citizen_id: s.citizen.id, actor_user_id: s.admin.id })]);
      // The criterion names the citizen by masked CPR only.
      expect(rows[0].criterion).not.toContain(s.citizen.cpr);
      expect(rows[0].criterion).not.toContain(s.citizen.cpr.slice(6));
    });

    it('accessLogExtract for an unknown CPR returns an empty list', async () => {
      const res = await api.gql(EXTRACT, { cpr: uniqueFictionalCpr(s.tenantId) }, sc.admin);
      expect(res.data).toEqual({ accessLogExtract: [] });
    });
  });

  describe('a purpose on every row', () => {
    it('audit() states the operation\'s purpose from one map, and a call site may give its own', async () => {
      const owner = await ownerDataSource();
      const read = await api.gql(CITIZEN, { id: t.citizen.id }, c.member);
      const check = await api.gql(
        `query($citizenId: ID!) { consentCheck(citizenId: $citizenId, partner: "Jobcenter", purpose: "Job") }`,
        { citizenId: t.citizen.id },
        c.member,
      );
      const purposes = (requestId: string) =>
        owner.query<Array<{ operation: string; purpose: string }>>(`SELECT operation, purpose FROM access_log WHERE request_id = $1 ORDER BY id`, [requestId]);
      expect(await purposes(read.headers.get('x-request-id')!)).toEqual([{ operation: 'citizen.read', purpose: PURPOSE_OF_OPERATION['citizen.read'] }]);
      // consent.check passes its own (the same as the map's today: sharing with a partner).
      expect(await purposes(check.headers.get('x-request-id')!)).toEqual([{ operation: 'consent.check', purpose: 'collaboration' }]);
    });

    it('every row of the tenant has a known purpose, and the search shows it', async () => {
      const owner = await ownerDataSource();
      const rows: Array<{ operation: string; purpose: string | null }> = await owner.query(
        `SELECT DISTINCT operation, purpose FROM access_log WHERE tenant_id = $1`,
        [t.tenantId],
      );
      expect(rows.length).toBeGreaterThan(3);
      for (const r of rows) expect([r.operation, r.purpose]).toEqual([r.operation, PURPOSE_OF_OPERATION[r.operation as AuditOperation]]);
      const res = await api.gql(SEARCH_PURPOSE, { filter: { citizenId: t.citizen.id, operation: 'CITIZEN_CPR_REVEAL' }, first: 1 }, c.admin);
      expect(res.data!.accessLog.edges[0].node).toEqual({ operation: 'CITIZEN_CPR_REVEAL', purpose: 'CARE' });
    });

    it('the column refuses a row without a purpose', async () => {
      const owner = await ownerDataSource();
      await expect(
        owner.query(`INSERT INTO access_log (tenant_id, operation, request_id) VALUES ($1, 'citizen.read', 'uden-formaal')`, [t.tenantId]),
      ).rejects.toThrow(/purpose/);
    });
  });

  describe('the log cannot be altered by the application role', () => {
    it('UPDATE and DELETE fail and the row stays as it was', async () => {
      const { res, rows } = await rowsOf(CITIZEN, { id: t.citizen.id }, c.leader);
      expect(res.errors).toBeUndefined();
      const row = rows[0];
      const app = await appClient();
      try {
        const update = await attempt(app, t.tenantId, `UPDATE access_log SET operation = 'tampered', actor_user_id = NULL WHERE id = $1`, [row.id]);
        const del = await attempt(app, t.tenantId, `DELETE FROM access_log WHERE id = $1`, [row.id]);
        const truncate = await attempt(app, t.tenantId, `TRUNCATE access_log`);
        expect(update.ok).toBe(false);
        expect(del.ok).toBe(false);
        expect(truncate.ok).toBe(false);
      } finally {
        await app.end();
      }
      expect(await accessLogRows(row.request_id)).toEqual([row]);
    });
  });
  describe('retention (ADR 0015)', () => {
    const SET = `mutation($months: Int!) { setAccessLogRetention(input: { months: $months }) { accessLogRetentionMonths minGroupSize } }`;

    it('the admin sets how long the log keeps its rows, and the change is itself logged', async () => {
      const { res, rows } = await rowsOf(SET, { months: 24 }, c.admin);
      expect(res.errors).toBeUndefined();
      expect(res.data).toEqual({ setAccessLogRetention: { accessLogRetentionMonths: 24, minGroupSize: expect.any(Number) } });
      expect(rows).toEqual([expect.objectContaining({ operation: 'access-log.retention.set', criterion: 'months:24', actor_user_id: t.admin.id })]);
      const back = await rowsOf(SET, { months: 6 }, c.admin);
      expect(back.res.data?.setAccessLogRetention.accessLogRetentionMonths).toBe(6);
    });

    it('refuses 0 or 121 months with a Danish message, and anyone but the admin', async () => {
      const zero = await api.gql(SET, { months: 0 }, c.admin);
      expect(errorCodes(zero)).toEqual(['BAD_USER_INPUT']);
      expect(JSON.stringify(zero.errors)).toContain('mellem 1 og 120');
      expect(errorCodes(await api.gql(SET, { months: 121 }, c.admin))).toEqual(['BAD_USER_INPUT']);
      expect(errorCodes(await api.gql(SET, { months: 12 }, c.leader))).toEqual(['FORBIDDEN']);
    });
  });
});
