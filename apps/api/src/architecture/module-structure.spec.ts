import 'reflect-metadata';
import type { Type } from '@nestjs/common';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import * as ts from 'typescript';
import { AppModule } from '../app.module';
import { FEATURE_MODULES } from '../feature-modules';
import { findCycles, readImportGraph } from './import-graph';

/**
 * ADR 0010: one Nest module per capability, explicit imports between them, no cycles — between
 * modules and between files — and no forwardRef. These checks keep it so as the API grows.
 */
const SRC = join(__dirname, '..');
const graph = readImportGraph(SRC);

/** Folders that are shared infrastructure, not capabilities with resolvers of their own. */
// runtime: logs, metrics, tracing and security headers (ADR 0022), imported by AppModule before the features.
const NOT_FEATURES = new Set(['architecture', 'common', 'database', 'graphql', 'loaders', 'runtime', 'testing']);

describe('API module structure', () => {
  it('reads the whole source tree (the checks below are not vacuous)', () => {
    expect(graph.edges.size).toBeGreaterThan(100);
    expect([...graph.edges.values()].flat().length).toBeGreaterThan(300);
  });

  it('finds a cycle when there is one (control)', () => {
    const withCycle = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts']],
      ['d.ts', ['a.ts']],
    ]);
    expect(findCycles(withCycle)).toEqual([['a.ts', 'b.ts', 'c.ts']]);
    expect(findCycles(new Map([['self.ts', ['self.ts']]]))).toEqual([['self.ts']]);
    expect(findCycles(new Map([['a.ts', ['b.ts']], ['b.ts', []]]))).toEqual([]);
  });

  it('has no import cycles between files (type-only imports included)', () => {
    expect(findCycles(graph.edges)).toEqual([]);
  });

  it('has no import cycles between Nest modules', () => {
    const modules = new Map<string, string[]>();
    const visit = (module: Type) => {
      if (modules.has(module.name)) return;
      const imports = ((Reflect.getMetadata('imports', module) ?? []) as unknown[]).filter((m): m is Type => typeof m === 'function');
      modules.set(module.name, imports.map((m) => m.name));
      imports.forEach(visit);
    };
    visit(AppModule);
    expect(modules.size).toBeGreaterThan(FEATURE_MODULES.length);
    expect(findCycles(modules)).toEqual([]);
  });

  it('uses no forwardRef', () => {
    const users: string[] = [];
    for (const [file, source] of graph.sources) {
      const visit = (node: ts.Node) => {
        if (ts.isIdentifier(node) && node.text === 'forwardRef') users.push(file);
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
    expect([...new Set(users)]).toEqual([]);
  });

  it('gives every feature folder its own module, imported by AppModule through FEATURE_MODULES', () => {
    // Folders with production code; folders of cross-cutting tests only (tenancy, validation...) are not features.
    const folders = [...new Set([...graph.edges.keys()].filter((f) => f.includes('/')).map((f) => f.split('/')[0]))].filter(
      (name) => !NOT_FEATURES.has(name),
    );
    const withoutModule = folders.filter((folder) => !existsSync(join(SRC, folder, `${folder}.module.ts`)));
    expect(withoutModule).toEqual([]);
    const registered = FEATURE_MODULES.map((m) => m.name).sort();
    const expected = folders
      .map((folder) => `${folder.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase())}Module`)
      .sort();
    expect(registered).toEqual(expected);
  });

  it('keeps AppModule to modules and the global filter, guard and pipes', () => {
    const providers = (Reflect.getMetadata('providers', AppModule) ?? []) as Array<{ provide?: unknown }>;
    const tokens = providers.map((p) => (typeof p === 'function' ? (p as Type).name : String(p.provide)));
    expect(tokens.every((t) => ['APP_FILTER', 'APP_GUARD', 'APP_PIPE'].includes(t))).toBe(true);
    expect(Reflect.getMetadata('controllers', AppModule) ?? []).toEqual([]);
  });

  it('registers every resolver and controller in the module of its own folder', () => {
    const misplaced: string[] = [];
    for (const module of FEATURE_MODULES) {
      const moduleFile = [...graph.edges.keys()].find((f) => graph.sources.get(f)!.text.includes(`class ${module.name} `))!;
      const folder = moduleFile.split('/')[0];
      const imported = graph.edges.get(moduleFile)!;
      // A module file registers what it imports from its own folder, plus other modules.
      for (const target of imported) {
        if (!target.startsWith(`${folder}/`) && !target.endsWith('.module.ts')) misplaced.push(`${moduleFile} → ${target}`);
      }
    }
    expect(misplaced).toEqual([]);
  });
});
