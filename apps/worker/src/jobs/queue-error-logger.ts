import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { getQueueToken } from '@nestjs/bullmq';
import { ModuleRef } from '@nestjs/core';
import type { Queue } from 'bullmq';
import { QUEUE_NAMES } from './job-names';
import { throttledWarning } from './throttled-warning';

/** Gives every queue an error listener, so connection errors are logged briefly instead of dumped. */
@Injectable()
export class QueueErrorLogger implements OnModuleInit {
  constructor(private readonly moduleRef: ModuleRef) {}

  onModuleInit(): void {
    for (const name of QUEUE_NAMES) {
      const queue = this.moduleRef.get<Queue>(getQueueToken(name), { strict: false });
      queue.on('error', throttledWarning(new Logger(`Queue ${name}`)));
    }
  }
}
