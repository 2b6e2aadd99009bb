/**
 * The three images (infra/docker/*.Dockerfile, issue 15). No Docker engine runs here, so the
 * Dockerfiles are read and checked for what makes an image safe to run; CI builds them for real
 * (.github/workflows/images.yml). Runs after the build (npm test builds first): an entrypoint must
 * be a file the build produces.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { all, execForm, last, parseDockerfile, type Dockerfile, type Stage } from './support/dockerfile';

const ROOT = join(__dirname, '../..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

const images = {
  api: { file: 'infra/docker/api.Dockerfile', entrypoint: ['node', '--max-semi-space-size=64', 'apps/api/dist/main.js'], workspace: '@act/api', health: /\/health\/live/ },
  worker: { file: 'infra/docker/worker.Dockerfile', entrypoint: ['node', 'apps/worker/dist/main.js'], workspace: '@act/worker', health: /\/health\/live/ },
  web: { file: 'infra/docker/web.Dockerfile', entrypoint: ['/etc/act-web/run.sh'], workspace: null, health: /\/healthz/ },
} as const;

/** Every workspace's package.json: npm ci needs all of them beside the lockfile. */
function workspacePackageJsons(): string[] {
  const root = JSON.parse(read('package.json')) as { workspaces: string[] };
  return root.workspaces.flatMap((pattern) => {
    const dir = pattern.replace(/\/\*$/, '');
    return readdirSync(join(ROOT, dir))
      .map((name) => `${dir}/${name}/package.json`)
      .filter((p) => existsSync(join(ROOT, p)));
  });
}

/** FROM image references are an earlier stage, or name an exact version and a digest. */
function expectPinned(docker: Dockerfile, stage: Stage): void {
  const earlier = docker.stages.slice(0, docker.stages.indexOf(stage)).map((s) => s.name);
  if (earlier.includes(stage.image)) return;
  expect(stage.image).toMatch(/^[\w./-]+:\d+\.\d+\.\d+(-[\w.-]+)?@sha256:[0-9a-f]{64}$/);
}

