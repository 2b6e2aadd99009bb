import { useTranslation } from 'react-i18next';
import type { CitizenStatus } from '../../../gql/graphql';

export function StatusBadge({ status }: { status: CitizenStatus }) {
  const { t } = useTranslation();
  return <span className={`badge badge--${status.toLowerCase()}`}>{t(`citizenStatus.${status}`)}</span>;
}
