/**
 * Fair login limits (ADR 0016), kept in Redis so every API replica shares them.
 *
 * - Per address: at most `perAddress` FAILED attempts per window. Successes are taken back, so an
 *   office behind one NAT address logs everyone in; one address guessing is stopped.
 * - Per account: the first `freeFailures` failures cost nothing; after that each try must wait
 *   1, 2, 4 … seconds, at most `maxDelaySeconds`. A guesser is slowed to a crawl, but nobody can
 *   lock anyone out: the owner waits at most that long. The right secret forgets the failures.
 *
 * An attempt is counted as failed up front (atomic in Redis), so parallel guesses cannot slip
 * past a limit; `recordSuccess` takes it back. Use for any secret a person types:
 *
 *   const keys = { address: ctx.ip, account: `mfa:${userId}` };
 *   await limits.check(keys);            // throws TooManyAttempts with the wait
 *   if (ok) await limits.recordSuccess(keys);   // otherwise nothing: it stays counted
 *
 * Keys are hashed before they reach Redis (no e-mail addresses in the store). When Redis is down,
 * each process falls back to counting in its own memory (insurance), never to no limit.
 */
import { Inject, Injectable, Optional, type OnApplicationShutdown } from '@nestjs/common';
import IORedis from 'ioredis';
import { createHash } from 'node:crypto';
import { type IRateLimiterRedisOptions, RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { API_CONFIG, type ApiConfig } from '../config';
import { AuthException } from './auth.exception';
import { ApiMetrics } from '../runtime/metrics';

export interface LoginLimitKeys {
  /** The client's address as the trusted-proxy rules see it (`ctx.ip`). */
  address: string;
  /** What is being guessed, e.g. `login:<normalised e-mail>` or `mfa:<user id>` — one name per secret. */
  account: string;
}

/** Seconds the account must wait after its `failures`-th failure in a row (0 = none). */
export function accountDelaySeconds(failures: number, freeFailures: number, maxDelaySeconds: number): number {
  if (failures < freeFailures) return 0;
  return Math.min(2 ** (failures - freeFailures), maxDelaySeconds);
}

const hashed = (key: string) => createHash('sha256').update(key).digest('base64url');

@Injectable()
export class LoginLimits implements OnApplicationShutdown {
  private readonly redis: IORedis;
  /** Failed attempts per address in a fixed window. */
  private readonly byAddress: RateLimiterRedis;
  /** Failures in a row per account (forgotten a while after the first). */
  private readonly failures: RateLimiterRedis;
  /** Closed for the account's current delay by the attempt that passes it. */
  private readonly gate: RateLimiterRedis;

  constructor(
    @Inject(API_CONFIG) private readonly config: ApiConfig,
    @Optional() private readonly metrics?: ApiMetrics,
  ) {
    const { perAddress, windowSeconds, failureMemorySeconds, namespace } = config.login;
    this.redis = new IORedis(config.redisUrl, {
      db: config.redisDb,
      enableOfflineQueue: false, // refuse at once while down, so the insurance limiter answers
      maxRetriesPerRequest: 1,
      connectTimeout: 2000,
      retryStrategy: (times) => Math.min(times * 500, 5000),
    });
    this.redis.on('error', () => undefined); // the insurance limiter takes over; nothing to log per request
    const limiter = (name: string, points: number, duration: number) => {
      const options: IRateLimiterRedisOptions = {
        storeClient: this.redis,
        keyPrefix: `${namespace}:${name}`,
        points,
        duration,
        rejectIfRedisNotReady: true,
        insuranceLimiter: new RateLimiterMemory({ keyPrefix: `${namespace}:${name}`, points, duration }),
      };
      return new RateLimiterRedis(options);
    };
    this.byAddress = limiter('address', perAddress, windowSeconds);
    this.failures = limiter('failures', Number.MAX_SAFE_INTEGER, failureMemorySeconds);
    this.gate = limiter('gate', 1, 1);
  }

  /** Counts the attempt as failed and throws TooManyAttempts when the address or the account must wait. */
  async check(keys: LoginLimitKeys): Promise<void> {
    const address = hashed(keys.address);
    const account = hashed(keys.account);
    try {
      await this.byAddress.consume(address);
    } catch (refused) {
      const error = tooMany(refused);
      this.metrics?.loginRefusals.inc({ limit: 'address' });
      throw error;
    }
    const { consumedPoints } = await this.failures.consume(account);
    const { freeFailures, maxDelaySeconds } = this.config.login;
    const delay = accountDelaySeconds(consumedPoints, freeFailures, maxDelaySeconds);
    if (delay === 0) return;
    try {
      await this.gate.consume(account, 1, { customDuration: delay });
    } catch (refused) {
      // A refused try tested no secret: it counts for neither the account nor the address.
      await Promise.all([this.failures.reward(account), this.byAddress.reward(address)]);
      const error = tooMany(refused);
      this.metrics?.loginRefusals.inc({ limit: 'account' });
      throw error;
    }
  }

  /** The secret was right: the address gets its attempt back and the account's failures are forgotten. */
  async recordSuccess(keys: LoginLimitKeys): Promise<void> {
    const account = hashed(keys.account);
    await Promise.all([this.byAddress.reward(hashed(keys.address)), this.failures.delete(account), this.gate.delete(account)]);
  }

  onApplicationShutdown(): void {
    this.redis.disconnect();
  }
}

function tooMany(refused: unknown): AuthException {
  if (!(refused instanceof RateLimiterRes)) throw refused; // a store error with no insurance left
  return AuthException.tooManyAttempts(refused.msBeforeNext);
}
