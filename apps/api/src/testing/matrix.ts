/**
 * Shared pieces of the generated safety matrices: sending a fixture's operation, bounded
 * concurrency, and what of a world must never reach an outsider.
 */
import type { ApiHarness, GqlResult } from './api-harness';
import { errorCodes } from './db-state';
import { TENANT_ID_KEYS, type Target, type World } from './fixture-world';
import { type FixtureCase, allFixtures, fixtureGaps } from './operation-fixtures';
import { operationFor } from './schema-operations';

/** Sends the generated operation of a fixture's field with the given variables. */
export function send(api: ApiHarness, fc: FixtureCase, variables: Record<string, unknown>, cookie?: string): Promise<GqlResult> {
  return api.gql(operationFor(fc.field, variables).document, variables, cookie);
}

/** Runs `fn` over `items` with at most `limit` at a time, keeping the order of results. */
export async function pool<T, R>(items: T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** Concurrent requests per batch: the API runs in-process on a 2-core machine shared with others. */
export const CONCURRENCY = 4;

/**
 * The fields the matrices run: every root field with an entry, except those that cannot be
 * aimed at anything (logout ends the caller's own session and takes no argument).
 */
export function matrixFixtures(): FixtureCase[] {
  const { missing } = fixtureGaps();
  const all = missing.length ? [] : allFixtures();
  return all.filter((f) => f.field.name !== 'logout');
}

/** A test body for "every root field has a fixture": throws the message that says what to add. */
export function expectEveryFieldHasAFixture(): void {
  const { missing, stale } = fixtureGaps();
  if (missing.length) allFixtures();
  expect(stale).toEqual([]);
}

/** Everything of a world's team (and tenant) that must not reach a caller outside it. */
export function secretsOfTeam(world: World, team: Target, people: Array<{ name: string; email?: string }>): string[] {
  const ids = Object.entries(team)
    .filter(([k]) => k !== 'cpr' && !(TENANT_ID_KEYS as readonly string[]).includes(k))
    .map(([, v]) => v);
  const citizen = [world.tenant.citizen, world.tenant.otherCitizen].find((c) => c.id === team.citizenId)!;
  return [
    ...ids,
    citizen.name,
    citizen.cpr,
    `${citizen.cpr.slice(0, 6)}-${citizen.cpr.slice(6)}`,
    ...people.flatMap((p) => [p.name, ...(p.email ? [p.email] : [])]),
  ];
}

/** Everything of a tenant that must never reach another tenant. */
export function secretsOfTenant(world: World): string[] {
  const t = world.tenant;
  const users = [t.admin, t.steeringGroup, t.leader, t.member, t.otherMember];
  return [
    t.tenantId,
    t.tenantName,
    ...TENANT_ID_KEYS.map((k) => world.ids[k]),
    t.team.name,
    t.otherTeam.name,
    ...users.flatMap((u) => [u.id, u.email, u.name]),
    ...secretsOfTeam(world, world.team1, []),
    ...secretsOfTeam(world, world.team2, []),
  ];
}

/** True when the variables carry any of `ids` (the operation is aimed at them). */
export function aimsAt(variables: Record<string, unknown>, ids: string[]): boolean {
  const text = JSON.stringify(variables);
  return ids.some((id) => text.includes(id));
}

/** A short, stable summary of an answer for failure messages. */
export function summary(res: GqlResult): string {
  return JSON.stringify({ codes: errorCodes(res), message: res.errors?.[0]?.message, data: res.data }).slice(0, 400);
}
