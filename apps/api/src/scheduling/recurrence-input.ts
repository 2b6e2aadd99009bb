/**
 * The structured rule a form sends, to and from the domain's RecurrenceRule (stored as RRULE
 * text by formatRecurrenceRule; read back by parseRecurrenceRule — the one expansion, ADR 0012).
 */
import { type RecurrenceRule, RecurrenceError, formatRecurrenceRule, parseRecurrenceRule, validateRecurrenceRule } from '@act/domain';
import type { RecurrenceRuleInput } from './dto/scheduling.inputs';
import type { RecurrenceRuleModel } from './scheduling.model';
import { SchedulingErrorCode, SchedulingException } from './scheduling.exception';

const WEEKDAY_NAMES = ['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag'];
const NTH_NAMES: Record<number, string> = {
  1: 'første',
  2: 'anden',
  3: 'tredje',
  4: 'fjerde',
  5: 'femte',
  [-1]: 'sidste',
  [-2]: 'næstsidste',
  [-3]: 'tredjesidste',
  [-4]: 'fjerdesidste',
  [-5]: 'femtesidste',
};

const invalid = (message: string, field = 'rule') => new SchedulingException(SchedulingErrorCode.InvalidRule, message, field);

/** The input as a checked rule; every refusal is a Danish BAD_USER_INPUT naming the field. */
export function ruleFromInput(input: RecurrenceRuleInput): RecurrenceRule {
  if (input.until && input.count) throw invalid('Vælg enten en slutdato eller et antal gange, ikke begge.', 'rule.count');
  const bounds = { until: input.until ?? null, count: input.count ?? null };
  let rule: RecurrenceRule;
  if (input.frequency === 'WEEKLY') {
    if (input.interval > 4) throw invalid('Ugentlige møder kan højst have 4 uger imellem.', 'rule.interval');
    if (!input.weekdays?.length) throw invalid('Vælg mindst én ugedag.', 'rule.weekdays');
    if (input.monthDay != null || input.nth != null) throw invalid('Dag i måneden bruges kun ved månedlige møder.', 'rule.monthDay');
    rule = { freq: 'WEEKLY', intervalWeeks: input.interval, weekdays: [...input.weekdays].sort((a, b) => a - b), ...bounds };
  } else {
    if (input.weekdays?.length) throw invalid('Ugedage bruges kun ved ugentlige møder. Vælg i stedet fx "anden tirsdag".', 'rule.weekdays');
    if (input.monthDay != null && (input.nth != null || input.weekday != null)) {
      throw invalid('Vælg enten en dato i måneden eller fx "anden tirsdag", ikke begge.', 'rule.monthDay');
    }
    if ((input.nth == null) !== (input.weekday == null)) throw invalid('Vælg både hvilken (fx anden) og hvilken ugedag.', 'rule.nth');
    if (input.nth === 0) throw invalid('Vælg første, anden, tredje, fjerde, femte eller sidste.', 'rule.nth');
    const day =
      input.monthDay != null
        ? { kind: 'monthDay' as const, day: input.monthDay }
        : input.nth != null && input.weekday != null
          ? { kind: 'nthWeekday' as const, nth: input.nth, weekday: input.weekday }
          : null;
    rule = { freq: 'MONTHLY', intervalMonths: input.interval, day, ...bounds };
  }
  try {
    return validateRecurrenceRule(rule);
  } catch (error) {
    if (error instanceof RecurrenceError) throw invalid('Gentagelsen er ikke gyldig. Tjek interval, dage og slutning.');
    throw error;
  }
}

export function ruleText(rule: RecurrenceRule): string {
  return formatRecurrenceRule(rule);
}

/** The stored RRULE as the structured model, with a Danish description. */
export function ruleModel(rrule: string, startDate: string): RecurrenceRuleModel {
  const rule = parseRecurrenceRule(rrule, startDate);
  if (rule.freq === 'WEEKLY') {
    return {
      rrule,
      frequency: 'WEEKLY',
      interval: rule.intervalWeeks,
      weekdays: rule.weekdays,
      monthDay: null,
      nth: null,
      weekday: null,
      until: rule.until,
      count: rule.count,
      text: describeRule(rule, startDate),
    };
  }
  return {
    rrule,
    frequency: 'MONTHLY',
    interval: rule.intervalMonths,
    weekdays: null,
    monthDay: rule.day?.kind === 'monthDay' ? rule.day.day : rule.day ? null : Number(startDate.slice(8, 10)),
    nth: rule.day?.kind === 'nthWeekday' ? rule.day.nth : null,
    weekday: rule.day?.kind === 'nthWeekday' ? rule.day.weekday : null,
    until: rule.until,
    count: rule.count,
    text: describeRule(rule, startDate),
  };
}

/** "Hver anden uge om tirsdagen", "Hvert kvartal, anden tirsdag i måneden" … */
export function describeRule(rule: RecurrenceRule, startDate: string): string {
  let text: string;
  if (rule.freq === 'WEEKLY') {
    const every = rule.intervalWeeks === 1 ? 'Hver uge' : rule.intervalWeeks === 2 ? 'Hver anden uge' : `Hver ${rule.intervalWeeks}. uge`;
    const days = rule.weekdays.map((d) => WEEKDAY_NAMES[d - 1]);
    text = `${every} ${days.length > 1 ? `${days.slice(0, -1).join(', ')} og ${days.at(-1)}` : days[0]}`;
  } else {
    const n = rule.intervalMonths;
    const every = n === 1 ? 'Hver måned' : n === 3 ? 'Hvert kvartal' : n === 6 ? 'Hvert halve år' : n === 12 ? 'Hvert år' : `Hver ${n}. måned`;
    const day = rule.day ?? { kind: 'monthDay' as const, day: Number(startDate.slice(8, 10)) };
    text =
      day.kind === 'monthDay'
        ? `${every} den ${day.day}.`
        : `${every}, ${NTH_NAMES[day.nth] ?? `${day.nth}.`} ${WEEKDAY_NAMES[day.weekday - 1]} i måneden`;
  }
  if (rule.until) text += ` til og med ${rule.until.slice(8, 10)}.${rule.until.slice(5, 7)}.${rule.until.slice(0, 4)}`;
  if (rule.count) text += `, ${rule.count} gange`;
  return text;
}
