/**
 * The Kubernetes manifests (infra/k8s, ADR 0023), rendered offline for every overlay and its
 * migration Job, validated against the Kubernetes API schemas, and held to the rules of issue 15:
 * no container as root, probes and limits everywhere, no secret value in git.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { containersOf, key, renderKustomization, renderWithKubectl, validateAgainstSchemas, type K8sObject } from './support/kustomize';

const ROOT = join(__dirname, '../..');
const K8S = join(ROOT, 'infra/k8s');
const overlays = readdirSync(join(K8S, 'overlays'));

interface Container {
  name: string;
  image: string;
  command?: string[];
  env?: { name: string; value?: string; valueFrom?: Record<string, unknown> }[];
  envFrom?: { configMapRef?: { name: string }; secretRef?: { name: string } }[];
  ports?: { name?: string; containerPort: number }[];
  livenessProbe?: { httpGet?: { path: string; port: string | number } };
  readinessProbe?: { httpGet?: { path: string; port: string | number } };
  resources?: { requests?: Record<string, string>; limits?: Record<string, string> };
  securityContext?: Record<string, unknown>;
  volumeMounts?: { name: string; mountPath: string }[];
}
interface PodSpec {
  securityContext?: Record<string, unknown>;
  automountServiceAccountToken?: boolean;
  volumes?: { name: string; emptyDir?: unknown }[];
  containers: Container[];
}
const podSpec = (o: K8sObject) => (o.spec as { template: { spec: PodSpec } }).template.spec;
const podLabels = (o: K8sObject) => (o.spec as { template: { metadata: { labels: Record<string, string> } } }).template.metadata.labels;
const withPods = (objects: K8sObject[]) => objects.filter((o) => ['Deployment', 'Job', 'StatefulSet', 'DaemonSet'].includes(o.kind));
const find = (objects: K8sObject[], kind: string, name: string) => {
  const o = objects.find((x) => x.kind === kind && x.metadata.name === name);
  if (!o) throw new Error(`no ${kind} ${name}`);
  return o;
};
const selects = (selector: Record<string, string>, labels: Record<string, string>) =>
  Object.entries(selector).every(([k, v]) => labels[k] === v);

/** A value that looks like a credential: a URL with a password, a long random token, a PEM key. */
const CREDENTIAL = /:\/\/[^/\s:@]+:[^/\s@]+@|-----BEGIN|^[A-Za-z0-9+/_=-]{32,}$/;
const SECRET_NAME = /PASSWORD|SECRET|TOKEN|PRIVATE|_KEY$|^DATABASE(_APP|_OWNER)?_URL$|^REDIS_URL$|^SMTP_URL$/;

