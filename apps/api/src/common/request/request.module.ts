import { Module } from '@nestjs/common';
import { SessionService } from '../../auth/session.service';
import { RequestContextFactory } from './request-context.factory';

/**
 * What every request needs: its session and its context (transaction, loaders, audit).
 * The GraphQL context factory and the calendar feed use it; features get the context as an
 * argument, so they do not import this module unless they inject a session.
 */
@Module({
  providers: [SessionService, RequestContextFactory],
  exports: [SessionService, RequestContextFactory],
})
export class RequestModule {}
