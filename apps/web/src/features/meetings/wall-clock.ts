import { copenhagenWallTimeToUtc } from '@act/domain';

/** A date ("2026-11-10") and a time ("13:00") typed in Copenhagen, as an ISO instant. */
export function wallClockIso(date: string, time: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^\d{2}:\d{2}$/.test(time)) return null;
  return copenhagenWallTimeToUtc(date, time).toISOString();
}
