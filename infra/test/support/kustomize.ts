/**
 * A small renderer for the kustomize fields infra/k8s uses — resources (files and directories),
 * namespace, images, replicas, patches (strategic merge by kind and name, or JSON 6902 with a
 * target) — so that the manifests are rendered in every test run, also where no kubectl is
 * installed. Any other field is refused, so the manifests cannot silently outgrow it. Where
 * kubectl is installed its real kustomize renders too, and the test requires the same objects
 * (CI runs `kubectl kustomize` as well: .github/workflows/images.yml). ADR 0023.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';

export interface K8sObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string>; annotations?: Record<string, string> };
  [key: string]: unknown;
}

interface Kustomization {
  resources?: string[];
  namespace?: string;
  images?: { name: string; newName?: string; newTag?: string; digest?: string }[];
  replicas?: { name: string; count: number }[];
  patches?: { path: string; target?: { kind?: string; name?: string } }[];
}

const SUPPORTED = new Set(['apiVersion', 'kind', 'resources', 'namespace', 'images', 'replicas', 'patches']);

function parseYaml(text: string, file: string): unknown[] {
  return parseAllDocuments(text).map((doc) => {
    if (doc.errors.length) throw new Error(`${file}: ${doc.errors[0].message}`);
    return doc.toJS() as unknown;
  }).filter((d) => d !== null && d !== undefined);
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
const isMap = (v: unknown): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Strategic merge, as far as these manifests need it: maps merge, lists of named items merge by name. */
function strategicMerge(target: Json, patch: Json): Json {
  if (isMap(target) && isMap(patch)) {
    const out: Record<string, Json> = { ...target };
    for (const [key, value] of Object.entries(patch)) {
      if (value === null) delete out[key];
      else out[key] = key in out ? strategicMerge(out[key], value) : value;
    }
    return out;
  }
  if (Array.isArray(target) && Array.isArray(patch) && patch.every((p) => isMap(p) && typeof p.name === 'string')) {
    const out = [...target];
    for (const item of patch as Record<string, Json>[]) {
      const i = out.findIndex((t) => isMap(t) && t.name === item.name);
      if (i >= 0) out[i] = strategicMerge(out[i], item);
      else out.push(item);
    }
    return out;
  }
  return patch;
}

function jsonPatch(target: Json, ops: { op: string; path: string; value?: Json }[]): void {
  for (const { op, path, value } of ops) {
    const keys = path.split('/').slice(1).map((k) => k.replace(/~1/g, '/').replace(/~0/g, '~'));
    const last = keys.pop()!;
    let node: Json = target;
    for (const key of keys) node = Array.isArray(node) ? node[Number(key)] : (node as Record<string, Json>)[key];
    if (!node || typeof node !== 'object') throw new Error(`JSON patch: no ${path}`);
    if (op === 'replace' || op === 'add') {
      if (Array.isArray(node)) {
        if (op === 'add') node.splice(last === '-' ? node.length : Number(last), 0, value!);
        else node[Number(last)] = value!;
      } else {
        if (op === 'replace' && !(last in node)) throw new Error(`JSON patch: replace of missing ${path}`);
        node[last] = value!;
      }
    } else if (op === 'remove') {
      if (Array.isArray(node)) node.splice(Number(last), 1);
      else delete node[last];
    } else throw new Error(`JSON patch: unsupported op ${op}`);
  }
}

/** Every pod spec's containers (Deployments, Jobs). */
export function containersOf(o: K8sObject): { name: string; image: string; [k: string]: unknown }[] {
  const spec = (o.spec as { template?: { spec?: { containers?: unknown[]; initContainers?: unknown[] } } } | undefined)?.template?.spec;
  return [...(spec?.initContainers ?? []), ...(spec?.containers ?? [])] as { name: string; image: string }[];
}

function imageName(image: string): string {
  return image.replace(/@sha256:[0-9a-f]+$/, '').replace(/:[^:/]+$/, '');
}

