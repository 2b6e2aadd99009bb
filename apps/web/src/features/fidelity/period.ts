import { copenhagenToday, periodProblem } from '@act/domain';
import { useSearchParams } from 'react-router';
import { defaultFidelityPeriod } from './format';

export interface FidelityPeriod {
  from: string;
  to: string;
}

/**
 * The report's period from the address (?from=&to=), so a view can be reloaded, shared and
 * printed; the 12 whole weeks before today when none (or a wrong one) is given.
 */
export function useFidelityPeriod(): { period: FidelityPeriod; setPeriod: (p: FidelityPeriod) => void; search: string; isDefault: boolean } {
  const [params, setParams] = useSearchParams();
  const asked = { from: params.get('from') ?? '', to: params.get('to') ?? '' };
  const fallback = defaultFidelityPeriod(copenhagenToday());
  const period = periodProblem(asked) ? fallback : asked;
  return {
    period,
    setPeriod: (p) => setParams({ from: p.from, to: p.to }),
    search: `?from=${period.from}&to=${period.to}`,
    isDefault: period.from === fallback.from && period.to === fallback.to,
  };
}
