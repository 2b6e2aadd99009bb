/**
 * Readiness through GraphQL: the catalogue with defaults, opening a round for teams and people,
 * participants answering their own (and only their own) answers, results only for a closed
 * round with at least the minimum group size submitted (hand-worked figures), a closed round
 * refused by the service and by the DB trigger, old rounds keeping their wording, and the
 * comparison lining statements up by their catalogue statement.
 */
import { Role } from '@act/db';
import { createUser, ownerDataSource } from '@act/db/testing';
import { copenhagenToday, addDays } from '@act/domain';
import { type ApiHarness } from '../testing/api-harness';
import { useApiSuite } from '../testing/api-suite';
import { type Cookies, errorCodes, looksDanish, tenantChecksum } from '../testing/db-state';
import type { TestTenant } from '@act/db/testing';

const STATEMENTS = `query { readinessStatements { id driver text isDefault retiredAt } }`;
const ADD = `mutation($input: AddReadinessStatementInput!) { addReadinessStatement(input: $input) { id driver text isDefault } }`;
const REWORD = `mutation($input: RewordReadinessStatementInput!) { rewordReadinessStatement(input: $input) { id text } }`;
const RETIRE = `mutation($id: ID!) { retireReadinessStatement(id: $id) { id retiredAt } }`;
const ROUND = `id title status invited submitted submittedSuppressed minGroupSize invitedByGroup { group invited }
  strengths statements { id statementId driver text }`;
const OPEN = `mutation($input: OpenReadinessRoundInput!) { openReadinessRound(input: $input) { ${ROUND} } }`;
const CLOSE = `mutation($id: ID!) { closeReadinessRound(id: $id) { ${ROUND} } }`;
const SWOT = `mutation($input: ReadinessSwotInput!) { saveReadinessSwot(input: $input) { ${ROUND} } }`;
const GET_ROUND = `query($id: ID!) { readinessRound(id: $id) { ${ROUND} } }`;
const CANDIDATES = `query { readinessCandidates { minGroupSize people { userId name group } teams { teamId name members } } }`;
const FIGURES = `answers dontKnowShare mean standardDeviation min max suppressed`;
const RESULTS = `query($roundId: ID!) { readinessResults(roundId: $roundId) { available suppressed submitted minGroupSize
  groupsSuppressed groups { group submitted drivers { driver figures { mean suppressed } } }
  drivers { driver figures { ${FIGURES} } } statements { roundStatementId text comments figures { ${FIGURES} } } } }`;
const COMPARE = `query($input: CompareReadinessRoundsInput!) { readinessComparison(input: $input) {
  rounds { id suppressed } drivers { driver text means } statements { statementId text means } } }`;
const MY = `roundId title status group submittedAt statementCount answered answers { roundStatementId driver text score dontKnow comment }`;
const MY_ROUNDS = `query { myReadinessRounds { ${MY} } }`;
const MY_ROUND = `query($roundId: ID!) { myReadinessRound(roundId: $roundId) { ${MY} } }`;
const SAVE = `mutation($input: SaveReadinessAnswersInput!) { saveReadinessAnswers(input: $input) { ${MY} } }`;
const SUBMIT = `mutation($input: SaveReadinessAnswersInput!) { submitReadinessAnswers(input: $input) { ${MY} } }`;

interface RoundStatement {
  id: string;
  statementId: string | null;
  driver: string;
  text: string;
}

