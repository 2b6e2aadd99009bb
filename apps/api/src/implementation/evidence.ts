import type { ImplementationChecklistItem } from '@act/db';
import type { RequestContext } from '../common/request/request-context';
import { implementationErrors as errors } from './implementation.exception';
import { EvidenceKindEnum, type EvidenceOptionsModel, type EvidenceRecordModel } from './implementation.model';

/**
 * Records of the platform a checklist item can point to, with a label each: an agreement by its
 * partner, a readiness round by its title, a function description by its role's title, team and
 * version (never the people who hold the role). Row-level security keeps them to the tenant.
 */
const AGREEMENTS = `SELECT a.id, a.partner_name || CASE a.status WHEN 'signed' THEN ' (underskrevet' || coalesce(' ' || to_char(a.signed_on, 'DD-MM-YYYY'), '') || ')'
  WHEN 'draft' THEN ' (udkast)' ELSE ' (ophørt)' END AS label, NULL::uuid AS role_id FROM cooperation_agreement a`;
const ROUNDS = `SELECT r.id, r.title || ' (' || to_char(r.opens_on, 'DD-MM-YYYY') || ')' AS label, NULL::uuid AS role_id FROM readiness_round r`;
const FUNCTIONS = `SELECT d.id, fr.title || ', ' || t.name || ', version ' || d.version AS label, fr.id AS role_id
  FROM function_description d JOIN function_role fr ON fr.id = d.role_id JOIN team t ON t.id = fr.team_id`;

interface Row {
  id: string;
  label: string;
  role_id: string | null;
}

const model = (kind: string) => (r: Row): EvidenceRecordModel => ({ kind, id: r.id, label: r.label, roleId: r.role_id });

export async function evidenceOptions(ctx: RequestContext): Promise<EvidenceOptionsModel> {
  const [agreements, rounds, functions] = await Promise.all([
    ctx.db.query<Row[]>(`${AGREEMENTS} ORDER BY a.partner_name, a.id LIMIT 100`),
    ctx.db.query<Row[]>(`${ROUNDS} ORDER BY r.opens_on DESC, r.id LIMIT 100`),
    ctx.db.query<Row[]>(`${FUNCTIONS} ORDER BY t.name, fr.title, d.version DESC LIMIT 100`),
  ]);
  return {
    agreements: agreements.map(model(EvidenceKindEnum.AGREEMENT)),
    readinessRounds: rounds.map(model(EvidenceKindEnum.READINESS_ROUND)),
    functionDescriptions: functions.map(model(EvidenceKindEnum.FUNCTION_DESCRIPTION)),
  };
}

/** The linked records of each item, by item id (three statements at most, whatever the number of items). */
export async function evidenceOf(ctx: RequestContext, items: ImplementationChecklistItem[]): Promise<Map<string, EvidenceRecordModel[]>> {
  const ids = (pick: (i: ImplementationChecklistItem) => string | null) => [...new Set(items.map(pick).filter((v): v is string => !!v))];
  const agreementIds = ids((i) => i.evidenceAgreementId);
  const roundIds = ids((i) => i.evidenceRoundId);
  const functionIds = ids((i) => i.evidenceFunctionDescriptionId);
  const load = async (sql: string, alias: string, list: string[], kind: string) =>
    list.length ? (await ctx.db.query<Row[]>(`${sql} WHERE ${alias}.id = ANY($1)`, [list])).map(model(kind)) : [];
  const [agreements, rounds, functions] = await Promise.all([
    load(AGREEMENTS, 'a', agreementIds, EvidenceKindEnum.AGREEMENT),
    load(ROUNDS, 'r', roundIds, EvidenceKindEnum.READINESS_ROUND),
    load(FUNCTIONS, 'd', functionIds, EvidenceKindEnum.FUNCTION_DESCRIPTION),
  ]);
  const byId = new Map([...agreements, ...rounds, ...functions].map((r) => [r.id, r]));
  const result = new Map<string, EvidenceRecordModel[]>();
  for (const i of items) {
    const linked = [i.evidenceAgreementId, i.evidenceRoundId, i.evidenceFunctionDescriptionId]
      .map((id) => (id ? byId.get(id) : undefined))
      .filter((r): r is EvidenceRecordModel => !!r);
    result.set(i.id, linked);
  }
  return result;
}

const REFERENCES = [
  { field: 'evidenceAgreementId', table: 'cooperation_agreement', column: 'evidence_agreement_id' },
  { field: 'evidenceRoundId', table: 'readiness_round', column: 'evidence_round_id' },
  { field: 'evidenceFunctionDescriptionId', table: 'function_description', column: 'evidence_function_description_id' },
] as const;

/**
 * A linked record must exist in the viewer's tenant. Row-level security hides other tenants'
 * rows, so another tenant's id answers exactly like one that exists nowhere; the database's
 * same-tenant trigger refuses it too, should a write path ever skip this check.
 */
export async function assertEvidenceInTenant(ctx: RequestContext, next: Partial<Record<string, string | null>>): Promise<void> {
  for (const ref of REFERENCES) {
    const id = next[ref.field];
    if (!id) continue;
    const [row] = await ctx.db.query<Array<{ found: boolean }>>(`SELECT EXISTS (SELECT 1 FROM ${ref.table} WHERE id = $1) AS found`, [id]);
    if (!row.found) throw errors.evidenceNotFound(ref.field);
  }
}

/** The input field whose reference the same-tenant trigger (SQLSTATE 23503, "… is not in the same tenant") refused, if any. */
export function isCrossTenantReference(error: unknown): string | null {
  const e = error as { code?: string; message?: string; driverError?: { code?: string; message?: string } };
  const code = e?.driverError?.code ?? e?.code;
  const message = e?.driverError?.message ?? e?.message ?? '';
  if (code !== '23503') return null;
  const ref = REFERENCES.find((r) => message.startsWith(`${r.table} `) || message.includes(`"${r.column}"`));
  return ref ? ref.field : null;
}
