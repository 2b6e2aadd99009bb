/**
 * Demo cooperation agreements and courses to regional treatment: a municipality about a year
 * into its implementation. Four agreements — drop-in centre, regional psychiatry, somatic
 * hospital (signed; the hospital's review within the month), jobcenter (a draft) — and about ten
 * courses over the year across the teams with citizens: waiting, admitted, discharged, back with
 * the team, one withdrawn. Deterministic (fixed dates relative to today, citizens in a fixed order).
 */
import { addDays, copenhagenToday } from '@act/domain';
import type { EntityManager } from 'typeorm';

interface AgreementSpec {
  kind: string;
  name: string;
  parties: string;
  covers: string[];
  description: string;
  status: 'draft' | 'signed';
  signedDaysAgo: number | null;
  /** Days from today; negative = past. */
  reviewInDays: number | null;
}

const AGREEMENTS: AgreementSpec[] = [
  {
    kind: 'regional_psychiatry',
    name: 'Regionspsykiatrien, dobbeltdiagnoseafsnittet',
    parties: 'Socialdirektøren og ledelsen for Regionspsykiatrien',
    covers: ['referral_rights', 'discharge_procedures', 'information_sharing'],
    description: 'Teamet kan henvise direkte til dobbeltdiagnoseafsnittet. Fælles udskrivningsmøde senest tre dage før udskrivning.',
    status: 'signed',
    signedDaysAgo: 340,
    reviewInDays: 120,
  },
  {
    kind: 'drop_in_centre',
    name: 'Værestedet Fyrtårnet',
    parties: 'Socialchefen og værestedets bestyrelse',
    covers: ['visits_on_site', 'information_sharing'],
    description: 'Teamet må mødes med borgere på værestedet. Personalet kontakter teamet ved bekymring, når borgeren har givet samtykke.',
    status: 'signed',
    signedDaysAgo: 300,
    reviewInDays: 200,
  },
  {
    kind: 'somatic_hospital',
    name: 'Regionshospitalet, akutmodtagelsen',
    parties: 'Socialchefen og hospitalsledelsen',
    covers: ['discharge_procedures', 'information_sharing'],
    description: 'Akutmodtagelsen giver teamet besked, når en kendt borger udskrives, hvis borgeren har givet samtykke.',
    status: 'signed',
    signedDaysAgo: 350,
    reviewInDays: 18,
  },
  {
    kind: 'jobcenter',
    name: 'Jobcentret',
    parties: 'Socialchefen og jobcenterchefen',
    covers: ['referral_rights'],
    description: 'Udkast: en fast kontaktperson i jobcentret for teamets borgere.',
    status: 'draft',
    signedDaysAgo: null,
    reviewInDays: null,
  },
];

/** [referred, admitted, discharged, returned, withdrawn] in days ago; null = not (yet). */
type CourseSpec = [number, number | null, number | null, number | null, number | null];

const COURSES: CourseSpec[] = [
  [340, 318, 262, 259, null],
  [300, 281, 230, 230, null],
  [260, null, null, null, 245],
  [220, 204, 150, 147, null],
  [170, 160, 101, 99, null],
  [130, 115, 70, null, null],
  [95, 88, 40, 38, null],
  [60, 41, null, null, null],
  [30, 12, null, null, null],
  [14, null, null, null, null],
];
const UNITS = ['Dobbeltdiagnoseafsnittet, Regionspsykiatrien', 'Afsnit for dobbeltdiagnoser, Psykiatrisk Center'];

/** Returns the number of agreements and courses written. */
export async function insertDemoAgreements(manager: EntityManager, tenantId: string, now: Date): Promise<{ agreements: number; courses: number }> {
  const today = copenhagenToday(now);
  const ago = (days: number | null) => (days === null ? null : addDays(today, -days));
  const [steering] = await manager.query<Array<{ id: string }>>(
    `SELECT id FROM app_user WHERE tenant_id = $1 AND role = 'steering_group' ORDER BY email LIMIT 1`,
    [tenantId],
  );
  if (!steering) return { agreements: 0, courses: 0 };
  for (const a of AGREEMENTS) {
    await manager.query(
      `INSERT INTO cooperation_agreement (tenant_id, partner_kind, partner_name, parties, covers, description, status, signed_on, review_on, created_by, version)
       VALUES ($1, $2, $3, $4, $5::agreement_coverage[], $6, $7, $8, $9, $10, 1)`,
      [tenantId, a.kind, a.name, a.parties, a.covers, a.description, a.status, ago(a.signedDaysAgo), a.reviewInDays === null ? null : addDays(today, a.reviewInDays), steering.id],
    );
  }
  // Citizens with a primary contact, spread over the teams: the contact recorded the referral.
  const citizens = await manager.query<Array<{ citizen_id: string; team_id: string; user_id: string }>>(
    `SELECT DISTINCT ON (c.team_id, c.id) c.id AS citizen_id, c.team_id, tm.user_id
       FROM citizen c JOIN primary_assignment pa ON pa.citizen_id = c.id AND pa.ended_at IS NULL
       JOIN team_member tm ON tm.id = pa.member_id
      WHERE c.tenant_id = $1 AND c.status = 'active'
      ORDER BY c.team_id, c.id`,
    [tenantId],
  );
  const byTeam = new Map<string, typeof citizens>();
  for (const c of citizens) byTeam.set(c.team_id, [...(byTeam.get(c.team_id) ?? []), c]);
  const teams = [...byTeam.values()];
  let courses = 0;
  for (const [i, [referred, admitted, discharged, returned, withdrawn]] of COURSES.entries()) {
    const team = teams[i % teams.length];
    const citizen = team?.[Math.floor(i / teams.length) % team.length];
    if (!citizen) continue;
    await manager.query(
      `INSERT INTO regional_treatment_episode (tenant_id, citizen_id, team_id, unit, referred_on, admitted_on, discharged_on, returned_on, withdrawn_on, recorded_by, version)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 1)`,
      [tenantId, citizen.citizen_id, citizen.team_id, UNITS[i % UNITS.length], ago(referred), ago(admitted), ago(discharged), ago(returned), ago(withdrawn), citizen.user_id],
    );
    courses++;
  }
  return { agreements: AGREEMENTS.length, courses };
}
