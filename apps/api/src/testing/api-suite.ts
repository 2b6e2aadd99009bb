/**
 * The common lifecycle of an integration suite: before it, start the API, create a fresh tenant
 * and log every role in; after it, close both. `use` receives them for the suite's own variables:
 *
 *   let api: ApiHarness; let t: TestTenant; let c: Cookies;
 *   useApiSuite((s) => ({ api, t, c } = s));
 */
import { closeOwnerDataSource, createTestTenant, type TestTenant } from '@act/db/testing';
import { type ApiHarness, startApi } from './api-harness';
import { type Cookies, loginAll } from './db-state';

export interface ApiSuite {
  api: ApiHarness;
  t: TestTenant;
  c: Cookies;
}

export function useApiSuite(use: (suite: ApiSuite) => void, env: Record<string, string> = {}): void {
  let api: ApiHarness | undefined;
  beforeAll(async () => {
    api = await startApi(env);
    const t = await createTestTenant();
    use({ api, t, c: await loginAll(api, t) });
  });
  afterAll(async () => {
    await api?.close();
    await closeOwnerDataSource();
  });
}
