import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';

/** Where the team finds the figures a "bring" point asks for; null: not in the app yet. */
function figuresLink(pointKey: string, teamId: string): { to: string; labelKey: string } | null {
  switch (pointKey) {
    case 'caseload':
      return { to: `/teams/${teamId}/caseload`, labelKey: 'scheduling.guide.openCaseload' };
    case 'contacts':
      return { to: `/teams/${teamId}/visits`, labelKey: 'scheduling.guide.openContacts' };
    case 'meetings':
      return { to: `/teams/${teamId}/schedule#figures-heading`, labelKey: 'scheduling.guide.openMeetingFigures' };
    case 'fidelity':
      return { to: `/teams/${teamId}/fidelity`, labelKey: 'scheduling.guide.openFidelity' };
    default:
      return null;
  }
}

/**
 * The evaluation and reflection day's meeting guide (packages/domain meeting-guide.ts, as the API
 * gives it): what to bring — with links to the team's figures —, what to reflect on, what to decide.
 */
export interface GuideSection {
  key: string;
  title: string;
  intro: string;
  points: readonly { key: string; text: string }[];
}

export function MeetingGuide({ teamId, sections, children }: { teamId: string; sections: readonly GuideSection[]; children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="guide-heading" className="meeting-guide">
      <h2 id="guide-heading">{t('scheduling.guide.title')}</h2>
      {sections.map((section) => (
        <section key={section.key} aria-labelledby={`guide-${section.key}`} className="meeting-guide__section">
          <h3 id={`guide-${section.key}`}>{section.title}</h3>
          <p>{section.intro}</p>
          <ul>
            {section.points.map((point) => {
              const link = section.key === 'bring' ? figuresLink(point.key, teamId) : null;
              return (
                <li key={point.key}>
                  {point.text}
                  {link && (
                    <>
                      {' '}
                      <Link to={link.to}>{t(link.labelKey)}</Link>
                    </>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      ))}
      {children}
    </section>
  );
}