describe.each(Object.entries(images))('the %s image', (_name, image) => {
  const docker = parseDockerfile(read(image.file));
  const final = docker.stages[docker.stages.length - 1];

  it('is multi-stage, every base image pinned by exact version and digest', () => {
    expect(docker.stages.length).toBeGreaterThanOrEqual(2);
    for (const stage of docker.stages) expectPinned(docker, stage);
    const node = docker.stages.map((s) => s.image).filter((i) => i.startsWith('node:'));
    for (const n of node) expect(n).toMatch(/^node:20\.\d+\.\d+-bookworm-slim@/);
  });

  it('runs as a numeric non-root user at the end of the final stage', () => {
    const user = last(final, 'USER');
    expect(user).toBeDefined();
    const [uid, gid] = user!.args.split(':');
    expect(uid).toMatch(/^\d+$/);
    expect(Number(uid)).toBeGreaterThan(0);
    if (gid !== undefined) expect(Number(gid)).toBeGreaterThan(0);
    // Nothing after USER switches back (a later USER or a RUN needing root).
    const after = final.instructions.slice(final.instructions.indexOf(user!) + 1);
    expect(after.filter((i) => i.keyword === 'USER' || i.keyword === 'RUN')).toEqual([]);
  });

  it('has a health check in exec form and the git revision as a label', () => {
    const health = last(final, 'HEALTHCHECK');
    expect(health).toBeDefined();
    const cmd = /\bCMD\s+(\[.*\])$/.exec(health!.args)?.[1];
    expect(cmd).toBeDefined();
    expect(execForm(cmd!)!.join(' ')).toMatch(image.health);
    expect(all(final, 'ARG').map((a) => a.args.split('=')[0])).toContain('GIT_REVISION');
    expect(all(final, 'LABEL').map((l) => l.args).join(' ')).toMatch(/org\.opencontainers\.image\.revision=\$\{?GIT_REVISION\}?(\s|$)/);
  });

  it('starts its entrypoint in exec form from a file the build produces and the image copies', () => {
    const entrypoint = execForm(last(final, 'ENTRYPOINT')!.args);
    expect(entrypoint).toEqual(image.entrypoint);
    const copies = all(final, 'COPY').map((c) => c.args);
    if (image.workspace) {
      const script = entrypoint![entrypoint!.length - 1]; // after node's own flags (ADR 0027)
      expect(existsSync(join(ROOT, script))).toBe(true);
      const distDir = script.replace(/\/[^/]+$/, '');
      expect(copies.some((c) => c.includes('--from=build') && c.endsWith(` ${distDir}`))).toBe(true);
    } else {
      const source = 'infra/web/run.sh';
      expect(statSync(join(ROOT, source)).mode & 0o111).toBeTruthy();
      expect(copies.some((c) => c.includes(source) && c.endsWith(entrypoint![0]))).toBe(true);
    }
  });

  it('installs from the lockfile, and ships production dependencies only', () => {
    const runs = docker.stages.flatMap((s) => all(s, 'RUN').map((r) => r.args));
    expect(runs.some((r) => /\bnpm ci\b/.test(r))).toBe(true);
    // No install that could resolve versions outside the lockfile (npm itself is pinned).
    for (const r of runs) for (const m of r.matchAll(/\bnpm (?:install|i|add)\b([^&;]*)/g)) expect(m[1].trim()).toMatch(/^-g npm@\d+\.\d+\.\d+\b/);
    const copiesFrom = all(final, 'COPY').map((c) => /--from=(\S+)/.exec(c.args)?.[1] ?? null);
    expect(copiesFrom.every((from) => from !== null || final.image.includes('nginx'))).toBe(true);
    if (image.workspace) {
      const deps = docker.stages.find((s) => s.name === 'deps')!;
      const install = all(deps, 'RUN').map((r) => r.args).join(' ');
      expect(install).toMatch(new RegExp(`npm ci --omit=dev --workspace=${image.workspace}\\b`));
      // The final image takes node_modules from the production-only stage, never from the build.
      const fromBuild = all(final, 'COPY').filter((c) => c.args.includes('--from=build')).map((c) => c.args);
      for (const c of fromBuild) expect(c).toMatch(/\/dist\s+\S+\/dist$/);
    } else {
      expect(final.image).toMatch(/^nginxinc\/nginx-unprivileged:/);
    }
  });

  it("copies every workspace's package.json before npm ci (npm ci needs them beside the lockfile)", () => {
    for (const stage of docker.stages) {
      const ci = stage.instructions.findIndex((i) => i.keyword === 'RUN' && /\bnpm ci\b/.test(i.args));
      if (ci < 0) continue;
      const copied = stage.instructions.slice(0, ci).filter((i) => i.keyword === 'COPY').map((i) => i.args);
      for (const pkg of workspacePackageJsons()) expect(copied.some((c) => c.startsWith(pkg))).toBe(true);
      expect(copied.some((c) => c.includes('package-lock.json'))).toBe(true);
    }
  });

  it('copies only files that exist, and sets no secret in the image', () => {
    for (const stage of docker.stages) {
      for (const c of all(stage, 'COPY')) {
        if (c.args.includes('--from=')) continue;
        const parts = c.args.split(/\s+/).filter((p) => !p.startsWith('--'));
        for (const source of parts.slice(0, -1)) expect(existsSync(join(ROOT, source))).toBe(true);
      }
      for (const env of all(stage, 'ENV')) expect(env.args).not.toMatch(/PASSWORD|SECRET|TOKEN|_KEY\b|:\/\/[^/\s]*@/i);
    }
  });
});

describe('the build context (.dockerignore)', () => {
  it('leaves out installed, built and local files', () => {
    const ignored = read('.dockerignore').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
    expect(ignored).toEqual(expect.arrayContaining(['**/node_modules', '**/dist', '.git', '.data', '.env']));
  });
});

describe('the images workflow', () => {
  it('builds the three images with buildx and runs the production smoke test', () => {
    const workflow = read('.github/workflows/images.yml');
    for (const file of Object.values(images).map((i) => i.file)) expect(workflow).toContain(file);
    expect(workflow).toMatch(/docker\/setup-buildx-action/);
    expect(workflow).toMatch(/GIT_REVISION=\$\{\{ github\.sha \}\}/);
    expect(workflow).toMatch(/production-smoke/);
  });
});