describe('readiness through GraphQL', () => {
  let api: ApiHarness;
  let t: TestTenant;
  let c: Cookies;

  useApiSuite((s) => ({ api, t, c } = s));

  const setMinGroup = async (n: number) => {
    const owner = await ownerDataSource();
    await owner.query(`UPDATE tenant SET min_group_size = $2 WHERE id = $1`, [t.tenantId, n]);
  };
  const open = async (title: string) => {
    const res = await api.gql(
      OPEN,
      {
        input: {
          title,
          closesOn: addDays(copenhagenToday(), 14),
          teamIds: [t.team.id, t.otherTeam.id],
          people: [{ userId: t.steeringGroup.id, partner: false }, { userId: t.admin.id, partner: true }],
        },
      },
      c.steeringGroup,
    );
    expect(res.errors).toBeUndefined();
    return res.data!.openReadinessRound as { id: string; statements: RoundStatement[]; invited: number; invitedByGroup: unknown[] };
  };
  /** Answers every statement: `score(driver)` gives the score, null for "ved ikke". */
  const answerAll = (roundId: string, statements: RoundStatement[], score: (driver: string) => number | null, comment?: string) => ({
    input: {
      roundId,
      answers: statements.map((s, i) => ({
        roundStatementId: s.id,
        score: score(s.driver),
        dontKnow: score(s.driver) === null,
        comment: i === 0 ? comment ?? null : null,
      })),
    },
  });

  let firstRound: { id: string; statements: RoundStatement[]; invited: number; invitedByGroup: unknown[] };
  let reworded: string;

  it('gives the municipality the default catalogue, which it can reword, extend and retire', async () => {
    const res = await api.gql(STATEMENTS, {}, c.steeringGroup);
    expect(res.errors).toBeUndefined();
    const list = res.data!.readinessStatements as Array<{ id: string; driver: string; text: string; isDefault: boolean }>;
    expect(list).toHaveLength(20);
    expect(new Set(list.map((s) => s.driver))).toEqual(new Set(['INTERVENTION', 'ORGANISATION', 'LEADERSHIP', 'PEOPLE', 'CONTEXT']));
    expect(list.every((s) => s.isDefault)).toBe(true);
    // A second read writes nothing (the defaults are there).
    const before = await tenantChecksum(t.tenantId);
    await api.gql(STATEMENTS, {}, c.leader);
    expect(await tenantChecksum(t.tenantId)).toEqual(before);
    expect(errorCodes(await api.gql(STATEMENTS, {}, c.member))).toEqual(['FORBIDDEN']);

    reworded = list[1].id;
    const r = await api.gql(REWORD, { input: { id: reworded, text: 'Jeg kender ACT-metoden godt.' } }, c.steeringGroup);
    expect(r.data!.rewordReadinessStatement.text).toBe('Jeg kender ACT-metoden godt.');
    expect(errorCodes(await api.gql(REWORD, { input: { id: reworded, text: 'x' } }, c.leader))).toEqual(['FORBIDDEN']);
    const retired = await api.gql(RETIRE, { id: list[19].id }, c.steeringGroup);
    expect(retired.data!.retireReadinessStatement.retiredAt).not.toBeNull();
    const added = await api.gql(ADD, { input: { driver: 'CONTEXT', text: 'Borgerne og de pårørende bakker op om indsatsen.' } }, c.steeringGroup);
    expect(added.data!.addReadinessStatement).toMatchObject({ driver: 'CONTEXT', isDefault: false });
    const after = (await api.gql(STATEMENTS, {}, c.steeringGroup)).data!.readinessStatements as Array<{ id: string }>;
    expect(after).toHaveLength(20);
    expect(after.map((s) => s.id)).not.toContain(list[19].id);
  });

  it('opens a round for whole teams and chosen people; too few invited is refused', async () => {
    await setMinGroup(3);
    const candidates = await api.gql(CANDIDATES, {}, c.steeringGroup);
    const people = candidates.data!.readinessCandidates.people as Array<{ name: string }>;
    // Team staff are invited as a team and never named to the steering group.
    expect(people.map((p) => p.name)).not.toEqual(expect.arrayContaining([t.leader.name]));
    expect(people.map((p) => p.name)).toEqual(expect.arrayContaining([t.steeringGroup.name]));
    expect(candidates.data!.readinessCandidates.teams).toEqual(
      expect.arrayContaining([{ teamId: t.team.id, name: t.team.name, members: 2 }]),
    );

    const tooFew = await api.gql(OPEN, { input: { title: 'Lille', closesOn: addDays(copenhagenToday(), 7), people: [{ userId: t.steeringGroup.id }] } }, c.steeringGroup);
    expect(errorCodes(tooFew)).toEqual(['BAD_USER_INPUT']);
    expect(looksDanish(tooFew.errors![0].message)).toBe(true);

    firstRound = await open('Parathed 1');
    expect(firstRound.invited).toBe(5);
    expect(firstRound.invitedByGroup).toEqual([
      { group: 'STEERING_GROUP', invited: 1 },
      { group: 'TEAM_LEADER', invited: 1 },
      { group: 'TEAM_MEMBER', invited: 2 },
      { group: 'PARTNER', invited: 1 },
    ]);
    expect(firstRound.statements).toHaveLength(20);
    expect(firstRound.statements.map((s) => s.text)).toContain('Jeg kender ACT-metoden godt.');
  });

  it('lets each participant read and write only their own answers', async () => {
    const mine = await api.gql(MY_ROUNDS, {}, c.member);
    expect(mine.data!.myReadinessRounds).toEqual([expect.objectContaining({ roundId: firstRound.id, group: 'TEAM_MEMBER', answered: 0, statementCount: 20 })]);
    const draft = await api.gql(SAVE, answerAll(firstRound.id, firstRound.statements.slice(0, 3), () => 2, 'Vi mangler lokaler'), c.member);
    expect(draft.errors).toBeUndefined();
    expect(draft.data!.saveReadinessAnswers.answered).toBe(3);

    // Another participant sees their own empty answers, never the member's.
    const other = await api.gql(MY_ROUND, { roundId: firstRound.id }, c.otherMember);
    expect(other.data!.myReadinessRound.answered).toBe(0);
    expect(JSON.stringify(other.data)).not.toContain('Vi mangler lokaler');
    // The steering group is invited too: it gets its own answers only, and the round's
    // figures stay hidden while it is open.
    const sg = await api.gql(MY_ROUND, { roundId: firstRound.id }, c.steeringGroup);
    expect(sg.data!.myReadinessRound.answered).toBe(0);
    const results = await api.gql(RESULTS, { roundId: firstRound.id }, c.steeringGroup);
    expect(results.data!.readinessResults).toMatchObject({ available: false, drivers: [], statements: [] });
    expect(JSON.stringify(results.data)).not.toContain('Vi mangler lokaler');
    // Someone not invited cannot reach the round at all.
    const owner = await ownerDataSource();
    await owner.query(`DELETE FROM readiness_participant WHERE round_id = $1 AND user_id = $2`, [firstRound.id, t.admin.id]);
    expect(errorCodes(await api.gql(MY_ROUND, { roundId: firstRound.id }, c.admin))).toEqual(['NOT_FOUND']);

    const incomplete = await api.gql(SUBMIT, { input: { roundId: firstRound.id, answers: [] } }, c.member);
    expect(errorCodes(incomplete)).toEqual(['BAD_USER_INPUT']);
    expect(incomplete.errors![0].message).toContain('17 udsagn');
    const both = await api.gql(SAVE, { input: { roundId: firstRound.id, answers: [{ roundStatementId: firstRound.statements[0].id, score: 3, dontKnow: true }] } }, c.member);
    expect(errorCodes(both)).toEqual(['BAD_USER_INPUT']);

    // Hand-worked round: the member answers 2, the leader 4, the other member 3 — and "ved ikke" on PEOPLE.
    const submit = async (cookie: string, score: (d: string) => number | null, comment?: string) => {
      const res = await api.gql(SUBMIT, answerAll(firstRound.id, firstRound.statements, score, comment), cookie);
      expect(res.errors).toBeUndefined();
      expect(res.data!.submitReadinessAnswers.submittedAt).not.toBeNull();
    };
    await submit(c.member, () => 2, 'Vi mangler lokaler');
    await submit(c.leader, () => 4, 'Ledelsen er med');
    await submit(c.otherMember, (d) => (d === 'PEOPLE' ? null : 3));
    const again = await api.gql(SAVE, answerAll(firstRound.id, firstRound.statements.slice(0, 1), () => 5), c.member);
    expect(errorCodes(again)).toEqual(['CONFLICT']);
  });

  it('keeps the wording a round was opened with when a statement is reworded', async () => {
    await api.gql(REWORD, { input: { id: reworded, text: 'Jeg kan forklare ACT-metoden for en kollega.' } }, c.steeringGroup);
    const round = await api.gql(GET_ROUND, { id: firstRound.id }, c.steeringGroup);
    const copy = (round.data!.readinessRound.statements as RoundStatement[]).find((s) => s.statementId === reworded)!;
    expect(copy.text).toBe('Jeg kender ACT-metoden godt.');
    const mine = await api.gql(MY_ROUND, { roundId: firstRound.id }, c.member);
    expect(JSON.stringify(mine.data)).toContain('Jeg kender ACT-metoden godt.');
  });

  it('shows results only once closed, with hand-worked figures, anonymous comments and no individual answer', async () => {
    const closed = await api.gql(CLOSE, { id: firstRound.id }, c.steeringGroup);
    expect(closed.data!.closeReadinessRound).toMatchObject({ status: 'CLOSED', submitted: 3, submittedSuppressed: false });
    const res = await api.gql(RESULTS, { roundId: firstRound.id }, c.steeringGroup);
    expect(res.errors).toBeUndefined();
    const r = res.data!.readinessResults;
    expect(r).toMatchObject({ available: true, suppressed: false, submitted: 3, minGroupSize: 3 });
    // Two members and one leader answered: the leader's group is too small, so no group is shown.
    expect(r).toMatchObject({ groupsSuppressed: true, groups: [] });
    const driver = (d: string) => r.drivers.find((x: { driver: string }) => x.driver === d).figures;
    // INTERVENTION: 4 statements × scores 2, 4, 3 → mean 3; deviations 1, 1, 0 → variance 8/12; sd 0.816 → 0.82.
    expect(driver('INTERVENTION')).toEqual({ answers: 12, dontKnowShare: 0, mean: 3, standardDeviation: 0.82, min: 2, max: 4, suppressed: false });
    // PEOPLE: the other member did not know — 4 of 12 answers "ved ikke", and scores from only two people are withheld.
    expect(driver('PEOPLE')).toEqual({ answers: 12, dontKnowShare: 0.33, mean: null, standardDeviation: null, min: null, max: null, suppressed: true });
    expect(r.statements[0].comments).toEqual(['Ledelsen er med', 'Vi mangler lokaler']);
    // No answer is tied to a person: no user id, name or participant anywhere in the results.
    const text = JSON.stringify(res.data);
    for (const u of [t.member, t.leader, t.otherMember]) {
      expect(text).not.toContain(u.id);
      expect(text).not.toContain(u.name);
    }
    // A team member may not read results at all.
    expect(errorCodes(await api.gql(RESULTS, { roundId: firstRound.id }, c.member))).toEqual(['FORBIDDEN']);
  });

  it('refuses any change to a closed round — in the service and in the database', async () => {
    const save = await api.gql(SAVE, answerAll(firstRound.id, firstRound.statements.slice(0, 1), () => 5), c.steeringGroup);
    expect(errorCodes(save)).toEqual(['CONFLICT']);
    expect(save.errors![0].message).toContain('lukket');
    expect(errorCodes(await api.gql(CLOSE, { id: firstRound.id }, c.steeringGroup))).toEqual(['CONFLICT']);

    const owner = await ownerDataSource();
    // The trigger holds for every role, the table owner included.
    const asApp = (sql: string, params: unknown[] = []) => owner.query(sql, params);
    const refused = { driverError: expect.objectContaining({ code: '55000' }) };
    await expect(asApp(`UPDATE readiness_answer SET score = 5 WHERE score = 2 AND tenant_id = $1`, [t.tenantId])).rejects.toMatchObject(refused);
    await expect(asApp(`UPDATE readiness_participant SET submitted_at = NULL WHERE round_id = $1`, [firstRound.id])).rejects.toMatchObject(refused);
    await expect(asApp(`UPDATE readiness_round SET closes_on = closes_on + 30, closed_at = NULL WHERE id = $1`, [firstRound.id])).rejects.toMatchObject(refused);

    // The SWOT is the steering group's own analysis and may be written after closing.
    const swot = await api.gql(SWOT, { input: { roundId: firstRound.id, strengths: 'Stærk ledelse' } }, c.steeringGroup);
    expect(swot.data!.saveReadinessSwot.strengths).toBe('Stærk ledelse');
  });

  it('compares rounds per driver and per statement (matched across rewording); a small round stays hidden', async () => {
    const second = await open('Parathed 2');
    const copy = second.statements.find((s) => s.statementId === reworded)!;
    expect(copy.text).toBe('Jeg kan forklare ACT-metoden for en kollega.');
    for (const [cookie, score] of [[c.member, 3], [c.leader, 5], [c.otherMember, 4]] as const) {
      const res = await api.gql(SUBMIT, answerAll(second.id, second.statements, () => score), cookie);
      expect(res.errors).toBeUndefined();
    }
    await api.gql(CLOSE, { id: second.id }, c.steeringGroup);
    const third = await open('Parathed 3');
    for (const cookie of [c.member, c.leader]) await api.gql(SUBMIT, answerAll(third.id, third.statements, () => 1), cookie);
    await api.gql(CLOSE, { id: third.id }, c.steeringGroup);

    const hidden = await api.gql(RESULTS, { roundId: third.id }, c.steeringGroup);
    expect(hidden.data!.readinessResults).toEqual(
      expect.objectContaining({ available: true, suppressed: true, submitted: null, drivers: [], statements: [] }),
    );

    const res = await api.gql(COMPARE, { input: { roundIds: [firstRound.id, second.id, third.id] } }, c.steeringGroup);
    expect(res.errors).toBeUndefined();
    const cmp = res.data!.readinessComparison;
    expect(cmp.rounds.map((r: { suppressed: boolean }) => r.suppressed)).toEqual([false, false, true]);
    expect(cmp.drivers.find((d: { driver: string }) => d.driver === 'INTERVENTION')).toEqual({ driver: 'INTERVENTION', text: 'Indsatsen', means: [3, 4, null] });
    expect(cmp.drivers.find((d: { driver: string }) => d.driver === 'PEOPLE').means).toEqual([null, 4, null]);
    const line = cmp.statements.find((s: { statementId: string }) => s.statementId === reworded);
    expect(line).toEqual({ statementId: reworded, text: 'Jeg kan forklare ACT-metoden for en kollega.', means: [3, 4, null] });
    expect(errorCodes(await api.gql(COMPARE, { input: { roundIds: [firstRound.id, firstRound.id] } }, c.steeringGroup))).toEqual(['BAD_USER_INPUT']);
  });

  it('shows figures per group only when every group that answered is big enough', async () => {
    const owner = await ownerDataSource();
    const [x, y] = [
      await createUser(owner, t.tenantId, { role: Role.TeamMember, name: 'Ekstra Medlem' }),
      await createUser(owner, t.tenantId, { role: Role.TeamMember, name: 'Ekstra Partner' }),
    ];
    const invite = (userId: string, partner: boolean) => ({ userId, partner });
    const opened = await api.gql(
      OPEN,
      {
        input: {
          title: 'Grupper',
          closesOn: addDays(copenhagenToday(), 7),
          teamIds: [],
          people: [invite(t.member.id, false), invite(t.otherMember.id, false), invite(x.id, false), invite(t.admin.id, true), invite(t.steeringGroup.id, true), invite(y.id, true)],
        },
      },
      c.steeringGroup,
    );
    expect(opened.errors).toBeUndefined();
    const round = opened.data!.openReadinessRound as { id: string; statements: RoundStatement[] };
    const cookie = async (u: { email: string }) => api.login(u.email, t.password);
    // Three members answer 2 on everything, three partners 4.
    for (const who of [c.member, c.otherMember, await cookie(x)]) expect((await api.gql(SUBMIT, answerAll(round.id, round.statements, () => 2), who)).errors).toBeUndefined();
    for (const who of [c.admin, c.steeringGroup, await cookie(y)]) expect((await api.gql(SUBMIT, answerAll(round.id, round.statements, () => 4), who)).errors).toBeUndefined();
    await api.gql(CLOSE, { id: round.id }, c.steeringGroup);
    const res = await api.gql(RESULTS, { roundId: round.id }, c.steeringGroup);
    const r = res.data!.readinessResults;
    expect(r.groupsSuppressed).toBe(false);
    expect(r.groups.map((g: { group: string; submitted: number; drivers: Array<{ driver: string; figures: { mean: number } }> }) => [g.group, g.submitted, g.drivers[0].figures.mean])).toEqual([
      ['TEAM_MEMBER', 3, 2],
      ['PARTNER', 3, 4],
    ]);
    expect(r.drivers[0].figures.mean).toBe(3);
  });
});
