import { Module } from '@nestjs/common';
import { FunctionDescriptionsResolver } from './function-descriptions.resolver';
import { FunctionDescriptionsService } from './function-descriptions.service';

/** The team's function roles and who holds them. */
@Module({
  providers: [FunctionDescriptionsService, FunctionDescriptionsResolver],
})
export class FunctionDescriptionsModule {}
