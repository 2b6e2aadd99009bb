/**
 * Demo readiness: a municipality about a year into its implementation. Two closed rounds — one
 * before the start (a year ago) and one two months ago — answered by the steering group, the
 * team leaders and members, with a clear improvement on leadership, organisation and people and
 * little on the context; one statement reworded between them; the steering group's SWOT on
 * both; and a follow-up round open for answers now (too few answers yet to show anything).
 * Deterministic (fixed PRNG seed). A round is written while open and then moved to its dates:
 * the trigger refuses any change once a round is closed, so nothing here bypasses it.
 */
import { DEFAULT_READINESS_STATEMENTS, Prng, type ReadinessDriverKey, addDays, copenhagenToday } from '@act/domain';
import type { EntityManager } from 'typeorm';
import { ensureReadinessDefaults } from '../readiness-defaults';

interface RoundSpec {
  title: string;
  opensDaysAgo: number;
  /** Days the round stayed open; null: open now, for another two weeks. */
  openDays: number | null;
  /** Mean score per driver the answers scatter around. */
  level: Record<ReadinessDriverKey, number>;
  /** Share of participants who submitted (or exactly this many, the first by e-mail). */
  submitShare: number | { exactly: number };
  dontKnowShare: number;
  comments: Array<[statementKey: string, text: string]>;
  swot?: { strengths: string; weaknesses: string; opportunities: string; threats: string };
}

const ROUNDS: RoundSpec[] = [
  {
    title: 'Parathed før opstart',
    opensDaysAgo: 365,
    openDays: 14,
    level: { intervention: 3.4, organisation: 2.4, leadership: 2.9, people: 2.6, context: 2.3 },
    submitShare: 0.9,
    dontKnowShare: 0.12,
    comments: [
      ['organisation.resources', 'Vi mangler stadig lokaler til teamet.'],
      ['organisation.cooperation', 'Psykiatrien er ikke kommet med endnu.'],
      ['people.training', 'Der er ingen plan for oplæring endnu.'],
      ['intervention.recovery', 'Godt at der ikke stilles krav til borgerne.'],
      ['context.economy', 'Usikkert hvad der sker, når projektpengene slutter.'],
    ],
    swot: {
      strengths: 'Stor tro på metoden blandt medarbejderne. Klar målgruppe.',
      weaknesses: 'Ingen lokaler, ingen oplæringsplan, uklar placering af teamet.',
      opportunities: 'Samarbejdsaftale med regionspsykiatrien. Erfaringer fra projektkommunerne.',
      threats: 'Økonomien efter projektperioden. Rekruttering af psykiater.',
    },
  },
  {
    title: 'Parathed efter et år',
    opensDaysAgo: 60,
    openDays: 14,
    level: { intervention: 4.1, organisation: 3.6, leadership: 3.9, people: 3.6, context: 2.6 },
    submitShare: 0.85,
    dontKnowShare: 0.07,
    comments: [
      ['organisation.resources', 'Lokalerne fungerer godt nu.'],
      ['leadership.follow_up', 'Styregruppen følger op hvert kvartal.'],
      ['context.economy', 'Stadig usikkert efter næste budgetår.'],
      ['people.training', 'Supervisionen hjælper meget.'],
    ],
    swot: {
      strengths: 'Ledelsen følger op. Teamet er fuldt bemandet og har supervision.',
      weaknesses: 'Overgange fra regionspsykiatrien tager stadig for lang tid.',
      opportunities: 'Jobcentret vil gerne have en fast kontaktperson i teamet.',
      threats: 'Budgettet for næste år er ikke vedtaget.',
    },
  },
  {
    title: 'Parathed – opfølgning',
    opensDaysAgo: 3,
    openDays: null,
    level: { intervention: 4.2, organisation: 3.8, leadership: 4.0, people: 3.8, context: 2.9 },
    submitShare: { exactly: 3 },
    dontKnowShare: 0.05,
    comments: [],
  },
];

/** The wording after the first year: the municipality made one statement more concrete. */
const REWORDED = { key: 'intervention.understood', text: 'Jeg kan forklare en kollega, hvad ACT-metodens kerneelementer betyder i hverdagen.' };

const GROUP_OF_ROLE: Record<string, string> = { steering_group: 'steering_group', team_leader: 'team_leader', team_member: 'team_member' };

