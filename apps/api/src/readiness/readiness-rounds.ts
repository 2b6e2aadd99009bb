/**
 * Reading rounds: one statement for the rounds with their invitation counts, one for their
 * statements. Shared by the steering group's list and the results.
 */
import { type ReadinessDriver, ReadinessGroup } from '@act/db';
import { copenhagenToday } from '@act/domain';
import type { EntityManager } from 'typeorm';
import type { ReadinessRoundModel, ReadinessRoundStatementModel, ReadinessRoundStatus } from './readiness.model';

export interface RoundRow {
  id: string;
  title: string;
  opens_on: string;
  closes_on: string;
  closed_at: Date | null;
  strengths: string | null;
  weaknesses: string | null;
  opportunities: string | null;
  threats: string | null;
  invited: number;
  submitted: number;
  steering_group: number;
  team_leader: number;
  team_member: number;
  partner: number;
}

/** As the DB trigger decides it: closed early, or past its last day (Copenhagen). */
export function roundStatus(r: { opens_on: string; closes_on: string; closed_at: Date | null }, today = copenhagenToday()): ReadinessRoundStatus {
  if (r.closed_at || r.closes_on < today) return 'closed';
  return r.opens_on > today ? 'upcoming' : 'open';
}

export async function minGroupSize(db: EntityManager, tenantId: string): Promise<number> {
  const [row]: Array<{ min_group_size: number }> = await db.query(`SELECT min_group_size FROM tenant WHERE id = $1`, [tenantId]);
  return Number(row?.min_group_size ?? 5);
}

export async function roundRows(db: EntityManager, roundId?: string): Promise<RoundRow[]> {
  return db.query(
    `SELECT r.id, r.title, r.opens_on::text AS opens_on, r.closes_on::text AS closes_on, r.closed_at,
            r.strengths, r.weaknesses, r.opportunities, r.threats,
            count(p.id)::int AS invited, count(p.submitted_at)::int AS submitted,
            count(*) FILTER (WHERE p.participant_group = 'steering_group')::int AS steering_group,
            count(*) FILTER (WHERE p.participant_group = 'team_leader')::int AS team_leader,
            count(*) FILTER (WHERE p.participant_group = 'team_member')::int AS team_member,
            count(*) FILTER (WHERE p.participant_group = 'partner')::int AS partner
     FROM readiness_round r LEFT JOIN readiness_participant p ON p.round_id = r.id
     WHERE ($1::uuid IS NULL OR r.id = $1)
     GROUP BY r.id ORDER BY r.opens_on DESC, r.created_at DESC, r.id`,
    [roundId ?? null],
  );
}

export async function roundStatements(db: EntityManager, roundIds: string[]): Promise<Array<ReadinessRoundStatementModel & { roundId: string }>> {
  if (!roundIds.length) return [];
  const rows: Array<{ id: string; round_id: string; statement_id: string | null; driver: ReadinessDriver; text: string; position: number }> = await db.query(
    `SELECT id, round_id, statement_id, driver, text, position FROM readiness_round_statement WHERE round_id = ANY($1) ORDER BY round_id, position`,
    [roundIds],
  );
  return rows.map((r) => ({ id: r.id, roundId: r.round_id, statementId: r.statement_id, driver: r.driver, text: r.text, position: r.position }));
}

export function toRoundModel(r: RoundRow, statements: ReadinessRoundStatementModel[], minGroup: number): ReadinessRoundModel {
  const shown = r.submitted >= minGroup;
  return {
    id: r.id,
    title: r.title,
    opensOn: r.opens_on,
    closesOn: r.closes_on,
    closedAt: r.closed_at,
    status: roundStatus(r),
    invited: r.invited,
    invitedByGroup: [ReadinessGroup.SteeringGroup, ReadinessGroup.TeamLeader, ReadinessGroup.TeamMember, ReadinessGroup.Partner].map((group) => ({
      group,
      invited: r[group],
    })),
    submitted: shown ? r.submitted : null,
    submittedSuppressed: !shown,
    minGroupSize: minGroup,
    strengths: r.strengths,
    weaknesses: r.weaknesses,
    opportunities: r.opportunities,
    threats: r.threats,
    statements,
  };
}
