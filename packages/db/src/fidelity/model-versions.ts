/**
 * The tenant's fidelity model versions (ADR 0021): the standard one is built in
 * (`STANDARD_FIDELITY_MODEL`), a tenant's own are rows of `fidelity_model_version` (immutable),
 * and `tenant.active_fidelity_version` names the one the reports use (null = the standard).
 * Also the stored form of a report (the worker's weekly snapshot): ratings, values and their
 * basis only — no note, no person.
 */
import {
  type FidelityModelVersion,
  type FidelityReport,
  type FidelitySubscale,
  type FidelityScore,
  type Period,
  fidelityModelProblems,
  fidelityReport,
  STANDARD_FIDELITY_MODEL,
} from '@act/domain';
import { type FidelityQuery, citizensInPeriod, loadFidelityInput } from './load-input';

/** A stored version, or the standard one; null when the tenant has no version with that id. */
export async function fidelityVersionById(q: FidelityQuery, versionId: string): Promise<FidelityModelVersion | null> {
  if (versionId === STANDARD_FIDELITY_MODEL.versionId) return STANDARD_FIDELITY_MODEL;
  const rows = await q<{ definition: FidelityModelVersion }>(`SELECT definition FROM fidelity_model_version WHERE version_id = $1`, [versionId]);
  const version = rows[0]?.definition ?? null;
  if (version && fidelityModelProblems(version).length) throw new Error(`stored fidelity model version ${versionId} is not usable`);
  return version;
}

/** The version the tenant's reports use now. */
export async function activeFidelityVersion(q: FidelityQuery, tenantId: string): Promise<FidelityModelVersion> {
  const rows = await q<{ v: string | null }>(`SELECT active_fidelity_version AS v FROM tenant WHERE id = $1`, [tenantId]);
  const id = rows[0]?.v ?? null;
  return (id && (await fidelityVersionById(q, id))) || STANDARD_FIDELITY_MODEL;
}

/** One item of a stored report: the figures, never a note or a person. */
export interface StoredFidelityItem {
  itemId: string;
  value: number | null;
  basis: Record<string, number> | null;
  rating: number | null;
  unratedReason: 'no_data' | 'not_rated' | null;
  windowFrom: string | null;
  windowTo: string | null;
  /** For a manual item: the date of the rating used. */
  ratedOn: string | null;
}

export interface StoredFidelityReport {
  modelVersionId: string;
  from: string;
  to: string;
  items: StoredFidelityItem[];
  subscales: Record<FidelitySubscale, FidelityScore>;
  total: FidelityScore;
}

/** The stored form of a report (the snapshot's `report` column). */
export function storedReport(report: FidelityReport): StoredFidelityReport {
  return {
    modelVersionId: report.modelVersionId,
    from: report.period.from,
    to: report.period.to,
    items: report.items.map((i) => ({
      itemId: i.itemId,
      value: i.value,
      basis: i.basis ? { ...i.basis } : null,
      rating: i.rating,
      unratedReason: i.unratedReason,
      windowFrom: i.window?.from ?? null,
      windowTo: i.window?.to ?? null,
      ratedOn: i.manualRating?.ratedOn ?? null,
    })),
    subscales: report.subscales,
    total: report.total,
  };
}

/** Loads one team's records and computes its report; also the number of citizens in the period. */
export async function computeTeamFidelity(
  q: FidelityQuery,
  teamId: string,
  period: Period,
  version: FidelityModelVersion,
): Promise<{ report: FidelityReport; citizens: number }> {
  const input = await loadFidelityInput(q, teamId, period, version);
  return { report: fidelityReport(input, period, version), citizens: citizensInPeriod(input, period) };
}

/**
 * Computes and stores the snapshot of one team for one period with one version. Idempotent: a
 * snapshot that exists (same team, period and version) is left as it was. Returns true when stored.
 */
export async function storeFidelitySnapshot(q: FidelityQuery, tenantId: string, teamId: string, period: Period, version: FidelityModelVersion): Promise<boolean> {
  const exists = await q(`SELECT 1 FROM fidelity_snapshot WHERE team_id = $1 AND from_date = $2 AND to_date = $3 AND version_id = $4`, [
    teamId,
    period.from,
    period.to,
    version.versionId,
  ]);
  if (exists.length) return false;
  const { report, citizens } = await computeTeamFidelity(q, teamId, period, version);
  const inserted = await q(
    `INSERT INTO fidelity_snapshot (tenant_id, team_id, from_date, to_date, version_id, report, citizens)
     VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (tenant_id, team_id, from_date, to_date, version_id) DO NOTHING
     RETURNING id`,
    [tenantId, teamId, period.from, period.to, version.versionId, JSON.stringify(storedReport(report)), citizens],
  );
  return inserted.length > 0;
}
