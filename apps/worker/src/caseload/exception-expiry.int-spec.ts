/**
 * The caseload exception expiry sweep against real PostgreSQL (act_test, migrated) and, for the
 * boot check, real Redis. Data is arranged with the owner role; the sweep runs as the
 * application role, under row-level security, exactly as in production.
 */
import 'reflect-metadata';
import { getQueueToken } from '@nestjs/bullmq';
import { DiscoveryService } from '@nestjs/core';
import { Test, type TestingModule } from '@nestjs/testing';
import type { Queue } from 'bullmq';
import IORedis from 'ioredis';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import {
  addTeamMember,
  closeOwnerDataSource,
  createCitizen,
  createTestTenant,
  createUser,
  ownerDataSource,
  testDatabaseUrls,
  type TestTenant,
} from '@act/db/testing';
import type { WorkerConfig } from '../config/worker-config';
import { DatabaseService } from '../database/database.service';
import { HandlesJob } from '../jobs/job-handler';
import { JOB_DEFINITIONS } from '../jobs/job-names';
import { WorkerModule } from '../worker.module';
import { ExceptionExpiryHandler } from './exception-expiry.handler';
import { EXCEPTION_EXPIRY_PATTERN, EXCEPTION_EXPIRY_SCHEDULER_ID, EXCEPTION_EXPIRY_TZ } from './exception-expiry.scheduler';
import { ExceptionExpirySweep, sweepInTransaction } from './exception-expiry.sweep';

const JOB = 'caseload.exception-expiry-sweep';
const TODAY = `(now() AT TIME ZONE 'Europe/Copenhagen')::date`;

let owner: DataSource;
let database: DatabaseService;
let sweep: ExceptionExpirySweep;

beforeAll(async () => {
  owner = await ownerDataSource();
  database = new DatabaseService({ databaseUrl: testDatabaseUrls().app } as WorkerConfig);
  sweep = new ExceptionExpirySweep(database);
});

afterAll(async () => {
  await database.onApplicationShutdown();
  await closeOwnerDataSource();
});

/** A member of the tenant's team with the given FTE. */
async function member(t: TestTenant, fte: number): Promise<string> {
  const user = await createUser(owner, t.tenantId);
  return (await addTeamMember(owner, t.tenantId, t.team.id, user.id, { fte })).id;
}

/** An exception from 30 days ago until `untilDaysFromToday` (0 = today, -1 = yesterday). */
async function exception(t: TestTenant, memberId: string, untilDaysFromToday: number, extra = 1): Promise<string> {
  const [row] = (await owner.query<Array<{ id: string }>>(
    `INSERT INTO caseload_exception (tenant_id, member_id, extra, reason, valid_from, valid_until, granted_by)
     VALUES ($1, $2, $3, 'Borgeren kender kun denne medarbejder', ${TODAY} - 30, ${TODAY} + $4::int, $5)
     RETURNING id`,
    [t.tenantId, memberId, extra, untilDaysFromToday, t.leader.id],
  ));
  return row.id;
}

/** `n` new citizens on the team with `memberId` as open primary contact (the capacity trigger applies). */
async function assign(t: TestTenant, memberId: string, n: number): Promise<void> {
  for (let i = 0; i < n; i++) {
    const citizen = await createCitizen(owner, t.tenantId, t.team.id);
    await owner.query(
      `INSERT INTO primary_assignment (tenant_id, citizen_id, member_id, assigned_by) VALUES ($1, $2, $3, $4)`,
      [t.tenantId, citizen.id, memberId, t.leader.id],
    );
  }
}

/** Moves an exception's last day (no trigger watches exceptions, so this can leave a member over). */
async function setUntil(exceptionId: string, daysFromToday: number): Promise<void> {
  await owner.query(`UPDATE caseload_exception SET valid_until = ${TODAY} + $2::int WHERE id = $1`, [exceptionId, daysFromToday]);
}

interface AlertRow {
  team_id: string;
  member_id: string;
  kind: string;
  dedupe_key: string;
  resolved_at: Date | null;
}
async function alerts(t: TestTenant): Promise<AlertRow[]> {
  return (await owner.query<AlertRow[]>(
    `SELECT team_id, member_id, kind::text AS kind, dedupe_key, resolved_at FROM team_alert WHERE tenant_id = $1 ORDER BY created_at`,
    [t.tenantId],
  ));
}

