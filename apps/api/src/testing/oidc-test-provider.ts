/**
 * Starts a real OpenID provider (oidc-provider.mjs, its own Node process) for a test and stops it.
 * Used by the SSO integration suite and the SSO e2e spec.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

export interface TestClient {
  client_id: string;
  client_secret?: string;
  redirect_uris: string[];
  post_logout_redirect_uris?: string[];
  token_endpoint_auth_method?: 'client_secret_basic' | 'client_secret_post' | 'none';
}

export interface TestAccount {
  sub: string;
  email?: string;
  email_verified?: boolean;
  name?: string;
}

export interface TestProvider {
  issuer: string;
  port: number;
  /** Who signs in at the IdP from now on. */
  signInAs(account: TestAccount): Promise<void>;
  stop(): Promise<void>;
}

export async function startTestProvider(clients: TestClient[]): Promise<TestProvider> {
  const child: ChildProcess = spawn(process.execPath, [join(__dirname, 'oidc-provider.mjs')], {
    env: { PATH: process.env.PATH, NODE_ENV: 'test', OIDC_TEST_CLIENTS: JSON.stringify(clients) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let errors = '';
  child.stderr!.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const { port, issuer } = await new Promise<{ port: number; issuer: string }>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const line = /^ready (.*)$/m.exec(out);
      if (line) resolve(JSON.parse(line[1]) as { port: number; issuer: string });
    });
    child.once('exit', (code) => reject(new Error(`the test OpenID provider exited (${code}): ${errors}`)));
  });
  return {
    issuer,
    port,
    async signInAs(account) {
      const res = await fetch(`${issuer}/__test/login`, { method: 'POST', body: JSON.stringify(account) });
      if (res.status !== 204) throw new Error(`test provider refused the account: ${res.status}`);
    },
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
