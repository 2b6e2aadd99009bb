import { addDays, copenhagenToday, copenhagenWallTimeToUtc, isoWeekLabel, isoWeekStart, toCopenhagenLocal } from '@act/domain';

/** "10.00" in Copenhagen time. */
export function clock(value: string | Date): string {
  return toCopenhagenLocal(new Date(value)).time.replace(':', '.');
}

/** "10.00–11.00" */
export function clockRange(start: string, end: string): string {
  return `${clock(start)}–${clock(end)}`;
}

/** The local date (YYYY-MM-DD) of an instant. */
export function localDate(value: string | Date): string {
  return toCopenhagenLocal(new Date(value)).date;
}

/** From the date and time inputs (Copenhagen wall clock) to an ISO instant. */
export function toInstant(date: string, time: string): string {
  return copenhagenWallTimeToUtc(date, time).toISOString();
}

/** Minutes between two instants. */
export function minutesBetween(start: string, end: string): number {
  return Math.round((new Date(end).getTime() - new Date(start).getTime()) / 60_000);
}

/** The seven dates (Monday first) of the ISO week containing `date`. */
export function weekDates(date: string): string[] {
  const monday = isoWeekStart(date);
  return Array.from({ length: 7 }, (_, i) => addDays(monday, i));
}

export { addDays, copenhagenToday, isoWeekLabel, isoWeekStart };

/** "uge 48" from "2026-W48". */
export function weekNumber(date: string): number {
  return Number(isoWeekLabel(date).slice(-2));
}
