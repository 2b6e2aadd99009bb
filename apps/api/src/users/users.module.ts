import { Module } from '@nestjs/common';
import { RequestModule } from '../common/request/request.module';
import { UsersResolver } from './users.resolver';
import { UsersService } from './users.service';

/** User administration within a tenant (disabling a user ends their sessions: SessionService). */
@Module({
  imports: [RequestModule],
  providers: [UsersService, UsersResolver],
})
export class UsersModule {}
