import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Permission } from '../auth/permissions';
import { Requires } from '../auth/requires.decorator';
import type { RequestContext } from '../common/request/request-context';
import { SetAccessLogRetentionInput, SetMinGroupSizeInput, TenantSettingsModel } from './tenant-settings.model';
import { SetMfaPolicyInput } from '../mfa/mfa.model';
import { TenantSettingsService } from './tenant-settings.service';

@Resolver(() => TenantSettingsModel)
export class TenantSettingsResolver {
  constructor(private readonly service: TenantSettingsService) {}

  @Requires(Permission.ManageTenantSettings)
  @Query(() => TenantSettingsModel, { description: "The municipality's settings (admin)." })
  tenantSettings(@Context() ctx: RequestContext) {
    return this.service.get(ctx);
  }

  @Requires(Permission.ManageTenantSettings)
  @Mutation(() => TenantSettingsModel, { description: 'Set the minimum group size of the steering group’s figures (admin).' })
  setMinGroupSize(@Context() ctx: RequestContext, @Args('input') input: SetMinGroupSizeInput) {
    return this.service.setMinGroupSize(ctx, input);
  }

  @Requires(Permission.ManageTenantSettings)
  @Mutation(() => TenantSettingsModel, { description: 'Set how many months the access log keeps a row (admin; 1–120, default 6). Logged.' })
  setAccessLogRetention(@Context() ctx: RequestContext, @Args('input') input: SetAccessLogRetentionInput) {
    return this.service.setAccessLogRetention(ctx, input);
  }

  @Requires(Permission.ManageTenantSettings)
  @Mutation(() => TenantSettingsModel, { description: 'Set who must log in with a code from an authenticator app (admin, logged).' })
  setMfaPolicy(@Context() ctx: RequestContext, @Args('input') input: SetMfaPolicyInput) {
    return this.service.setMfaPolicy(ctx, input);
  }
}
