import { Injectable } from '@nestjs/common';
import { HandlesJob, type JobHandler, type JobOf } from '../jobs/job-handler';
import { AccessLogSealService } from './access-log-seal.service';

@Injectable()
@HandlesJob('audit.access-log-seal')
export class AccessLogSealHandler implements JobHandler<'audit.access-log-seal'> {
  constructor(private readonly service: AccessLogSealService) {}

  async handle(_job: JobOf<'audit.access-log-seal'>): Promise<void> {
    await this.service.seal();
  }
}

@Injectable()
@HandlesJob('audit.access-log-purge')
export class AccessLogPurgeHandler implements JobHandler<'audit.access-log-purge'> {
  constructor(private readonly service: AccessLogSealService) {}

  async handle(_job: JobOf<'audit.access-log-purge'>): Promise<void> {
    await this.service.purge();
  }
}
