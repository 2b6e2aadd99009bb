import { Args, Context, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission } from '../auth/permissions';
import { Public, Requires } from '../auth/requires.decorator';
import { ViewerModel } from '../auth/viewer.model';
import type { RequestContext } from '../common/request/request-context';
import { SsoSettingsService } from './sso-settings.service';
import { SaveSsoSettingsInput, SsoLoginOptionModel, SsoSettingsModel } from './sso.model';

@Resolver()
export class SsoResolver {
  constructor(private readonly settings: SsoSettingsService) {}

  @Public()
  @Query(() => [SsoLoginOptionModel], { description: 'Municipalities whose staff can log in with their own IdP (the login page).' })
  ssoLoginOptions(@Context() ctx: RequestContext) {
    return this.settings.loginOptions(ctx);
  }

  @Requires(Permission.ManageSso)
  @Query(() => SsoSettingsModel, { nullable: true, description: "The municipality's SSO settings; null until saved (admin)." })
  ssoSettings(@Context() ctx: RequestContext) {
    return this.settings.get(ctx);
  }

  @Requires(Permission.ManageSso)
  @Mutation(() => SsoSettingsModel, { description: "Save the municipality's SSO settings (admin). Enabling checks the IdP answers." })
  saveSsoSettings(@Context() ctx: RequestContext, @Args('input') input: SaveSsoSettingsInput) {
    return this.settings.save(ctx, input);
  }
}

/** Whether the viewer's session came from SSO: the web app then logs out through the IdP too. */
@Resolver(() => ViewerModel)
export class ViewerSsoResolver {
  @Public()
  @ResolveField(() => Boolean, { description: 'The session was started by single sign-on.' })
  async signedInWithSso(@Context() ctx: RequestContext): Promise<boolean> {
    if (!ctx.viewer) return false;
    const rows = (await ctx.queryRunner.query(`SELECT via_sso FROM user_session WHERE id = $1`, [ctx.viewer.sessionId])) as Array<{
      via_sso: boolean;
    }>;
    return rows[0]?.via_sso ?? false;
  }
}
