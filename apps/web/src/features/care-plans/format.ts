import { formatDate } from '../../lib/format-date';

/** "tirsdag den 10. december 2026" for a YYYY-MM-DD day (noon UTC is that day in Copenhagen). */
export function formatDay(isoDay: string, language: string): string {
  return formatDate(`${isoDay}T12:00:00Z`, language);
}
