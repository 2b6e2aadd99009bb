/**
 * Time windows and exposure for the fidelity items. Everything is counted in Copenhagen calendar
 * days, so a week with a DST change is 7 days like any other, and an instant belongs to the
 * Copenhagen day it happened on (23:30 UTC on 25 October 2026 is 00:30 on the 26th).
 */
import { addDays, calendarDaysBetween, isIsoDate } from '../copenhagen-time';
import { toCopenhagenIsoDate } from '../danish-format';
import { periodBounds, periodDays, type Period } from '../steering-figures';
import type { CitizenEnrolment } from './types';

export function roundTo(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}

/** `isoDate` moved by whole calendar months; the day is clamped to the month's last day (31 Jan + 1 → 28/29 Feb). */
export function addMonths(isoDate: string, months: number): string {
  if (!isIsoDate(isoDate)) throw new RangeError(`Invalid date: ${isoDate}`);
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${year}-${pad(month)}-${pad(Math.min(d, last))}`;
}

/** The `months` calendar months that end with the period's last day (24 → the two years up to `to`). */
export function trailingWindow(period: Period, months: number): Period {
  if (!Number.isInteger(months) || months < 1) throw new RangeError('months must be a positive integer');
  return { from: addMonths(addDays(period.to, 1), -months), to: period.to };
}

/** The window an item is computed over: the report period, or the trailing months ending with it. */
export function itemWindow(period: Period, windowMonths: number | null): Period {
  return windowMonths === null ? period : trailingWindow(period, windowMonths);
}

export function inPeriod(isoDate: string, period: Period): boolean {
  return isoDate >= period.from && isoDate <= period.to;
}

const localDates = new WeakMap<Date, string>();

/** The Copenhagen calendar date of an instant (remembered per Date object: a report asks many times). */
export function localDate(instant: Date): string {
  let date = localDates.get(instant);
  if (date === undefined) {
    date = toCopenhagenIsoDate(instant);
    localDates.set(instant, date);
  }
  return date;
}

/**
 * A function giving the Copenhagen date of an instant when it falls within the window, else null.
 * Instants outside the window's bounds (its first midnight to the midnight after its last day) are
 * refused without a time-zone conversion.
 */
export function windowDates(window: Period): (instant: Date) => string | null {
  const { start, end } = periodBounds(window);
  const from = start.getTime();
  const until = end.getTime();
  return (instant) => {
    const t = instant.getTime();
    return t < from || t >= until ? null : localDate(instant);
  };
}

export interface MonthPart {
  /** "2026-10" */
  month: string;
  /** The part of the period inside this month. */
  period: Period;
  /** Days of the month inside the period / days of the month (1 for a whole month). */
  fraction: number;
}

/** The calendar months a period touches, each with the share of the month it covers. */
export function monthParts(period: Period): MonthPart[] {
  const parts: MonthPart[] = [];
  let first = period.from;
  while (first <= period.to) {
    const monthStart = `${first.slice(0, 7)}-01`;
    const nextMonth = addMonths(monthStart, 1);
    const last = addDays(nextMonth, -1) < period.to ? addDays(nextMonth, -1) : period.to;
    const part = { from: first, to: last };
    parts.push({ month: first.slice(0, 7), period: part, fraction: periodDays(part) / calendarDaysBetween(monthStart, nextMonth) });
    first = nextMonth;
  }
  return parts;
}

/** Months in a period, counted month by month: 1 Jan–30 Jun = 6; the week 19–25 Oct = 7/31. */
export function periodMonths(period: Period): number {
  return monthParts(period).reduce((sum, p) => sum + p.fraction, 0);
}

/** Citizens' enrolments by citizen, to ask "was this citizen with the team on this day?". */
export class Enrolments {
  private readonly byCitizen = new Map<string, CitizenEnrolment[]>();

  constructor(readonly all: readonly CitizenEnrolment[]) {
    for (const e of all) {
      const list = this.byCitizen.get(e.citizenId) ?? [];
      list.push(e);
      this.byCitizen.set(e.citizenId, list);
    }
  }

  citizenIds(filter: (e: CitizenEnrolment) => boolean = () => true): string[] {
    return [...this.byCitizen.keys()].filter((id) => this.byCitizen.get(id)!.some(filter)).sort();
  }

  isEnrolled(citizenId: string, isoDate: string): boolean {
    return (this.byCitizen.get(citizenId) ?? []).some((e) => e.startDate <= isoDate && (e.endDate === null || isoDate < e.endDate));
  }

  /** The citizen's enrolments (empty for an unknown citizen). */
  of(citizenId: string): readonly CitizenEnrolment[] {
    return this.byCitizen.get(citizenId) ?? [];
  }

  /** Days in the period this citizen was with the team (overlapping enrolments counted once). */
  days(citizenId: string, period: Period): number {
    return mergedDays(this.of(citizenId), period);
  }

  /** Was the citizen with the team on every day of the period? */
  throughout(citizenId: string, period: Period): boolean {
    return this.days(citizenId, period) === periodDays(period);
  }

  /** Citizen-days in the period, for all citizens or those matching `filter` (e.g. substance use). */
  citizenDays(period: Period, filter: (e: CitizenEnrolment) => boolean = () => true): number {
    let sum = 0;
    for (const [, list] of this.byCitizen) {
      const matching = list.filter(filter);
      if (matching.length) sum += mergedDays(matching, period);
    }
    return sum;
  }
}

/**
 * Days of the period covered by at least one of the spans [startDate, endDate) — the same count
 * as the steering figures' `personDays`, by merging intervals instead of listing days.
 */
export function mergedDays(spans: readonly { startDate: string; endDate: string | null }[], period: Period): number {
  const afterLast = addDays(period.to, 1);
  const clipped = spans
    .map((s) => ({ from: s.startDate > period.from ? s.startDate : period.from, to: s.endDate === null || s.endDate > afterLast ? afterLast : s.endDate }))
    .filter((s) => s.from < s.to)
    .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  let days = 0;
  let end: string | null = null;
  for (const s of clipped) {
    if (end === null || s.from > end) {
      days += calendarDaysBetween(s.from, s.to);
      end = s.to;
    } else if (s.to > end) {
      days += calendarDaysBetween(end, s.to);
      end = s.to;
    }
  }
  return days;
}
