import { Module } from '@nestjs/common';
import { AccessLogResolver } from './access-log.resolver';
import { AccessLogService } from './access-log.service';

/**
 * Searching and extracting the access log. Writing it needs no module: every feature buffers
 * rows with audit() on the request context, and the request's transaction writes them.
 */
@Module({
  providers: [AccessLogService, AccessLogResolver],
})
export class AccessLogModule {}
