import 'reflect-metadata';
import { Injectable } from '@nestjs/common';
import { BullRegistrar } from '@nestjs/bullmq';
import { DiscoveryModule } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import type { Job } from 'bullmq';
import { HandlesJob, type JobHandler } from './job-handler';
import { buildHandlerMap, JobRegistry, JobRegistryError, type HandlerRegistration } from './job-registry';
import { JOB_DEFINITIONS, type JobDefinition } from './job-names';

const handler = (): JobHandler => ({ handle: jest.fn(async () => undefined) });
const registration = (jobName: string, handlerName: string): HandlerRegistration => ({ jobName, handlerName, handler: handler() });

describe('buildHandlerMap', () => {
  const definitions: JobDefinition[] = [
    { name: 'system.heartbeat', queue: 'system' },
    { name: 'system.other', queue: 'system' },
  ];

  it('maps each declared job to its one handler', () => {
    const a = registration('system.heartbeat', 'A');
    const b = registration('system.other', 'B');
    const map = buildHandlerMap(definitions, [a, b]);
    expect(map.get('system.heartbeat')).toBe(a.handler);
    expect(map.get('system.other')).toBe(b.handler);
  });

  it('refuses a declared job without a handler, naming it', () => {
    expect(() => buildHandlerMap(definitions, [registration('system.heartbeat', 'A')])).toThrow(
      new JobRegistryError(`Job "system.other" has no handler: add a provider with @HandlesJob('system.other')`),
    );
  });

  it('refuses a job with two handlers, naming the job and both handlers', () => {
    expect(() =>
      buildHandlerMap(definitions, [
        registration('system.heartbeat', 'A'),
        registration('system.other', 'B'),
        registration('system.other', 'C'),
      ]),
    ).toThrow('Job "system.other" has 2 handlers (B, C); exactly one is allowed');
  });

  it('refuses a handler for an undeclared job', () => {
    expect(() => buildHandlerMap(definitions, [registration('system.typo', 'T')])).toThrow(
      'T handles job "system.typo", which is not declared in job-names.ts',
    );
  });

  it('refuses a job declared twice', () => {
    expect(() => buildHandlerMap([definitions[0], definitions[0]], [])).toThrow(/declared more than once/);
  });
});

describe('JobRegistry at boot', () => {
  @Injectable()
  @HandlesJob('system.heartbeat')
  class FirstHeartbeat implements JobHandler<'system.heartbeat'> {
    calls = 0;
    async handle(): Promise<void> {
      this.calls++;
    }
  }

  @Injectable()
  @HandlesJob('system.heartbeat')
  class SecondHeartbeat implements JobHandler<'system.heartbeat'> {
    async handle(): Promise<void> {}
  }

  /** The other declared jobs need a handler too, or the check (rightly) refuses to start: one stub each. */
  const otherJobStubs = JOB_DEFINITIONS.filter(({ name }) => name !== 'system.heartbeat').map(({ name }) => {
    @Injectable()
    @HandlesJob(name)
    class Stub implements JobHandler {
      async handle(): Promise<void> {}
    }
    Object.defineProperty(Stub, 'name', { value: `Stub(${name})` });
    return Stub;
  });

  async function boot(handlers: Array<new () => JobHandler<'system.heartbeat'>>) {
    const registrar = { register: jest.fn() };
    const moduleRef = await Test.createTestingModule({
      imports: [DiscoveryModule],
      providers: [JobRegistry, { provide: BullRegistrar, useValue: registrar }, ...otherJobStubs, ...handlers],
    }).compile();
    return { moduleRef, registrar };
  }

  it('starts the BullMQ workers only after the check passes, then dispatches', async () => {
    const { moduleRef, registrar } = await boot([FirstHeartbeat]);
    await moduleRef.init();
    expect(registrar.register).toHaveBeenCalledTimes(1);
    const registry = moduleRef.get(JobRegistry);
    await registry.dispatch('system', { name: 'system.heartbeat', data: {} } as Job);
    expect(moduleRef.get(FirstHeartbeat).calls).toBe(1);
    await expect(registry.dispatch('system', { name: 'system.unknown', data: {} } as Job)).rejects.toThrow(/No handler/);
    await moduleRef.close();
  });

  it('refuses to start with two handlers for one job, and never starts the workers', async () => {
    const { moduleRef, registrar } = await boot([FirstHeartbeat, SecondHeartbeat]);
    await expect(moduleRef.init()).rejects.toThrow(
      'Job "system.heartbeat" has 2 handlers (FirstHeartbeat, SecondHeartbeat); exactly one is allowed',
    );
    expect(registrar.register).not.toHaveBeenCalled();
    await moduleRef.close();
  });

  it('refuses to start when a job has no handler', async () => {
    const { moduleRef, registrar } = await boot([]);
    await expect(moduleRef.init()).rejects.toThrow('Job "system.heartbeat" has no handler');
    expect(registrar.register).not.toHaveBeenCalled();
    await moduleRef.close();
  });
});
