import { NavLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../../components/PageTitle';
import { useViewer } from '../../../app/viewer';
import { PhasesSection } from '../components/PhasesSection';
import { PlanSection } from '../components/PlanSection';
import { RolesSection } from '../components/RolesSection';
import '../implementation.css';

export type ImplementationTab = 'phases' | 'plan' | 'roles';

const TABS: Array<{ tab: ImplementationTab; to: string }> = [
  { tab: 'phases', to: '/implementation' },
  { tab: 'plan', to: '/implementation/plan' },
  { tab: 'roles', to: '/implementation/roles' },
];

/**
 * The implementation: the four phases with their checklists, the plan and the roles table.
 * The steering group runs it; team leaders read it (the forms are not shown to them, and the
 * API refuses their writes).
 */
export default function ImplementationPage({ tab }: { tab: ImplementationTab }) {
  const { t } = useTranslation();
  const viewer = useViewer();
  const canManage = viewer.role === 'STEERING_GROUP';
  usePageTitle(`${t(`implementation.tabs.${tab}`)} – ${t('implementation.title')}`);
  return (
    <>
      <h1>{t('implementation.title')}</h1>
      <p className="lead">{t(canManage ? 'implementation.leadManage' : 'implementation.leadRead')}</p>
      <nav aria-label={t('implementation.tabsLabel')} className="impl-tabs">
        <ul>
          {TABS.map((x) => (
            <li key={x.tab}>
              <NavLink to={x.to} end>
                {t(`implementation.tabs.${x.tab}`)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      {tab === 'phases' && <PhasesSection canManage={canManage} />}
      {tab === 'plan' && <PlanSection canManage={canManage} />}
      {tab === 'roles' && <RolesSection canManage={canManage} />}
    </>
  );
}
