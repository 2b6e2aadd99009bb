import { Module } from '@nestjs/common';
import { RequestModule } from '../common/request/request.module';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';

/** Login, logout and the viewer. The global permission guard is registered in AppModule. */
@Module({
  imports: [RequestModule],
  providers: [AuthService, AuthResolver],
})
export class AuthModule {}
