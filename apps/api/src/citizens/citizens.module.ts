import { Module } from '@nestjs/common';
import { CitizensResolver } from './citizens.resolver';
import { CitizensService } from './citizens.service';

/** Citizens and their CPR. Exports CitizensService: the features about a citizen load it through here. */
@Module({
  providers: [CitizensService, CitizensResolver],
  exports: [CitizensService],
})
export class CitizensModule {}
