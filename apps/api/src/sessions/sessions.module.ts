import { Module } from '@nestjs/common';
import { RequestModule } from '../common/request/request.module';
import { SessionsResolver } from './sessions.resolver';
import { SessionsService } from './sessions.service';

/**
 * Sessions a person can see: their own live sessions with device and last use, ending one or all
 * others; an admin's "log out everywhere" for a user. The sessions themselves are SessionService's
 * (ADR 0005); disabling a user ends theirs in UsersService.
 */
@Module({
  imports: [RequestModule],
  providers: [SessionsService, SessionsResolver],
})
export class SessionsModule {}
