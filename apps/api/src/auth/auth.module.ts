import { Module } from '@nestjs/common';
import { RequestModule } from '../common/request/request.module';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { LoginLimits } from './login-throttle';

/**
 * Login, logout and the viewer. The global permission guard is registered in AppModule.
 * Exports the login limits for any other secret a person types (the MFA code step).
 */
@Module({
  imports: [RequestModule],
  providers: [AuthService, AuthResolver, LoginLimits],
  exports: [LoginLimits],
})
export class AuthModule {}
