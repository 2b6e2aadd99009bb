import type { EntityManager } from 'typeorm';
import { DEFAULT_LIFE_AREAS, LifeArea } from './entities';

/** Gives a tenant the default life areas (idempotent). Used by the demo seed and the test factories. */
export async function seedLifeAreas(manager: EntityManager, tenantId: string): Promise<void> {
  await manager
    .createQueryBuilder()
    .insert()
    .into(LifeArea)
    .values(DEFAULT_LIFE_AREAS.map((a) => ({ ...a, tenantId })))
    .orIgnore()
    .execute();
}
