import type { TFunction } from 'i18next';

/** "45 min.", "1½ time", "6 timer", "2 t. 15 min." */
export function formatDuration(minutes: number, t: TFunction): string {
  if (minutes < 60) return t('scheduling.duration.minutes', { count: minutes });
  const whole = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (rest === 0 || rest === 30) return t('scheduling.duration.hours', { count: whole, text: `${whole}${rest ? '½' : ''}` });
  return t('scheduling.duration.hoursMinutes', { h: whole, m: rest });
}

/** "1 dag før", "3 timer før", "1 uge før", "Når mødet begynder" */
export function formatRemind(minutes: number, t: TFunction): string {
  if (minutes === 0) return t('scheduling.remind.atStart');
  if (minutes % 10080 === 0) return t('scheduling.remind.weeks', { count: minutes / 10080 });
  if (minutes % 1440 === 0) return t('scheduling.remind.days', { count: minutes / 1440 });
  if (minutes % 60 === 0) return t('scheduling.remind.hours', { count: minutes / 60 });
  return t('scheduling.remind.minutes', { count: minutes });
}
