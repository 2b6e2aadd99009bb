import { type PeriodPreset, copenhagenToday, periodProblem, presetPeriod } from '@act/domain';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface PeriodChoice {
  from: string;
  to: string;
}

/** A ready-made period to pick, e.g. "Seneste 4 uger". */
export interface PeriodPresetChoice {
  key: string;
  label: string;
  period: PeriodChoice;
}

interface Props {
  value: PeriodChoice;
  onChange: (period: PeriodChoice) => void;
  /** The presets offered (default: last 4 weeks, last quarter, last 12 months). */
  presets?: PeriodPresetChoice[];
}

const PRESETS: PeriodPreset[] = ['weeks4', 'quarter', 'year'];

/** Presets (last 4 weeks, last quarter, last 12 months, or the page's own) or two dates of one's own. */
export function PeriodPicker({ value, onChange, presets }: Props) {
  const { t } = useTranslation();
  const today = copenhagenToday();
  const choices: PeriodPresetChoice[] =
    presets ?? PRESETS.map((p) => ({ key: p, label: t(`dashboard.preset.${p}`), period: presetPeriod(p, today) }));
  const current = choices.find((c) => c.period.from === value.from && c.period.to === value.to)?.key;
  const [custom, setCustom] = useState(!current);
  const [from, setFrom] = useState(value.from);
  const [to, setTo] = useState(value.to);
  const [error, setError] = useState<string | null>(null);

  const choose = (preset: string) => {
    setError(null);
    if (preset === 'custom') {
      setCustom(true);
      return;
    }
    setCustom(false);
    const period = choices.find((c) => c.key === preset)!.period;
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
          {[...choices, { key: 'custom', label: t('dashboard.preset.custom') }].map((p) => (
            <label key={p.key} className="checkbox">
              <input type="radio" name="preset" checked={p.key === 'custom' ? custom : !custom && current === p.key} onChange={() => choose(p.key)} />
              {p.label}
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
