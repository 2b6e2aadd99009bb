import { Module } from '@nestjs/common';
import { TenantSettingsResolver } from './tenant-settings.resolver';
import { TenantSettingsService } from './tenant-settings.service';

/** The municipality's own settings (the minimum group size of the steering group's figures). */
@Module({
  providers: [TenantSettingsService, TenantSettingsResolver],
})
export class TenantSettingsModule {}
