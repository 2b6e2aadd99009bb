/**
 * The built worker (apps/worker/dist/main.js) as its own OS process, for tests that kill it.
 * Its output goes to a log file (.data/logs/<name>.log), so a failure can be read afterwards.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../../..');
export const WORKER_MAIN = join(ROOT, 'apps/worker/dist/main.js');

export interface WorkerProcess {
  readonly pid: number;
  /** Resolves with the exit code or signal once the process has ended. */
  readonly exited: Promise<string>;
  /** Sends the signal and waits for the process to end. */
  kill(signal: NodeJS.Signals): Promise<string>;
  /** Resolves when the worker has logged that it started (its schedulers are in Redis). */
  started(timeoutMs?: number): Promise<void>;
}

export function startWorkerProcess(env: Record<string, string>, logName: string): WorkerProcess {
  if (!existsSync(WORKER_MAIN)) throw new Error(`${WORKER_MAIN} is missing: build the worker first (npm test builds it)`);
  mkdirSync(join(ROOT, '.data/logs'), { recursive: true });
  const log = createWriteStream(join(ROOT, '.data/logs', `${logName}.log`), { flags: 'a' });
  const child: ChildProcess = spawn(process.execPath, [WORKER_MAIN], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const collect = (chunk: Buffer) => {
    log.write(chunk);
    if (output.length < 200_000) output += chunk.toString('utf8');
  };
  child.stdout!.on('data', collect);
  child.stderr!.on('data', collect);
  const exited = new Promise<string>((done) => child.once('exit', (code, signal) => done(signal ?? `exit ${code}`)));
  void exited.then(() => log.end());
  return {
    pid: child.pid!,
    exited,
    kill: (signal) => {
      child.kill(signal);
      return exited;
    },
    started: async (timeoutMs = 30_000) => {
      const deadline = Date.now() + timeoutMs;
      while (!output.includes('Worker started')) {
        if (child.exitCode !== null || child.signalCode !== null) throw new Error(`worker exited while starting:\n${output.slice(-2000)}`);
        if (Date.now() > deadline) throw new Error(`worker did not start within ${timeoutMs} ms:\n${output.slice(-2000)}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
  };
}
