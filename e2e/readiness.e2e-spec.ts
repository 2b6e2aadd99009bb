import { resolve } from 'node:path';
import { createTestTenant, ownerDataSource, type TestTenant } from '@act/db/testing';
import { addDays, copenhagenToday } from '@act/domain';
import { type APIRequestContext, type Browser, type Page, request } from 'playwright-core';
import { loginAs } from './support/api';
import { baseUrl, expectNoSeriousAxeViolations, launchBrowser, newSession } from './support/browser';

jest.setTimeout(240_000);

const PHONE = { width: 360, height: 740 };
const IMG = resolve(__dirname, '../docs/user-guide/img');

/** For the user guide (E2E_SCREENSHOTS=1): the whole page as a phone shows it. */
async function screenshot(page: Page, name: string): Promise<void> {
  if (process.env.E2E_SCREENSHOTS === '1') await page.screenshot({ path: `${IMG}/${name}.png`, fullPage: true });
}

async function expectNoHorizontalScroll(page: Page): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
}

/** A logged-in API session of one user (for what the test sets up around the browser). */
async function apiAs(email: string, password: string): Promise<{ gql: <T>(query: string, variables?: Record<string, unknown>) => Promise<T>; close: () => Promise<void> }> {
  const ctx: APIRequestContext = await request.newContext({ baseURL: baseUrl });
  const gql = async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const res = await ctx.post('/graphql', { data: { query, variables }, headers: { 'content-type': 'application/json' } });
    const body = (await res.json()) as { data?: T; errors?: unknown[] };
    if (!body.data || body.errors?.length) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
    return body.data;
  };
  await gql(`mutation($input: LoginInput!) { login(input: $input) { viewer { id } } }`, { input: { email, password } });
  return { gql, close: () => ctx.dispose() };
}

/** Answers every statement of a round through the API with one score and sends. */
async function answerByApi(email: string, password: string, roundId: string, score: number): Promise<void> {
  const s = await apiAs(email, password);
  const mine = await s.gql<{ myReadinessRound: { answers: Array<{ roundStatementId: string }> } }>(
    `query($roundId: ID!) { myReadinessRound(roundId: $roundId) { answers { roundStatementId } } }`,
    { roundId },
  );
  await s.gql(`mutation($input: SaveReadinessAnswersInput!) { submitReadinessAnswers(input: $input) { submittedAt } }`, {
    input: { roundId, answers: mine.myReadinessRound.answers.map((a) => ({ roundStatementId: a.roundStatementId, score, dontKnow: false })) },
  });
  await s.close();
}

/** Answers every statement in the browser with one score ("Ved ikke" for the last `dontKnow`), with a comment on the first. */
async function answerInBrowser(page: Page, label: string, comment: string, dontKnow = 0): Promise<void> {
  const statements = page.locator('fieldset.readiness-statement');
  const n = await statements.count();
  expect(n).toBe(20);
  for (let i = 0; i < n; i++) {
    await statements.nth(i).getByLabel(i >= n - dontKnow ? 'Ved ikke' : label, { exact: true }).check();
  }
  await statements.first().getByLabel('Kommentar').fill(comment);
}