export function renderKustomization(dir: string): K8sObject[] {
  const file = join(dir, 'kustomization.yaml');
  const k = parseYaml(readFileSync(file, 'utf8'), file)[0] as Kustomization & Record<string, unknown>;
  for (const key of Object.keys(k)) if (!SUPPORTED.has(key)) throw new Error(`${file}: kustomize field '${key}' is not supported by this renderer`);
  let objects: K8sObject[] = [];
  for (const resource of k.resources ?? []) {
    const path = join(dir, resource);
    if (statSync(path).isDirectory()) objects.push(...renderKustomization(path));
    else objects.push(...(parseYaml(readFileSync(path, 'utf8'), path) as K8sObject[]));
  }
  for (const patch of k.patches ?? []) {
    const path = join(dir, patch.path);
    const [doc] = parseYaml(readFileSync(path, 'utf8'), path);
    if (Array.isArray(doc)) {
      const targets = objects.filter((o) => (!patch.target?.kind || o.kind === patch.target.kind) && (!patch.target?.name || o.metadata.name === patch.target.name));
      if (!patch.target || !targets.length) throw new Error(`${path}: JSON patch without a matching target`);
      for (const t of targets) jsonPatch(t as unknown as Json, doc as { op: string; path: string; value?: Json }[]);
    } else {
      const p = doc as K8sObject;
      const i = objects.findIndex((o) => o.kind === p.kind && o.metadata.name === p.metadata.name);
      if (i < 0) throw new Error(`${path}: no ${p.kind} ${p.metadata.name} to patch`);
      objects[i] = strategicMerge(objects[i] as unknown as Json, p as unknown as Json) as unknown as K8sObject;
    }
  }
  if (k.namespace) objects = objects.map((o) => ({ ...o, metadata: { ...o.metadata, namespace: k.namespace } }));
  for (const image of k.images ?? []) {
    for (const o of objects) {
      for (const c of containersOf(o)) {
        if (imageName(c.image) !== image.name) continue;
        const tag = image.digest ? `@${image.digest}` : image.newTag ? `:${image.newTag}` : c.image.slice(imageName(c.image).length);
        c.image = (image.newName ?? image.name) + tag;
      }
    }
  }
  for (const r of k.replicas ?? []) {
    const target = objects.find((o) => o.kind === 'Deployment' && o.metadata.name === r.name);
    if (!target) throw new Error(`${file}: replicas for unknown Deployment ${r.name}`);
    (target.spec as { replicas: number }).replicas = r.count;
  }
  return objects;
}

/** The real kustomize (kubectl kustomize), when kubectl is installed; null otherwise. */
export function renderWithKubectl(dir: string): K8sObject[] | null {
  let out: string;
  try {
    out = execFileSync('kubectl', ['kustomize', dir], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  return parseYaml(out, `kubectl kustomize ${dir}`) as K8sObject[];
}

export const key = (o: K8sObject) => `${o.kind}/${o.metadata.namespace ?? ''}/${o.metadata.name}`;

/**
 * Validates objects against the Kubernetes API schemas (kubernetes-models, generated from the
 * API's OpenAPI definitions). The package is ESM-only, so it runs in a child Node process.
 * Returns one message per invalid object.
 */
export function validateAgainstSchemas(objects: K8sObject[], cwd: string): string[] {
  const script = `
    const objects = JSON.parse(require('node:fs').readFileSync(0, 'utf8'));
    const errors = [];
    for (const o of objects) {
      const [group, version] = o.apiVersion.includes('/') ? o.apiVersion.split('/') : [null, o.apiVersion];
      const module = group ? 'kubernetes-models/' + group + '/' + version : 'kubernetes-models/' + version;
      let Model;
      try { Model = (await import(module))[o.kind]; } catch (e) { errors.push(o.kind + ' ' + o.metadata.name + ': no schema (' + module + ')'); continue; }
      if (!Model) { errors.push(o.kind + ' ' + o.metadata.name + ': no schema for kind in ' + module); continue; }
      try { new Model(o).validate(); } catch (e) { errors.push(o.kind + ' ' + o.metadata.name + ': ' + e.message); }
    }
    process.stdout.write(JSON.stringify(errors));
  `.replace("require('node:fs')", "(await import('node:fs'))");
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd, input: JSON.stringify(objects), encoding: 'utf8' });
  return JSON.parse(out) as string[];
}
