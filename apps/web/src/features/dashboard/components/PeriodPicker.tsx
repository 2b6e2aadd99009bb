import { type PeriodPreset, copenhagenToday, periodProblem, presetPeriod } from '@act/domain';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface PeriodChoice {
  from: string;
  to: string;
}

interface Props {
  value: PeriodChoice;
  onChange: (period: PeriodChoice) => void;
}

const PRESETS: PeriodPreset[] = ['weeks4', 'quarter', 'year'];

/** Presets (last 4 weeks, last quarter, last 12 months) or two dates of one's own. */
export function PeriodPicker({ value, onChange }: Props) {
  const { t } = useTranslation();
  const today = copenhagenToday();
  const current = PRESETS.find((p) => {
    const period = presetPeriod(p, today);
    return period.from === value.from && period.to === value.to;
  });
  const [custom, setCustom] = useState(!current);
  const [from, setFrom] = useState(value.from);
  const [to, setTo] = useState(value.to);
  const [error, setError] = useState<string | null>(null);

  const choose = (preset: PeriodPreset | 'custom') => {
    setError(null);
    if (preset === 'custom') {
      setCustom(true);
      return;
    }
    setCustom(false);
    const period = presetPeriod(preset, today);
    setFrom(period.from);
    setTo(period.to);
    onChange(period);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problem = periodProblem({ from, to });
    setError(problem);
    if (!problem) onChange({ from, to });
  };

  return (
    <form className="period-picker" onSubmit={submit} noValidate>
      <fieldset>
        <legend>{t('dashboard.period')}</legend>
        <div className="period-picker__presets">
          {[...PRESETS, 'custom' as const].map((p) => (
            <label key={p} className="checkbox">
              <input type="radio" name="preset" checked={p === 'custom' ? custom : !custom && current === p} onChange={() => choose(p)} />
              {t(`dashboard.preset.${p}`)}
            </label>
          ))}
        </div>
        {custom && (
          <div className="period-picker__dates">
            <div className={error ? 'field field--error' : 'field'}>
              <label htmlFor="period-from">{t('dashboard.from')}</label>
              <input id="period-from" type="date" value={from} onChange={(e) => setFrom(e.target.value)} aria-describedby={error ? 'period-error' : undefined} />
            </div>
            <div className={error ? 'field field--error' : 'field'}>
              <label htmlFor="period-to">{t('dashboard.to')}</label>
              <input id="period-to" type="date" value={to} onChange={(e) => setTo(e.target.value)} aria-describedby={error ? 'period-error' : undefined} />
            </div>
            {error && (
              <p id="period-error" className="field__error" role="alert">
                {error}
              </p>
            )}
            <button type="submit" className="button">
              {t('dashboard.show')}
            </button>
          </div>
        )}
      </fieldset>
    </form>
  );
}
