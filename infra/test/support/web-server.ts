/**
 * Starts the production web server (infra/web/run.sh, the web image's entrypoint) for tests, and a
 * raw HTTP client that shows exactly what went over the wire (no automatic decompression).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { request, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

export const REPO_ROOT = join(__dirname, '../../..');
export const WEB_DIST = join(REPO_ROOT, 'apps/web/dist');
export const RUN_SCRIPT = join(REPO_ROOT, 'infra/web/run.sh');

/** A port nobody listens on right now (the kernel's choice), for a server started by a script. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

export interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

export function http(url: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: options.method ?? 'GET', headers: options.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.setTimeout(10_000, () => req.destroy(new Error(`timeout: ${url}`)));
    req.on('error', reject);
    if (options.body) req.write(options.body);
    req.end();
  });
}

export interface RunningWebServer {
  url: string;
  /** The process group's leader (a shell that gives nginx a pipe for its logs). */
  process: ChildProcess;
  /** nginx's master process. */
  nginxPid(): number;
  output(): string;
  stop(): Promise<void>;
}

/**
 * infra/web/run.sh in its own process group, as the image's entrypoint runs it. Its output goes
 * through a pipe, as a container runtime gives it one: nginx opens /dev/stdout itself, which
 * fails on the socket Node would give it.
 */
export async function startWebServer(env: Record<string, string>, script = RUN_SCRIPT): Promise<RunningWebServer> {
  const port = env.LISTEN_PORT ?? String(await freePort());
  const tmp = env.WEB_TMP ?? `/tmp/act-web-test-${process.pid}-${port}`;
  const child = spawn('sh', ['-c', '"$0" 2>&1 | cat', script], {
    env: { ...process.env, WEB_ROOT: WEB_DIST, LISTEN_HOST: '127.0.0.1', LISTEN_PORT: port, WEB_TMP: tmp, NGINX_WORKER_PROCESSES: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr.on('data', (c: Buffer) => (output += c.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  const server: RunningWebServer = {
    url,
    process: child,
    nginxPid: () => Number(readFileSync(join(tmp, 'nginx.pid'), 'utf8').trim()),
    output: () => output,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        try {
          process.kill(-child.pid!, 'SIGTERM');
        } catch {
          /* already gone */
        }
        let timer: NodeJS.Timeout | undefined;
        await Promise.race([exited, new Promise((r) => (timer = setTimeout(r, 5000)))]);
        clearTimeout(timer);
        if (child.exitCode === null && child.signalCode === null) process.kill(-child.pid!, 'SIGKILL');
      }
      if (!env.WEB_TMP) rmSync(tmp, { recursive: true, force: true });
    },
  };
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the web server exited (${child.exitCode}):\n${output}`);
    const ok = await http(`${url}/healthz`).then((a) => a.status === 200, () => false);
    if (ok) return server;
    if (Date.now() > deadline) {
      await server.stop();
      throw new Error(`the web server did not answer on ${url}:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The header's value as one string (a repeated header joined), '' when absent. */
export function header(answer: Answer, name: string): string {
  const v = answer.headers[name.toLowerCase()];
  return Array.isArray(v) ? v.join(', ') : (v ?? '');
}

/** The security headers every HTML and asset answer must carry (issue 15). */
export function expectSecurityHeaders(answer: Answer): void {
  const csp = header(answer, 'content-security-policy');
  const directives = new Map(
    csp.split(';').map((d) => d.trim()).filter(Boolean).map((d) => [d.split(/\s+/)[0], d.split(/\s+/).slice(1)] as const),
  );
  if (directives.get('script-src')?.join(' ') !== "'self'") throw new Error(`script-src is not 'self' only: ${csp}`);
  if (directives.get('style-src')?.join(' ') !== "'self'") throw new Error(`style-src is not 'self' only: ${csp}`);
  if (directives.get('default-src')?.join(' ') !== "'self'") throw new Error(`default-src is not 'self': ${csp}`);
  if (directives.get('frame-ancestors')?.join(' ') !== "'none'") throw new Error(`frame-ancestors is not 'none': ${csp}`);
  if (directives.get('object-src')?.join(' ') !== "'none'") throw new Error(`object-src is not 'none': ${csp}`);
  if (/unsafe-(inline|eval|hashes)/.test(csp)) throw new Error(`the CSP allows unsafe sources: ${csp}`);
  const expected: Record<string, RegExp> = {
    'strict-transport-security': /^max-age=(\d{8,}); includeSubDomains$/,
    'x-content-type-options': /^nosniff$/,
    'referrer-policy': /^same-origin$/,
    'permissions-policy': /camera=\(\).*geolocation=\(\).*microphone=\(\)/,
    'x-frame-options': /^DENY$/,
  };
  for (const [name, pattern] of Object.entries(expected)) {
    if (!pattern.test(header(answer, name))) throw new Error(`${name} is '${header(answer, name)}', expected ${String(pattern)}`);
  }
  const hsts = Number(/max-age=(\d+)/.exec(header(answer, 'strict-transport-security'))?.[1]);
  if (hsts < 15_552_000) throw new Error(`HSTS max-age ${hsts} is under 180 days`);
}
