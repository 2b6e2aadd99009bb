import { Module } from '@nestjs/common';
import { UsersResolver } from './users.resolver';
import { UsersService } from './users.service';

/** User administration within a tenant. */
@Module({
  providers: [UsersService, UsersResolver],
})
export class UsersModule {}