async function checkedAt(exceptionId: string): Promise<Date | null> {
  const [row] = (await owner.query<Array<{
    expiry_checked_at: Date | null;
  }>>(`SELECT expiry_checked_at FROM caseload_exception WHERE id = $1`, [exceptionId]));
  return row.expiry_checked_at;
}

/**
 * Member fte 0.2 (capacity 2) at 3 open assignments under an exception that ended yesterday.
 * Arranged in the only order the capacity trigger allows: exception in force, assignments, then
 * the exception's last day moved back.
 */
async function overCapacityAfterExpiry(t: TestTenant): Promise<{ memberId: string; exceptionId: string }> {
  const memberId = await member(t, 0.2);
  const exceptionId = await exception(t, memberId, 0);
  await assign(t, memberId, 3);
  await setUntil(exceptionId, -1);
  return { memberId, exceptionId };
}

describe('caseload exception expiry sweep (real PostgreSQL, application role)', () => {
  it('alerts the team once for a member left over capacity, and not for one within capacity', async () => {
    const t = await createTestTenant();
    const over = await overCapacityAfterExpiry(t);
    // Within capacity once the exception is gone: fte 0.2, 2 open assignments.
    const withinMember = await member(t, 0.2);
    const withinException = await exception(t, withinMember, 0);
    await assign(t, withinMember, 2);
    await setUntil(withinException, -1);

    expect(await sweep.sweepTenant(t.tenantId)).toEqual({ claimed: 2, alerts: 1 });
    expect(await alerts(t)).toEqual([
      {
        team_id: t.team.id,
        member_id: over.memberId,
        kind: 'caseload_exception_expired',
        dedupe_key: `exception-expired:${over.exceptionId}`,
        resolved_at: null,
      },
    ]);
    expect(await checkedAt(over.exceptionId)).toBeInstanceOf(Date);
    expect(await checkedAt(withinException)).toBeInstanceOf(Date);

    // Running again finds nothing to claim and raises nothing new.
    expect(await sweep.sweepTenant(t.tenantId)).toEqual({ claimed: 0, alerts: 0 });
    expect(await alerts(t)).toHaveLength(1);
  });

  it('leaves an exception still in force (valid through today) and a revoked one alone', async () => {
    const t = await createTestTenant();
    const memberId = await member(t, 0.2);
    const inForce = await exception(t, memberId, 0);
    await assign(t, memberId, 3);

    const revokedMember = await member(t, 0.2);
    const revoked = await exception(t, revokedMember, -5);
    await owner.query(`UPDATE caseload_exception SET revoked_at = now() - interval '6 days' WHERE id = $1`, [revoked]);

    expect(await sweep.sweepTenant(t.tenantId)).toEqual({ claimed: 0, alerts: 0 });
    expect(await alerts(t)).toEqual([]);
    expect(await checkedAt(inForce)).toBeNull();
    expect(await checkedAt(revoked)).toBeNull();
  });

  it('counts another exception still in force: no alert while it covers the load', async () => {
    const t = await createTestTenant();
    const memberId = await member(t, 0.2);
    const expired = await exception(t, memberId, 0);
    await assign(t, memberId, 3); // capacity now 2 + 1 = 3
    await setUntil(expired, -1); // capacity 2: one over…
    // …until a new exception takes over from today (exceptions in force may not overlap).
    await owner.query(
      `INSERT INTO caseload_exception (tenant_id, member_id, extra, reason, valid_from, valid_until, granted_by)
       VALUES ($1, $2, 1, 'Overdragelse er aftalt til næste måned', ${TODAY}, ${TODAY} + 10, $3)`,
      [t.tenantId, memberId, t.leader.id],
    ); // capacity 2 + 1 = 3: at capacity, not over

    expect(await sweep.sweepTenant(t.tenantId)).toEqual({ claimed: 1, alerts: 0 });
    expect(await alerts(t)).toEqual([]);
  });

  it('a crash between claim and alert rolls both back, and the next run does the work once', async () => {
    const t = await createTestTenant();
    const over = await overCapacityAfterExpiry(t);

    await expect(
      database.withTenant(t.tenantId, async (tx) => {
        expect(await sweepInTransaction(tx, t.tenantId)).toEqual({ claimed: 1, alerts: 1 });
        throw new Error('worker killed');
      }),
    ).rejects.toThrow('worker killed');
    expect(await checkedAt(over.exceptionId)).toBeNull();
    expect(await alerts(t)).toEqual([]);

    expect(await sweep.sweepTenant(t.tenantId)).toEqual({ claimed: 1, alerts: 1 });

    // Even if the claim were lost after the alert was written, the dedupe key keeps it to one.
    await owner.query(`UPDATE caseload_exception SET expiry_checked_at = NULL WHERE id = $1`, [over.exceptionId]);
    expect(await sweep.sweepTenant(t.tenantId)).toEqual({ claimed: 1, alerts: 0 });
    expect(await alerts(t)).toHaveLength(1);
  });

  it('finds every tenant through worker_tenant_ids(), which the application role cannot do by reading tenant', async () => {
    const t = await createTestTenant();
    await overCapacityAfterExpiry(t);

    const app = new Client({ connectionString: testDatabaseUrls().app });
    await app.connect();
    try {
      const { rows } = await app.query<{ n: number }>('SELECT count(*)::int AS n FROM tenant');
      expect(rows[0].n).toBe(0); // RLS: no tenant set, no rows
    } finally {
      await app.end();
    }
    expect(await database.tenantIds()).toContain(t.tenantId);

    const result = await sweep.sweepAll();
    expect(result.tenants).toBeGreaterThanOrEqual(1);
    expect(result.failedTenants).toBe(0);
    expect(await alerts(t)).toHaveLength(1);
  });
});

