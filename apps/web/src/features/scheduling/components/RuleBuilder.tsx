import { useTranslation } from 'react-i18next';
import { copenhagenToday } from '@act/domain';
import { formatDateTime } from '../../../lib/format-date';
import { NTH_CHOICES, REPEAT_CHOICES, type RuleDraft, type RuleErrors, draftToRule, isWeekly, previewOccurrences } from '../rule-draft';
import { describeRule } from '../rule-words';

interface Props {
  /** Prefix for the ids, so two builders can share a page. */
  id: string;
  value: RuleDraft;
  onChange: (draft: RuleDraft) => void;
  /** The series' first date, start time and length: the preview needs them. */
  startDate: string;
  startTime: string;
  durationMinutes: number;
  /** Show the rule's errors by its fields (after the first attempt to save). */
  showErrors: boolean;
}

/** The field ids the builder uses for a rule error, e.g. for an error summary. */
export function ruleFieldId(id: string, field: keyof RuleErrors): string {
  return field === 'weekdays' ? `${id}-weekday-1` : `${id}-${field === 'monthDay' ? 'month-day' : field}`;
}

/**
 * "Hvor ofte" for a meeting series: every N weeks on chosen weekdays, monthly on a date or on
 * "the second Tuesday", quarterly, half-yearly; ending never, on a date, or after N times. Below
 * it, the next occurrences as the shared expansion gives them, updated as the user types.
 */
