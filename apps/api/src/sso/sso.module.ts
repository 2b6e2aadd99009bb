import { Module } from '@nestjs/common';
import { RequestModule } from '../common/request/request.module';
import { OidcClients } from './oidc-clients';
import { SsoLoginService } from './sso-login.service';
import { SsoSettingsService } from './sso-settings.service';
import { SsoController } from './sso.controller';
import { SsoResolver, ViewerSsoResolver } from './sso.resolver';

/** Single sign-on with OpenID Connect per tenant (ADR 0017). */
@Module({
  imports: [RequestModule],
  controllers: [SsoController],
  providers: [OidcClients, SsoLoginService, SsoSettingsService, SsoResolver, ViewerSsoResolver],
})
export class SsoModule {}
