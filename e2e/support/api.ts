import { closeOwnerDataSource, createTestTenant } from '@act/db/testing';
import type { Page } from 'playwright-core';
import { baseUrl } from './browser';

/** A fresh tenant for one spec, made directly in the test database (owner role). */
export interface TestTenant {
  tenantId: string;
  adminEmail: string;
  leaderEmail: string;
  memberEmail: string;
  steeringEmail: string;
  password: string;
  teamId: string;
  otherTeamId: string;
  citizenId: string;
}

/** GraphQL over fetch, same origin as the browser (through the preview server's proxy). */
export async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (!body.data || body.errors?.length) {
    throw new Error(`GraphQL failed (${response.status}): ${JSON.stringify(body.errors ?? body)}`);
  }
  return body.data;
}

export async function bootstrapTenant(): Promise<TestTenant> {
  const t = await createTestTenant();
  return {
    tenantId: t.tenantId,
    adminEmail: t.admin.email,
    leaderEmail: t.leader.email,
    memberEmail: t.member.email,
    steeringEmail: t.steeringGroup.email,
    password: t.password,
    teamId: t.team.id,
    otherTeamId: t.otherTeam.id,
    citizenId: t.citizen.id,
  };
}

afterAll(() => closeOwnerDataSource());

/** Logs in through the login form, as a person would, and waits for the app shell. */
export async function loginAs(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Adgangskode').fill(password);
  await page.getByRole('button', { name: 'Log ind', exact: true }).click();
  await page.getByRole('navigation', { name: 'Hovedmenu' }).waitFor();
}

/** The visible names of the main menu's links, in order. */
export async function menuItems(page: Page): Promise<string[]> {
  const links = page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link');
  return (await links.allInnerTexts()).map((text) => text.trim());
}

/** A CPR number in any form: the tests check none ever appears in a URL. */
export const CPR_IN_TEXT = /\b\d{6}-?\d{4}\b/;