export function RuleBuilder({ id, value, onChange, startDate, startTime, durationMinutes, showErrors }: Props) {
  const { t, i18n } = useTranslation();
  const set = (patch: Partial<RuleDraft>) => onChange({ ...value, ...patch });
  const result = draftToRule(value, startDate);
  const errors: RuleErrors = showErrors && !result.ok ? result.errors : {};
  const errorText = (field: keyof RuleErrors) => (errors[field] ? t(`scheduling.ruleErrors.${errors[field]}`) : undefined);
  const weekdayNames = t('scheduling.builder.weekdayNames', { returnObjects: true }) as string[];
  const weekdaysLower = t('meetings.weekdays', { returnObjects: true }) as string[];
  const weekly = isWeekly(value.repeat);
  const preview = result.ok ? previewOccurrences(result.rule, startDate, startTime, durationMinutes, copenhagenToday()) : [];

  return (
    <div className="rule-builder">
      <div className="field">
        <label htmlFor={`${id}-repeat`}>{t('scheduling.builder.repeat')}</label>
        <select id={`${id}-repeat`} value={value.repeat} onChange={(e) => set({ repeat: e.target.value as RuleDraft['repeat'] })}>
          {REPEAT_CHOICES.map((choice) => (
            <option key={choice} value={choice}>
              {t(`scheduling.rule.every.${choice}`)}
            </option>
          ))}
        </select>
      </div>

      {weekly ? (
        <fieldset className="fieldset" aria-describedby={errors.weekdays ? `${id}-weekdays-error` : undefined}>
          <legend>{t('scheduling.builder.weekdays')}</legend>
          {errorText('weekdays') && (
            <p id={`${id}-weekdays-error`} className="field__error">
              {errorText('weekdays')}
            </p>
          )}
          <div className="choice-grid">
            {weekdayNames.map((name, index) => {
              const day = index + 1;
              return (
                <label key={day} className="sched-choice">
                  <input
                    id={`${id}-weekday-${day}`}
                    type="checkbox"
                    checked={value.weekdays.includes(day)}
                    onChange={(e) =>
                      set({ weekdays: e.target.checked ? [...value.weekdays, day] : value.weekdays.filter((d) => d !== day) })
                    }
                  />
                  {name}
                </label>
              );
            })}
          </div>
        </fieldset>
      ) : (
        <fieldset className="fieldset">
          <legend>{t('scheduling.builder.monthlyBy')}</legend>
          <label className="sched-choice">
            <input type="radio" name={`${id}-monthly-by`} checked={value.monthlyBy === 'date'} onChange={() => set({ monthlyBy: 'date' })} />
            {t('scheduling.builder.byDate')}
          </label>
          {value.monthlyBy === 'date' && (
            <div className={errors.monthDay ? 'field field--error sched-indent' : 'field sched-indent'}>
              <label htmlFor={`${id}-month-day`}>{t('scheduling.builder.monthDay')}</label>
              <p id={`${id}-month-day-hint`} className="field__hint">
                {t('scheduling.builder.monthDayHint')}
              </p>
              {errorText('monthDay') && (
                <p id={`${id}-month-day-error`} className="field__error">
                  {errorText('monthDay')}
                </p>
              )}
              <input
                id={`${id}-month-day`}
                className="input--short"
                inputMode="numeric"
                value={value.monthDay}
                aria-invalid={errors.monthDay ? true : undefined}
                aria-describedby={`${id}-month-day-hint${errors.monthDay ? ` ${id}-month-day-error` : ''}`}
                onChange={(e) => set({ monthDay: e.target.value })}
              />
            </div>
          )}
          <label className="sched-choice">
            <input type="radio" name={`${id}-monthly-by`} checked={value.monthlyBy === 'weekday'} onChange={() => set({ monthlyBy: 'weekday' })} />
            {t('scheduling.builder.byWeekday')}
          </label>
          {value.monthlyBy === 'weekday' && (
            <div className="field-pair sched-indent">
              <div className="field">
                <label htmlFor={`${id}-nth`}>{t('scheduling.builder.nth')}</label>
                <select id={`${id}-nth`} value={value.nth} onChange={(e) => set({ nth: Number(e.target.value) })}>
                  {NTH_CHOICES.map((n) => (
                    <option key={n} value={n}>
                      {n > 0 ? t(`scheduling.rule.nth.${n}`) : t(`scheduling.rule.nthLast.${-n}`)}
                    </option>
                  ))}
                </select>
              </div>
              <div className="field">
                <label htmlFor={`${id}-nth-weekday`}>{t('scheduling.builder.nthWeekday')}</label>
                <select id={`${id}-nth-weekday`} value={value.nthWeekday} onChange={(e) => set({ nthWeekday: Number(e.target.value) })}>
                  {weekdaysLower.map((name, index) => (
                    <option key={name} value={index + 1}>
                      {name}
                    </option>
                  ))}
                </select>
              </div>
            </div>
          )}
        </fieldset>
      )}

      <fieldset className="fieldset">
        <legend>{t('scheduling.builder.end')}</legend>
        <label className="sched-choice">
          <input type="radio" name={`${id}-end`} checked={value.end === 'never'} onChange={() => set({ end: 'never' })} />
          {t('scheduling.builder.endNever')}
        </label>
        <label className="sched-choice">
          <input type="radio" name={`${id}-end`} checked={value.end === 'until'} onChange={() => set({ end: 'until' })} />
          {t('scheduling.builder.endUntil')}
        </label>
        {value.end === 'until' && (
          <div className={errors.until ? 'field field--error sched-indent' : 'field sched-indent'}>
            <label htmlFor={`${id}-until`}>{t('scheduling.builder.untilLabel')}</label>
            {errorText('until') && (
              <p id={`${id}-until-error`} className="field__error">
                {errorText('until')}
              </p>
            )}
            <input
              id={`${id}-until`}
              type="date"
              value={value.until}
              min={startDate || undefined}
              aria-invalid={errors.until ? true : undefined}
              aria-describedby={errors.until ? `${id}-until-error` : undefined}
              onChange={(e) => set({ until: e.target.value })}
            />
          </div>
        )}
        <label className="sched-choice">
          <input type="radio" name={`${id}-end`} checked={value.end === 'count'} onChange={() => set({ end: 'count' })} />
          {t('scheduling.builder.endCount')}
        </label>
        {value.end === 'count' && (
          <div className={errors.count ? 'field field--error sched-indent' : 'field sched-indent'}>
            <label htmlFor={`${id}-count`}>{t('scheduling.builder.countLabel')}</label>
            {errorText('count') && (
              <p id={`${id}-count-error`} className="field__error">
                {errorText('count')}
              </p>
            )}
            <input
              id={`${id}-count`}
              className="input--short"
              inputMode="numeric"
              value={value.count}
              aria-invalid={errors.count ? true : undefined}
              aria-describedby={errors.count ? `${id}-count-error` : undefined}
              onChange={(e) => set({ count: e.target.value })}
            />
          </div>
        )}
      </fieldset>

      <section className="rule-preview" aria-labelledby={`${id}-preview-heading`}>
        <h3 id={`${id}-preview-heading`}>{t('scheduling.builder.preview')}</h3>
        <div aria-live="polite">
          {result.ok ? (
            <>
              <p className="rule-preview__words">{describeRule(result.rule, startDate, t, i18n.language)}</p>
              {preview.length === 0 ? (
                <p>{t('scheduling.builder.previewNone')}</p>
              ) : (
                <ol className="rule-preview__list">
                  {preview.map((o) => (
                    <li key={o.originalDate}>{formatDateTime(o.start, i18n.language)}</li>
                  ))}
                </ol>
              )}
            </>
          ) : (
            <p>{t('scheduling.builder.previewFix')}</p>
          )}
        </div>
      </section>
    </div>
  );
}