export async function insertDemoReadiness(manager: EntityManager, tenantId: string, now: Date): Promise<number> {
  await ensureReadinessDefaults(manager, tenantId);
  const today = copenhagenToday(now);
  const rng = new Prng(1764330001);
  const people: Array<{ id: string; role: string; leads: boolean }> = await manager.query(
    `SELECT u.id, u.role, coalesce(bool_or(tm.is_team_leader), false) AS leads
     FROM app_user u LEFT JOIN team_member tm ON tm.user_id = u.id
     WHERE u.tenant_id = $1 AND u.role <> 'admin' GROUP BY u.id ORDER BY u.email`,
    [tenantId],
  );
  const [steering] = people.filter((p) => p.role === 'steering_group');
  const keyOf = new Map(DEFAULT_READINESS_STATEMENTS.map((s) => [s.key, s]));

  for (const [index, spec] of ROUNDS.entries()) {
    if (index === 1) {
      await manager.query(`UPDATE readiness_statement SET text = $3 WHERE tenant_id = $1 AND default_key = $2`, [tenantId, REWORDED.key, REWORDED.text]);
    }
    const opensOn = addDays(today, -spec.opensDaysAgo);
    // Written while open (today … in two weeks), moved to its own dates afterwards.
    const [round]: Array<{ id: string }> = await manager.query(
      `INSERT INTO readiness_round (tenant_id, title, opens_on, closes_on, created_by, strengths, weaknesses, opportunities, threats, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
      [tenantId, spec.title, today, addDays(today, 14), steering.id, spec.swot?.strengths ?? null, spec.swot?.weaknesses ?? null,
        spec.swot?.opportunities ?? null, spec.swot?.threats ?? null, new Date(now.getTime() - spec.opensDaysAgo * 86_400_000)],
    );
    const statements: Array<{ id: string; driver: ReadinessDriverKey; default_key: string | null }> = await manager.query(
      `INSERT INTO readiness_round_statement (tenant_id, round_id, statement_id, driver, text, position)
       SELECT tenant_id, $2, id, driver, text, row_number() OVER (ORDER BY driver, position, created_at, id)
       FROM readiness_statement WHERE tenant_id = $1 AND retired_at IS NULL
       RETURNING id, driver, (SELECT default_key FROM readiness_statement s WHERE s.id = statement_id) AS default_key`,
      [tenantId, round.id],
    );
    for (const [i, person] of people.entries()) {
      const group = person.leads ? 'team_leader' : GROUP_OF_ROLE[person.role];
      const share = spec.submitShare;
      const submits = typeof share === 'number' ? rng.next() < share : i < share.exactly;
      const [participant]: Array<{ id: string }> = await manager.query(
        `INSERT INTO readiness_participant (tenant_id, round_id, user_id, participant_group) VALUES ($1, $2, $3, $4) RETURNING id`,
        [tenantId, round.id, person.id, group],
      );
      if (!submits) continue;
      // A person leans a little above or below the group, the same on every statement.
      const lean = (rng.next() - 0.5) * 1.2;
      const rows = statements.map((s) => {
        const dontKnow = rng.next() < spec.dontKnowShare * (s.driver === 'context' ? 2 : 1);
        const score = Math.min(5, Math.max(1, Math.round(spec.level[s.driver] + lean + (rng.next() - 0.5) * 1.6)));
        return { id: s.id, score: dontKnow ? null : score, dontKnow };
      });
      await manager.query(
        `INSERT INTO readiness_answer (tenant_id, participant_id, round_statement_id, score, dont_know)
         SELECT $1, $2, s, sc, dk FROM unnest($3::uuid[], $4::smallint[], $5::boolean[]) AS x(s, sc, dk)`,
        [tenantId, participant.id, rows.map((r) => r.id), rows.map((r) => r.score), rows.map((r) => r.dontKnow)],
      );
      await manager.query(`UPDATE readiness_participant SET submitted_at = $2 WHERE id = $1`, [
        participant.id,
        new Date(now.getTime() - (spec.opensDaysAgo - rng.int(0, Math.max(0, (spec.openDays ?? 3) - 1))) * 86_400_000),
      ]);
    }
    // Anonymous comments, each on an answer of someone who submitted (not "ved ikke").
    for (const [n, [key, text]] of spec.comments.entries()) {
      if (!keyOf.has(key)) continue;
      const statement = statements.find((s) => s.default_key === key);
      if (!statement) continue;
      await manager.query(
        `UPDATE readiness_answer SET comment = $2 WHERE id = (
           SELECT a.id FROM readiness_answer a WHERE a.round_statement_id = $1 AND a.comment IS NULL AND NOT a.dont_know
           ORDER BY a.participant_id OFFSET $3 LIMIT 1)`,
        [statement.id, text, n % 3],
      );
    }
    if (spec.openDays !== null) {
      await manager.query(`UPDATE readiness_round SET opens_on = $2, closes_on = $3 WHERE id = $1`, [round.id, opensOn, addDays(opensOn, spec.openDays - 1)]);
    } else {
      await manager.query(`UPDATE readiness_round SET opens_on = $2 WHERE id = $1`, [round.id, opensOn]);
    }
  }
  return ROUNDS.length;
}
