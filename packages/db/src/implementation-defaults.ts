import { DEFAULT_CHECKLIST, DEFAULT_RESPONSIBILITIES } from '@act/domain';
import type { EntityManager } from 'typeorm';

/**
 * Gives a tenant the guide's checklist items and the default roles table, once (idempotent:
 * ON CONFLICT on the default key). A cheap count first, so the API can call it before every
 * read without writing. The guide's items cannot be removed; roles lines can, and a table that
 * has lines is left as the municipality wrote it.
 */
export async function ensureImplementationDefaults(manager: EntityManager, tenantId: string): Promise<void> {
  const [{ items, lines }]: Array<{ items: number; lines: number }> = await manager.query(
    `SELECT
       (SELECT count(*)::int FROM implementation_checklist_item WHERE tenant_id = $1 AND default_key IS NOT NULL) AS items,
       (SELECT count(*)::int FROM implementation_responsibility WHERE tenant_id = $1) AS lines`,
    [tenantId],
  );
  if (items < DEFAULT_CHECKLIST.length) {
    const keys = DEFAULT_CHECKLIST.map((i) => i.key);
    await manager.query(
      `INSERT INTO implementation_checklist_item (tenant_id, phase, default_key, text, position, version)
       SELECT $1, d.phase::implementation_phase, d.key, d.text, d.position, 1
       FROM unnest($2::text[], $3::text[], $4::text[], $5::int[]) AS d(key, phase, text, position)
       ON CONFLICT (tenant_id, default_key) WHERE default_key IS NOT NULL DO NOTHING`,
      [
        tenantId,
        keys,
        DEFAULT_CHECKLIST.map((i) => i.phase),
        DEFAULT_CHECKLIST.map((i) => i.text),
        // Position within the phase, leaving room for own items after the guide's.
        DEFAULT_CHECKLIST.map((i) => DEFAULT_CHECKLIST.filter((j) => j.phase === i.phase).indexOf(i) + 1),
      ],
    );
  }
  // Lines can be removed, so the defaults are written only to a table that never had any.
  if (lines === 0) {
    await manager.query(
      `INSERT INTO implementation_responsibility (tenant_id, responsible_group, default_key, text, position)
       SELECT $1, d.grp::responsibility_group, d.key, d.text, d.position
       FROM unnest($2::text[], $3::text[], $4::text[], $5::int[]) AS d(key, grp, text, position)
       ON CONFLICT (tenant_id, default_key) WHERE default_key IS NOT NULL DO NOTHING`,
      [
        tenantId,
        DEFAULT_RESPONSIBILITIES.map((r) => r.key),
        DEFAULT_RESPONSIBILITIES.map((r) => r.group),
        DEFAULT_RESPONSIBILITIES.map((r) => r.text),
        DEFAULT_RESPONSIBILITIES.map((r) => DEFAULT_RESPONSIBILITIES.filter((j) => j.group === r.group).indexOf(r) + 1),
      ],
    );
  }
}

