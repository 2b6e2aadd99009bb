import { Logger } from '@nestjs/common';

/**
 * Logs connection errors at most once per interval: while Redis is away, BullMQ reports every
 * reconnect attempt, which would flood the log. Only the error message is logged (no job data).
 */
export function throttledWarning(logger: Logger, intervalMs = 10_000): (error: Error) => void {
  let lastLoggedAt = 0;
  let suppressed = 0;
  return (error: Error) => {
    const now = Date.now();
    if (now - lastLoggedAt < intervalMs) {
      suppressed++;
      return;
    }
    const more = suppressed > 0 ? ` (${suppressed} similar errors suppressed)` : '';
    logger.warn(`${error.message}${more}`);
    lastLoggedAt = now;
    suppressed = 0;
  };
}