describe('the worker runs the sweep (real Redis and PostgreSQL)', () => {
  const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:63799';
  const REDIS_DB = '7';
  const savedEnv = { ...process.env };
  let app: TestingModule | undefined;

  afterAll(async () => {
    await app?.close();
    process.env = savedEnv;
  });

  it('declares the job with exactly one handler, schedules it daily and runs it once at boot', async () => {
    const t = await createTestTenant();
    const over = await overCapacityAfterExpiry(t);

    Object.assign(process.env, {
      REDIS_URL,
      REDIS_DB,
      ACT_WORKER_DATABASE_URL: testDatabaseUrls().app,
      WORKER_HEALTH_PORT: '0',
      WORKER_HEALTH_HOST: '127.0.0.1',
    });
    const redis = new IORedis(REDIS_URL, { db: Number(REDIS_DB), maxRetriesPerRequest: 1 });
    await redis.flushdb();
    await redis.quit();

    expect(JOB_DEFINITIONS.filter((d) => d.name === JOB)).toEqual([{ name: JOB, queue: 'caseload' }]);

    app = await Test.createTestingModule({ imports: [WorkerModule] }).compile();
    await app.init(); // the boot check: every declared job has exactly one handler

    const handlers = app
      .get(DiscoveryService, { strict: false })
      .getProviders({ metadataKey: HandlesJob.KEY })
      .filter((wrapper) => app!.get(DiscoveryService, { strict: false }).getMetadataByDecorator(HandlesJob, wrapper) === JOB);
    expect(handlers.map((wrapper) => wrapper.metatype)).toEqual([ExceptionExpiryHandler]);

    const queue = app.get<Queue>(getQueueToken('caseload'));
    const schedulers = await queue.getJobSchedulers();
    expect(schedulers).toEqual([
      expect.objectContaining({ key: EXCEPTION_EXPIRY_SCHEDULER_ID, pattern: EXCEPTION_EXPIRY_PATTERN, tz: EXCEPTION_EXPIRY_TZ }),
    ]);

    // The boot run (reconcile) completes and has raised the alert.
    const deadline = Date.now() + 20_000;
    for (;;) {
      const failed = await queue.getJobs(['failed']);
      expect(failed.map((job) => job.failedReason)).toEqual([]);
      const done = await queue.getJobs(['completed']);
      if (done.some((job) => job.name === JOB)) break;
      if (Date.now() > deadline) throw new Error('the boot sweep did not complete');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(await alerts(t)).toEqual([expect.objectContaining({ dedupe_key: `exception-expired:${over.exceptionId}` })]);

    // The job carries no data at all.
    const [job] = (await queue.getJobs(['completed'])).filter((j) => j.name === JOB);
    expect(job.data).toEqual({});

    // A second boot upserts the same scheduler: still one.
    await app.close();
    app = await Test.createTestingModule({ imports: [WorkerModule] }).compile();
    await app.init();
    expect(await app.get<Queue>(getQueueToken('caseload')).getJobSchedulers()).toHaveLength(1);
  });
});
