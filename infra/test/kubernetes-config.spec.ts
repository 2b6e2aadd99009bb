/**
 * The manifests give the api and worker a configuration they accept (issue 15): each container's
 * environment as Kubernetes would build it — the ConfigMap, the container's own variables and the
 * act-app Secret's keys (placeholder values; the real ones are never in git) — goes through the
 * same checks the processes run at start (ADR 0022).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '../../apps/api/src/config';
import { loadWorkerConfig } from '../../apps/worker/src/config/worker-config';
import { renderKustomization, type K8sObject } from './support/kustomize';

const K8S = join(__dirname, '../k8s');

/** What docs/operations.md and infra/k8s/README.md tell the operator to put in act-app. */
const ACT_APP_SECRET = {
  DATABASE_APP_URL: 'postgres://act_app:placeholder@db.example.test:5432/act',
  REDIS_URL: 'rediss://:placeholder@redis.example.test:6379/0',
  SMTP_URL: 'smtps://user:placeholder@smtp.example.test:465',
};

interface Container {
  env?: { name: string; value?: string; valueFrom?: { configMapKeyRef?: { name: string; key: string } } }[];
  envFrom?: { configMapRef?: { name: string }; secretRef?: { name: string } }[];
}

function containerEnv(objects: K8sObject[], deployment: string): NodeJS.ProcessEnv {
  const d = objects.find((o) => o.kind === 'Deployment' && o.metadata.name === deployment)!;
  const [c] = (d.spec as { template: { spec: { containers: Container[] } } }).template.spec.containers;
  const configMap = (name: string) => (objects.find((o) => o.kind === 'ConfigMap' && o.metadata.name === name)!.data ?? {}) as Record<string, string>;
  const env: NodeJS.ProcessEnv = {};
  for (const from of c.envFrom ?? []) {
    if (from.configMapRef) Object.assign(env, configMap(from.configMapRef.name));
    if (from.secretRef) {
      expect(from.secretRef.name).toBe('act-app');
      Object.assign(env, ACT_APP_SECRET);
    }
  }
  for (const e of c.env ?? []) {
    if (e.value !== undefined) env[e.name] = e.value;
    else if (e.valueFrom?.configMapKeyRef) env[e.name] = configMap(e.valueFrom.configMapKeyRef.name)[e.valueFrom.configMapKeyRef.key];
  }
  return env;
}

describe.each(readdirSync(join(K8S, 'overlays')))('the %s overlay', (overlay) => {
  const objects = renderKustomization(join(K8S, 'overlays', overlay));

  it('gives the api a production configuration it accepts', () => {
    const env = containerEnv(objects, 'api');
    expect(env.NODE_ENV).toBe('production');
    const config = loadConfig(env);
    expect(config.production).toBe(true);
    expect(config.host).toBe('0.0.0.0');
    expect(config.port).toBe(3000);
    expect(config.session.secureCookie).toBe(true);
  });

  it('gives the worker a production configuration it accepts', () => {
    const env = containerEnv(objects, 'worker');
    const config = loadWorkerConfig(env);
    expect(config.production).toBe(true);
    expect(config.healthHost).toBe('0.0.0.0');
    expect(config.healthPort).toBe(3001);
    expect(config.mail.publicUrl).toMatch(/^https:\/\//);
  });
});
