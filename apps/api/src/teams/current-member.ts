import { Raw } from 'typeorm';

/**
 * A `where` part that keeps the members on the team today (no last day yet, or it is today or
 * later, Copenhagen): `{ id, teamId, ...currentMember() }`. ADR 0025.
 */
export function currentMember() {
  return { leftOn: Raw((column) => `member_is_current(${column})`) };
}
