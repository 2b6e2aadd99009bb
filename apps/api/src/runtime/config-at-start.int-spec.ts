/**
 * The built API and worker refuse a bad or missing setting at start: one line on stderr naming
 * the variable and what is expected, exit code 1, before anything connects.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../../..');
const API_MAIN = join(ROOT, 'apps/api/dist/main.js');
const WORKER_MAIN = join(ROOT, 'apps/worker/dist/main.js');

function run(main: string, env: Record<string, string>): Promise<{ code: number | null; stderr: string; stdout: string }> {
  if (!existsSync(main)) throw new Error(`${main} is missing: build first (npm test builds it)`);
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [main], { cwd: ROOT, env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(new Error(`still running after 20 s:\n${stdout}\n${stderr}`));
    }, 20_000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      done({ code, stderr, stdout });
    });
  });
}

describe('configuration checked at start', () => {
  it('the API stops on a bad PORT with one line naming it', async () => {
    const { code, stderr, stdout } = await run(API_MAIN, { PORT: 'abc' });
    expect(code).toBe(1);
    expect(stderr).toBe('[api] configuration: PORT must be a port number 1–65535, got "abc"\n');
    expect(stdout).toBe('');
  });

  it('the API in production names the first missing must-have and never echoes a secret', async () => {
    const missing = await run(API_MAIN, { NODE_ENV: 'production', DATABASE_APP_URL: 'postgres://act_app:s3cret@db/act', REDIS_URL: 'redis://r:6379' });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^\[api\] configuration: PUBLIC_URL must be set when NODE_ENV=production/);
    const bad = await run(API_MAIN, { DATABASE_APP_URL: 'mysql://act_app:s3cret@db/act' });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^\[api\] configuration: DATABASE_APP_URL must start with postgres:\/\//);
    expect(bad.stderr).not.toContain('s3cret');
  });

  it('the worker stops on a bad value or a missing production setting', async () => {
    const bad = await run(WORKER_MAIN, { LOG_LEVEL: 'loud' });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toBe('[worker] configuration: LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent, got "loud"\n');
    const missing = await run(WORKER_MAIN, { NODE_ENV: 'production' });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^\[worker\] configuration: REDIS_URL must be set when NODE_ENV=production\n$/);
  });
});
