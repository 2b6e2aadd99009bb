import { Inject, Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import { randomUUID } from 'node:crypto';
import type { DataSource, QueryRunner } from 'typeorm';
import { SessionService } from '../../auth/session.service';
import { API_CONFIG, type ApiConfig } from '../../config';
import { DATA_SOURCE } from '../../database/database.module';
import { createLoaders } from '../../loaders/loaders';
import type { RequestContext } from './request-context';
import { finishRequest } from './request-lifecycle';
import { noteViewer } from '../../runtime/logging';

const REQUEST_ID = /^[A-Za-z0-9-]{8,64}$/;

/** Opens the request's transaction and resolves the session cookie into a viewer. */
@Injectable()
export class RequestContextFactory {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
    private readonly sessions: SessionService,
  ) {}

  async create(req: Request, res: Response): Promise<RequestContext> {
    const queryRunner = this.dataSource.createQueryRunner();
    await queryRunner.connect();
    serialiseQueries(queryRunner);
    const clientId = req.header('x-request-id');
    const ctx = {
      req,
      res,
      // Always the server's own id: a client's could forge or collide with other log entries. The
      // request logger (pino-http) made it first, so its lines and the access log share it.
      requestId: typeof (req as { id?: unknown }).id === 'string' ? (req as unknown as { id: string }).id : randomUUID(),
      clientRequestId: clientId && REQUEST_ID.test(clientId) ? clientId : null,
      ip: req.ip ?? 'unknown',
      viewer: null,
      queryRunner,
      db: queryRunner.manager,
      audit: [],
      finished: false,
    } as unknown as RequestContext;
    ctx.loaders = createLoaders(ctx.db);
    // Safety net: a request that ends without a response hook must not keep its connection.
    res.once('close', () => void finishRequest(ctx, false).catch(() => undefined));
    try {
      await queryRunner.startTransaction();
      const token: unknown = req.cookies?.[this.config.session.cookieName];
      if (typeof token === 'string') ctx.viewer = await this.sessions.resolve(ctx, token);
      res.setHeader('x-request-id', ctx.requestId);
      noteViewer(req, ctx.viewer);
      return ctx;
    } catch (error) {
      await finishRequest(ctx, false).catch(() => undefined);
      throw error;
    }
  }
}

/**
 * Field resolvers run in parallel but share the request's one connection. pg queues concurrent
 * queries on a client only as a deprecated courtesy (removed in pg 9), so queue them here.
 */
function serialiseQueries(queryRunner: QueryRunner): void {
  const query = queryRunner.query.bind(queryRunner);
  let tail: Promise<unknown> = Promise.resolve();
  queryRunner.query = ((...args: Parameters<QueryRunner['query']>) => {
    const run = tail.then(() => query(...args));
    tail = run.catch(() => undefined);
    return run;
  }) as QueryRunner['query'];
}
