import { copenhagenWallTimeToUtc, toCopenhagenIsoDate } from '@act/domain';

/** A date ("2026-11-10") and a time ("13:00") typed in Copenhagen, as an ISO instant. */
export function wallClockIso(date: string, time: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^\d{2}:\d{2}$/.test(time)) return null;
  return copenhagenWallTimeToUtc(date, time).toISOString();
}

export function todayIso(offsetDays = 0): string {
  return toCopenhagenIsoDate(new Date(Date.now() + offsetDays * 24 * 60 * 60 * 1000));
}
