/** True when `error` is PostgreSQL's unique violation on the named constraint/index. */
export function isUniqueViolation(error: unknown, constraint: string): boolean {
  const e = error as { code?: string; constraint?: string; driverError?: { code?: string; constraint?: string } };
  const code = e?.driverError?.code ?? e?.code;
  const name = e?.driverError?.constraint ?? e?.constraint;
  return code === '23505' && name === constraint;
}

/**
 * True for PostgreSQL's "try again" failures: a deadlock victim (40P01), a serialization
 * failure (40001) or a lock not available in time (55P03). Nothing was wrong with the input.
 */
export function isLockConflict(error: unknown): boolean {
  const e = error as { code?: string; driverError?: { code?: string } };
  const code = e?.driverError?.code ?? e?.code;
  return code === '40P01' || code === '40001' || code === '55P03';
}
