import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { RequestModule } from '../common/request/request.module';
import { MfaResolver } from './mfa.resolver';
import { MfaService } from './mfa.service';

/**
 * Second factor for password logins (TOTP + recovery codes, tenant policy; ADR 0018). The code
 * step uses AuthModule's login limits; the password step hands over through `secondStep`.
 */
@Module({
  imports: [RequestModule, AuthModule],
  providers: [MfaService, MfaResolver],
  exports: [MfaService],
})
export class MfaModule {}
