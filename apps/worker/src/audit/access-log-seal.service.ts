import { Injectable, Logger } from '@nestjs/common';
import { DatabaseService } from '../database/database.service';

/** Enough rows per purge call to make progress, few enough to keep each transaction short. */
export const PURGE_BATCH_ROWS = 50_000;

/**
 * Runs the access log's seal and retention purge (ADR 0015). Both are functions in PostgreSQL
 * owned by `act_audit`; this service only calls them and logs counts (never a row's content).
 */
@Injectable()
export class AccessLogSealService {
  private readonly logger = new Logger(AccessLogSealService.name);

  constructor(private readonly database: DatabaseService) {}

  /** Seals every tenant's rows of finished transactions; returns the number of new seals. */
  async seal(): Promise<number> {
    const [row] = await this.database.audit<{ seals: number }>('SELECT seals FROM audit.seal_access_log() AS seals');
    if (row.seals) this.logger.log(`access log: ${row.seals} new seal(s)`);
    return row.seals;
  }

  /** Seals first (only sealed rows are purged), then purges in batches until nothing is due. */
  async purge(): Promise<number> {
    await this.seal();
    let total = 0;
    for (;;) {
      const rows = await this.database.audit<{ rows_deleted: string }>(
        'SELECT rows_deleted FROM audit.purge_access_log($1)',
        [PURGE_BATCH_ROWS],
      );
      const deleted = rows.reduce((sum, r) => sum + Number(r.rows_deleted), 0);
      total += deleted;
      if (!rows.length) break;
    }
    if (total) this.logger.log(`access log: ${total} row(s) past retention purged`);
    return total;
  }
}
