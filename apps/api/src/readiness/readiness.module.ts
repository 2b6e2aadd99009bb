import { Module } from '@nestjs/common';
import { MyReadinessResolver } from './my-readiness.resolver';
import { ReadinessAnswersService } from './readiness-answers.service';
import { ReadinessResolver } from './readiness.resolver';
import { ReadinessResultsService } from './readiness-results.service';
import { ReadinessSteeringService } from './readiness-steering.service';

/** Readiness assessment (Bilag 1a): the catalogue, rounds, own answers, results and comparison. */
@Module({
  providers: [ReadinessSteeringService, ReadinessAnswersService, ReadinessResultsService, ReadinessResolver, MyReadinessResolver],
})
export class ReadinessModule {}
