import { useTranslation } from 'react-i18next';
import type { FunctionRoleFieldsFragment } from '../../../gql/graphql';
import { formatDate } from '../../../lib/format-date';

type Current = NonNullable<FunctionRoleFieldsFragment['current']>;
export const DESCRIPTION_FIELDS = [
  'purpose',
  'tasksOutreach',
  'tasksPlan',
  'tasksSupport',
  'tasksTransition',
  'professionalCompetences',
  'personalCompetences',
] as const;

/** A function description, section by section (also the printed version). */
export function DescriptionView({ current, headingLevel = 3 }: { current: Current; headingLevel?: 2 | 3 | 4 }) {
  const { t, i18n } = useTranslation();
  const H: 'h2' | 'h3' | 'h4' = `h${headingLevel}`;
  const Sub = `h${headingLevel + 1}` as 'h3' | 'h4' | 'h5';
  return (
    <div className="description-section">
      <p className="muted">
        {t('functions.version', { version: current.version, name: current.writtenByName, date: formatDate(current.createdAt, i18n.language) })}
      </p>
      <H>{t('functions.purpose')}</H>
      <p>{current.purpose}</p>
      <H>{t('functions.phases')}</H>
      {(['tasksOutreach', 'tasksPlan', 'tasksSupport', 'tasksTransition'] as const).map((k) => (
        <div key={k}>
          <Sub>{t(`functions.${k}`)}</Sub>
          <p>{current[k]}</p>
        </div>
      ))}
      <H>{t('functions.professionalCompetences')}</H>
      <p>{current.professionalCompetences}</p>
      <H>{t('functions.personalCompetences')}</H>
      <p>{current.personalCompetences}</p>
    </div>
  );
}
