import type { Logger } from 'typeorm';

/**
 * Counts SQL statements sent through the API's pool. Tests use it to prove that the number of
 * statements per operation does not grow with list length (no N+1).
 */
export const queryCounter = { count: 0 };

const noop = () => undefined;

export const countingLogger: Logger = {
  logQuery: () => {
    queryCounter.count += 1;
  },
  logQueryError: noop,
  logQuerySlow: noop,
  logSchemaBuild: noop,
  logMigration: noop,
  log: noop,
};
