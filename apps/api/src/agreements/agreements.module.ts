import { Module } from '@nestjs/common';
import { AgreementsResolver } from './agreements.resolver';
import { AgreementsService } from './agreements.service';

/** The cooperation agreements register (samarbejdsaftaler). */
@Module({
  providers: [AgreementsService, AgreementsResolver],
})
export class AgreementsModule {}
