import { DEFAULT_READINESS_STATEMENTS } from '@act/domain';
import type { EntityManager } from 'typeorm';

/**
 * Gives a tenant the default readiness statements (idempotent). The API calls it before reading
 * the catalogue, the demo seed before opening its rounds. A cheap EXISTS check first: after the
 * first call nothing is written, so a read stays a read. A municipality's rewording keeps its
 * default_key, so ON CONFLICT never brings the old wording back.
 */
export async function ensureReadinessDefaults(manager: EntityManager, tenantId: string): Promise<void> {
  const [{ missing }]: Array<{ missing: boolean }> = await manager.query(
    `SELECT count(*)::int < $2 AS missing FROM readiness_statement WHERE tenant_id = $1 AND default_key IS NOT NULL`,
    [tenantId, DEFAULT_READINESS_STATEMENTS.length],
  );
  if (!missing) return;
  const params: unknown[] = [tenantId];
  const values = DEFAULT_READINESS_STATEMENTS.map((s, i) => {
    params.push(s.driver, s.text, i + 1, s.key);
    const p = params.length;
    return `($1, $${p - 3}, $${p - 2}, $${p - 1}, $${p})`;
  });
  await manager.query(
    `INSERT INTO readiness_statement (tenant_id, driver, text, position, default_key) VALUES ${values.join(', ')}
     ON CONFLICT (tenant_id, default_key) WHERE default_key IS NOT NULL DO NOTHING`,
    params,
  );
}