describe('readiness: a round is opened, answered and compared with the one before', () => {
  let browser: Browser;
  let tenant: TestTenant;
  let roundId: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    tenant = await createTestTenant();
    // Three answers are enough in this municipality (the smallest setting), so that the two
    // people who answer in the browser and one more show results.
    const owner = await ownerDataSource();
    await owner.query(`UPDATE tenant SET min_group_size = 3 WHERE id = $1`, [tenant.tenantId]);

    // The previous round, half a year's work ago: opened, answered by three, closed.
    const steering = await apiAs(tenant.steeringGroup.email, tenant.password);
    const opened = await steering.gql<{ openReadinessRound: { id: string } }>(
      `mutation($input: OpenReadinessRoundInput!) { openReadinessRound(input: $input) { id } }`,
      {
        input: {
          title: 'Parathed forår',
          closesOn: addDays(copenhagenToday(), 7),
          teamIds: [tenant.team.id, tenant.otherTeam.id],
          people: [{ userId: tenant.steeringGroup.id, partner: false }],
        },
      },
    );
    const previous = opened.openReadinessRound.id;
    await answerByApi(tenant.member.email, tenant.password, previous, 2);
    await answerByApi(tenant.leader.email, tenant.password, previous, 3);
    await answerByApi(tenant.otherMember.email, tenant.password, previous, 3);
    // Make it the earlier round: it opened and closed half a year ago. Moving the dates of a round
    // that is still open is allowed; once moved into the past it is closed, and the trigger holds it.
    await owner.query(`UPDATE readiness_round SET opens_on = opens_on - 180, closes_on = opens_on - 170 WHERE id = $1`, [previous]);
    await steering.close();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('the steering group opens a round for two teams and itself on a phone', async () => {
    const { context, page } = await newSession(browser, { viewport: PHONE });
    await loginAs(page, tenant.steeringGroup.email, tenant.password);
    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Parathed' }).click();
    await page.getByRole('heading', { level: 1, name: 'Parathedsvurdering' }).waitFor();
    // The rounds table; the steering group was invited to the spring round too (its own list below).
    await page.getByRole('table', { name: 'Parathedsvurderinger, nyeste først' }).getByRole('link', { name: 'Parathed forår' }).waitFor();
    await page.getByRole('link', { name: 'Start en ny vurdering' }).click();
    await page.getByRole('heading', { level: 1, name: 'Start en ny parathedsvurdering' }).waitFor();
    await expectNoSeriousAxeViolations(page);
    await expectNoHorizontalScroll(page);

    await page.getByLabel('Titel').fill('Parathed efterår');
    await page.getByLabel('Sidste svardag').fill(addDays(copenhagenToday(), 14));
    await page.getByLabel(new RegExp(`^${tenant.team.name} \\(2 personer\\)`)).check();
    await page.getByLabel(new RegExp(`^${tenant.otherTeam.name} \\(1 person\\)`)).check();
    // Team staff are never listed by name; people outside the teams are.
    expect(await page.getByText(tenant.member.name).count()).toBe(0);
    await page.getByLabel(new RegExp(`^${tenant.steeringGroup.name}`)).check();
    await page.getByText('4 inviteret.').waitFor();
    await page.getByRole('button', { name: 'Start vurderingen' }).click();

    await page.getByRole('heading', { level: 1, name: 'Parathed efterår' }).waitFor();
    await page.getByText('Resultaterne vises, når vurderingen er lukket.').waitFor();
    await expectNoSeriousAxeViolations(page);
    await expectNoHorizontalScroll(page);
    roundId = page.url().split('/').pop()!;
    await context.close();
  });

  it('a team member answers on a phone: draft first, then sends', async () => {
    const { context, page } = await newSession(browser, { viewport: PHONE });
    await loginAs(page, tenant.member.email, tenant.password);
    await page.goto('/readiness');
    await page.getByRole('heading', { level: 1, name: 'Mine parathedsvurderinger' }).waitFor();
    await page.getByRole('link', { name: 'Parathed efterår' }).click();
    await page.getByRole('heading', { level: 1, name: 'Parathed efterår' }).waitFor();
    await expectNoSeriousAxeViolations(page);
    await expectNoHorizontalScroll(page);

    await answerInBrowser(page, '4 Enig', 'Vi har fået lokaler');
    await page.getByRole('button', { name: 'Gem kladde' }).click();
    await page.getByText('Dine svar er gemt som kladde.').waitFor();
    await page.getByText('Du har svaret på 20 af 20 udsagn.').waitFor();
    await screenshot(page, 'parathed-svar');
    await page.getByRole('button', { name: 'Send svar' }).click();
    await page.getByText('Tak! Dine svar er sendt.').first().waitFor();
    expect(await page.getByRole('button', { name: 'Send svar' }).count()).toBe(0);
    await expectNoSeriousAxeViolations(page);
    await context.close();
  });

  it('the team leader answers too, with "Ved ikke" on the last two', async () => {
    const { context, page } = await newSession(browser);
    await loginAs(page, tenant.leader.email, tenant.password);
    await page.goto(`/readiness/${roundId}/answer`);
    await page.getByRole('heading', { level: 1, name: 'Parathed efterår' }).waitFor();
    await answerInBrowser(page, '5 Helt enig', 'Ledelsen følger op', 2);
    await page.getByRole('button', { name: 'Send svar' }).click();
    await page.getByText('Tak! Dine svar er sendt.').first().waitFor();
    await context.close();
    // A third answer (the other team's member) so that the group is big enough.
    await answerByApi(tenant.otherMember.email, tenant.password, roundId, 4);
  });

  it('the steering group closes the round and sees results and the comparison with the previous round on a phone', async () => {
    const { context, page } = await newSession(browser, { viewport: PHONE });
    await loginAs(page, tenant.steeringGroup.email, tenant.password);
    await page.goto(`/readiness/${roundId}`);
    await page.getByRole('heading', { level: 1, name: 'Parathed efterår' }).waitFor();
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Luk vurderingen nu' }).click();
    await page.getByRole('heading', { level: 2, name: 'Resultater' }).waitFor();

    // Intervention: 4, 5, 4 on every statement → 4,3.
    await page.getByRole('img', { name: /Gennemsnit pr\. drivkraft – Parathed efterår\./ }).waitFor();
    const drivers = page.getByRole('table', { name: 'Resultater pr. drivkraft' });
    await expect(drivers.getByRole('row').filter({ hasText: 'Indsatsen' }).getByRole('cell').first().innerText()).resolves.toBe('4,3');
    await page.getByText('Vi har fået lokaler').waitFor();
    await page.getByText('Ledelsen følger op').waitFor();

    // Compared with the spring: 2, 3, 3 → 2,7.
    const compare = page.getByRole('region', { name: 'Sammenligning med forrige vurdering' });
    await compare.getByRole('img', { name: /Parathed forår og Parathed efterår/ }).waitFor();
    await compare.getByRole('button', { name: 'Vis som tabel' }).click();
    const table = compare.getByRole('table').first();
    const row = await table.getByRole('row').filter({ hasText: 'Indsatsen' }).first().getByRole('cell').allInnerTexts();
    expect(row).toEqual(['2,7', '4,3']);
    await expectNoSeriousAxeViolations(page);
    await expectNoHorizontalScroll(page);
    await screenshot(page, 'parathed-resultater');

    // The overview shows the development over time: a chart per driver, rounds oldest first.
    await page.getByRole('link', { name: 'Tilbage til parathedsvurderinger' }).click();
    const development = page.getByRole('region', { name: 'Udvikling over tid' });
    await development.getByRole('img', { name: /Indsatsen – gennemsnit pr\. vurdering/ }).waitFor();
    const intervention = development.getByRole('figure', { name: 'Indsatsen – gennemsnit pr. vurdering' });
    await intervention.getByRole('button', { name: 'Vis som tabel' }).click();
    const rows = intervention.getByRole('table').getByRole('row');
    expect(await rows.filter({ hasText: 'Parathed forår' }).getByRole('cell').allInnerTexts()).toEqual(['2,7']);
    expect(await rows.filter({ hasText: 'Parathed efterår' }).getByRole('cell').allInnerTexts()).toEqual(['4,3']);
    await expectNoSeriousAxeViolations(page);
    await expectNoHorizontalScroll(page);
    await screenshot(page, 'parathed-udvikling');
    await context.close();
  });
});
