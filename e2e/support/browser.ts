import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** The built web app served by `vite preview`, which proxies /graphql to the API under test. */
export const baseUrl = (process.env.E2E_BASE_URL ?? 'http://localhost:5174').replace(/\/+$/, '');

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

export interface Session {
  context: BrowserContext;
  page: Page;
}

/** A fresh context (own cookies) and page; axe needs a page made through a context. */
export async function newSession(
  browser: Browser,
  options: { viewport?: { width: number; height: number } } = {},
): Promise<Session> {
  const context = await browser.newContext({
    baseURL: baseUrl,
    locale: 'da-DK',
    timezoneId: 'Europe/Copenhagen',
    ...(options.viewport ? { viewport: options.viewport } : {}),
  });
  const page = await context.newPage();
  // Generous: the suite shares two cores with the API, the preview server and chromium.
  page.setDefaultTimeout(20_000);
  page.setDefaultNavigationTimeout(30_000);
  return { context, page };
}

/** Fails when axe finds any serious or critical WCAG 2.1 A/AA violation on the current page. */
export async function expectNoSeriousAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const report = serious.map(
    (v) => `${v.impact} ${v.id}: ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`,
  );
  expect({ url: page.url(), violations: report }).toEqual({ url: page.url(), violations: [] });
}
