import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/format-date';

/** "1. dec. 2026 – 15. dec. 2026" for a round's Copenhagen dates. */
export function RoundDates({ opensOn, closesOn }: { opensOn: string; closesOn: string }) {
  const { i18n } = useTranslation();
  const day = (d: string) => formatDate(`${d}T12:00:00Z`, i18n.language);
  return (
    <>
      {day(opensOn)} – {day(closesOn)}
    </>
  );
}
