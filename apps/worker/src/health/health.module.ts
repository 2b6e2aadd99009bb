import { Module } from '@nestjs/common';
import { JobsModule } from '../jobs/jobs.module';
import { SystemModule } from '../system/system.module';
import { HealthServer } from './health.server';
import { HealthService } from './health.service';

@Module({
  imports: [JobsModule, SystemModule],
  providers: [HealthService, HealthServer],
  exports: [HealthServer],
})
export class HealthModule {}