describe.each(overlays)('the %s overlay', (overlay) => {
  const app = renderKustomization(join(K8S, 'overlays', overlay));
  const migrate = renderKustomization(join(K8S, 'overlays', overlay, 'migrate'));
  const all = [...app, ...migrate];

  it('renders as the real kustomize does (when kubectl is installed)', () => {
    for (const [dir, ours] of [[join(K8S, 'overlays', overlay), app], [join(K8S, 'overlays', overlay, 'migrate'), migrate]] as const) {
      const real = renderWithKubectl(dir);
      if (!real) continue; // no kubectl here; CI renders with it (images.yml)
      const byKey = (list: K8sObject[]) => Object.fromEntries(list.map((o) => [key(o), o]));
      expect(byKey(ours)).toEqual(byKey(real));
    }
  });

  it('validates against the Kubernetes API schemas', () => {
    expect(all.length).toBeGreaterThan(10);
    expect(validateAgainstSchemas(all, ROOT)).toEqual([]);
  });

  it('puts everything in one namespace and pins every image to a release', () => {
    const namespaces = new Set(all.map((o) => o.metadata.namespace));
    expect(namespaces.size).toBe(1);
    expect([...namespaces][0]).toMatch(/^[a-z0-9-]+$/);
    for (const o of withPods(all)) for (const c of containersOf(o)) expect(c.image).toMatch(/(:[\w.-]+|@sha256:[0-9a-f]{64})$/);
    for (const o of withPods(all)) for (const c of containersOf(o)) expect(c.image).not.toMatch(/:latest$/);
  });

  it('runs no container as root, with a read-only root filesystem, no privilege escalation, no capabilities', () => {
    for (const o of withPods(all)) {
      const pod = podSpec(o);
      expect(pod.automountServiceAccountToken).toBe(false);
      // The pod's defaults too (an init or debug container started later inherits them).
      expect({ pod: o.metadata.name, runAsNonRoot: pod.securityContext?.runAsNonRoot }).toEqual({ pod: o.metadata.name, runAsNonRoot: true });
      expect({ pod: o.metadata.name, uid: Number(pod.securityContext?.runAsUser) > 0 }).toEqual({ pod: o.metadata.name, uid: true });
      for (const c of containersOf(o) as Container[]) {
        const where = `${o.kind} ${o.metadata.name} container ${c.name}`;
        const sc = { ...pod.securityContext, ...c.securityContext } as Record<string, unknown>;
        expect({ where, runAsNonRoot: sc.runAsNonRoot }).toEqual({ where, runAsNonRoot: true });
        expect({ where, uid: typeof sc.runAsUser === 'number' && sc.runAsUser > 0 }).toEqual({ where, uid: true });
        expect({ where, readOnlyRootFilesystem: c.securityContext?.readOnlyRootFilesystem }).toEqual({ where, readOnlyRootFilesystem: true });
        expect({ where, allowPrivilegeEscalation: c.securityContext?.allowPrivilegeEscalation }).toEqual({ where, allowPrivilegeEscalation: false });
        expect({ where, privileged: c.securityContext?.privileged ?? false }).toEqual({ where, privileged: false });
        expect({ where, drop: (c.securityContext?.capabilities as { drop?: string[] } | undefined)?.drop }).toEqual({ where, drop: ['ALL'] });
        expect({ where, add: (c.securityContext?.capabilities as { add?: string[] } | undefined)?.add }).toEqual({ where, add: undefined });
        expect({ where, seccomp: (sc.seccompProfile as { type?: string } | undefined)?.type }).toEqual({ where, seccomp: 'RuntimeDefault' });
        // The only writable place: an emptyDir at /tmp.
        const tmp = c.volumeMounts?.find((m) => m.mountPath === '/tmp');
        expect({ where, tmp: !!tmp && !!pod.volumes?.find((v) => v.name === tmp.name)?.emptyDir }).toEqual({ where, tmp: true });
      }
    }
  });

  it('gives every container requests and limits, and every long-running one separate liveness and readiness probes', () => {
    for (const o of withPods(all)) {
      for (const c of containersOf(o) as Container[]) {
        const where = `${o.kind} ${o.metadata.name} container ${c.name}`;
        for (const kind of ['requests', 'limits'] as const) {
          expect({ where, kind, cpu: !!c.resources?.[kind]?.cpu, memory: !!c.resources?.[kind]?.memory }).toEqual({ where, kind, cpu: true, memory: true });
        }
        if (o.kind === 'Job') continue;
        expect({ where, liveness: !!c.livenessProbe, readiness: !!c.readinessProbe }).toEqual({ where, liveness: true, readiness: true });
        expect({ where, same: JSON.stringify(c.livenessProbe) === JSON.stringify(c.readinessProbe) }).toEqual({ where, same: false });
      }
    }
    // api and worker: liveness checks only the process, readiness PostgreSQL and Redis (docs/operations.md).
    for (const name of ['api', 'worker']) {
      const [c] = podSpec(find(app, 'Deployment', name)).containers;
      expect(c.livenessProbe?.httpGet?.path).toBe('/health/live');
      expect(c.readinessProbe?.httpGet?.path).toBe('/health/ready');
    }
  });

  it('holds no secret value: no Secret objects, secret-like variables only from Secrets, no credential anywhere', () => {
    expect(all.filter((o) => o.kind === 'Secret')).toEqual([]);
    const text = JSON.stringify(all);
    expect(text).not.toMatch(/:\/\/[^/\s:@"]+:[^/\s@"]+@/);
    expect(text).not.toMatch(/-----BEGIN/);
    for (const o of withPods(all)) {
      for (const c of containersOf(o) as Container[]) {
        for (const e of c.env ?? []) {
          if (SECRET_NAME.test(e.name)) expect({ name: e.name, from: Object.keys(e.valueFrom ?? {}) }).toEqual({ name: e.name, from: ['secretKeyRef'] });
          if (e.value !== undefined) expect({ name: e.name, credential: CREDENTIAL.test(e.value) }).toEqual({ name: e.name, credential: false });
        }
      }
    }
    for (const cm of all.filter((o) => o.kind === 'ConfigMap')) {
      for (const [name, value] of Object.entries((cm.data as Record<string, string>) ?? {})) {
        expect({ name, secretName: SECRET_NAME.test(name), credential: CREDENTIAL.test(value) }).toEqual({ name, secretName: false, credential: false });
      }
    }
  });

  it('runs api with at least 2 replicas, an autoscaler and a disruption budget; worker with 2 and a budget', () => {
    const api = find(app, 'Deployment', 'api');
    expect((api.spec as { replicas: number }).replicas).toBeGreaterThanOrEqual(2);
    const hpa = find(app, 'HorizontalPodAutoscaler', 'api').spec as { scaleTargetRef: { kind: string; name: string }; minReplicas: number; maxReplicas: number };
    expect(hpa.scaleTargetRef).toMatchObject({ kind: 'Deployment', name: 'api' });
    expect(hpa.minReplicas).toBeGreaterThanOrEqual(2);
    expect(hpa.maxReplicas).toBeGreaterThan(hpa.minReplicas);
    const worker = find(app, 'Deployment', 'worker');
    expect((worker.spec as { replicas: number }).replicas).toBeGreaterThanOrEqual(2);
    for (const d of [api, worker]) {
      const pdb = app.find((o) => o.kind === 'PodDisruptionBudget' && selects((o.spec as { selector: { matchLabels: Record<string, string> } }).selector.matchLabels, podLabels(d)));
      expect(pdb).toBeDefined();
    }
  });

  it('routes /graphql, /calendar and /auth/sso to the api and everything else to web, through Services that select pods', () => {
    const ingress = find(app, 'Ingress', 'act').spec as {
      rules: { host: string; http: { paths: { path: string; pathType: string; backend: { service: { name: string; port: { name?: string; number?: number } } } }[] } }[];
    };
    const routes = Object.fromEntries(ingress.rules[0].http.paths.map((p) => [p.path, p.backend.service.name]));
    expect(routes).toEqual({ '/graphql': 'api', '/calendar': 'api', '/auth/sso': 'api', '/': 'web' });
    const publicUrl = (find(app, 'ConfigMap', 'act-config').data as Record<string, string>).PUBLIC_URL;
    expect(publicUrl).toBe(`https://${ingress.rules[0].host}`);
    for (const path of ingress.rules[0].http.paths) {
      const service = find(app, 'Service', path.backend.service.name).spec as { selector: Record<string, string>; ports: { name: string; targetPort: string | number }[] };
      const port = service.ports.find((p) => p.name === path.backend.service.port.name);
      expect(port).toBeDefined();
      const deployment = withPods(app).find((d) => selects(service.selector, podLabels(d)))!;
      expect(deployment).toBeDefined();
      expect(podSpec(deployment).containers[0].ports?.map((p) => p.name)).toContain(port!.targetPort);
    }
  });

  it('denies all traffic by default and allows DNS, ingress to web/api, and PostgreSQL/Redis from api, worker and the Job', () => {
    const policies = all.filter((o) => o.kind === 'NetworkPolicy').map((o) => o.spec as {
      podSelector: { matchLabels?: Record<string, string> };
      policyTypes: string[];
      ingress?: unknown[];
      egress?: { to?: unknown[]; ports?: { port: number; protocol: string }[] }[];
    });
    const deny = policies.find((p) => !p.podSelector.matchLabels && !p.ingress && !p.egress);
    expect(deny?.policyTypes.sort()).toEqual(['Egress', 'Ingress']);
    const dns = policies.find((p) => !p.podSelector.matchLabels && p.egress?.some((e) => e.ports?.some((x) => x.port === 53)));
    expect(dns).toBeDefined();
    const egressPorts = (labels: Record<string, string>) =>
      policies.filter((p) => p.podSelector.matchLabels && selects(p.podSelector.matchLabels, labels)).flatMap((p) => p.egress ?? []).flatMap((e) => e.ports ?? []).map((x) => x.port);
    const ingressFor = (labels: Record<string, string>) =>
      policies.filter((p) => p.podSelector.matchLabels && selects(p.podSelector.matchLabels, labels)).flatMap((p) => p.ingress ?? []);
    for (const o of withPods(all)) {
      const ports = egressPorts(podLabels(o));
      expect({ pod: o.metadata.name, postgres: ports.includes(5432) }).toEqual({ pod: o.metadata.name, postgres: o.metadata.name !== 'web' });
      if (o.kind === 'Deployment' && o.metadata.name !== 'web') expect(ports).toContain(6379);
    }
    expect(ingressFor(podLabels(find(app, 'Deployment', 'web'))).length).toBeGreaterThan(0);
    expect(ingressFor(podLabels(find(app, 'Deployment', 'api'))).length).toBeGreaterThan(0);
    expect(ingressFor(podLabels(find(migrate, 'Job', 'act-migrate')))).toEqual([]);
  });

  it('migrates with the migrator Secret in the api image; the app never gets it', () => {
    const job = find(migrate, 'Job', 'act-migrate');
    const [c] = podSpec(job).containers;
    expect(c.command).toEqual(['node', 'packages/db/dist/cli/migrate.js']);
    // The file `npm run db:migrate` runs, built and copied into the api image.
    expect(JSON.parse(readFileSync(join(ROOT, 'packages/db/package.json'), 'utf8')).scripts.migrate).toBe('node dist/cli/migrate.js');
    expect(existsSync(join(ROOT, 'packages/db/dist/cli/migrate.js'))).toBe(true);
    expect(readFileSync(join(ROOT, 'infra/docker/api.Dockerfile'), 'utf8')).toMatch(/COPY --from=build \/src\/packages\/db\/dist packages\/db\/dist/);
    const api = containersOf(find(app, 'Deployment', 'api'))[0];
    expect(imageRepo(c.image)).toBe(imageRepo(api.image));
    expect(c.image).toBe(api.image);
    expect(c.envFrom?.map((e) => e.secretRef?.name)).toContain('act-migrator');
    for (const o of withPods(app)) {
      const refs = JSON.stringify(podSpec(o));
      expect({ pod: o.metadata.name, migrator: refs.includes('act-migrator') }).toEqual({ pod: o.metadata.name, migrator: false });
    }
    for (const name of ['api', 'worker']) {
      expect(podSpec(find(app, 'Deployment', name)).containers[0].envFrom?.map((e) => e.secretRef?.name).filter(Boolean)).toEqual(['act-app']);
    }
  });
});

function imageRepo(image: string): string {
  return image.replace(/@sha256:[0-9a-f]+$/, '').replace(/:[^:/]+$/, '');
}

describe('the renderer', () => {
  it('refuses kustomize fields it does not implement', () => {
    const dirs = [join(K8S, 'base'), join(K8S, 'migrate'), ...overlays.flatMap((o) => [join(K8S, 'overlays', o), join(K8S, 'overlays', o, 'migrate')])];
    for (const dir of dirs) expect(() => renderKustomization(dir)).not.toThrow();
  });
});
