import { Injectable } from '@nestjs/common';

/** When the heartbeat job last ran in this process (in memory; there is no table for it yet). */
@Injectable()
export class HeartbeatState {
  private lastRun: Date | null = null;

  record(at: Date = new Date()): void {
    this.lastRun = at;
  }

  get lastRunAt(): Date | null {
    return this.lastRun;
  }
}
