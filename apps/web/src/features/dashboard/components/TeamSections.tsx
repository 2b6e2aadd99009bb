import { useTranslation } from 'react-i18next';
import { BarChart } from '../../../components/charts/BarChart';
import type { SteeringDashboardQuery } from '../../../gql/graphql';
import { formatDate } from '../../../lib/format-date';
import { FigureTable } from './FigureTable';
import type { FigureText } from './figures';

type Dashboard = SteeringDashboardQuery['steeringDashboard'];

interface Props {
  dashboard: Dashboard;
  f: FigureText;
}

type TeamFigures = Dashboard['teams'][number];

const csvName = (d: Dashboard, what: string) => [what, d.from, d.to];
/** The tables' rows: every team, then all teams together. */
const tableRows = (d: Dashboard): TeamFigures[] => [...d.teams, d.allTeams];

/** Citizens and caseload per team over the period. */
export function CaseloadSection({ dashboard: d, f }: Props) {
  const { t } = useTranslation();
  const name = (x: TeamFigures) => x.teamName ?? t('dashboard.allTeams');
  const header = [
    t('dashboard.team'),
    t('dashboard.caseloadRatio'),
    t('dashboard.averageCitizens'),
    t('dashboard.averageFte'),
    t('dashboard.active'),
    t('dashboard.waiting'),
    t('dashboard.started'),
    t('dashboard.ended'),
    t('dashboard.membersOver'),
    t('dashboard.exceptions'),
  ];
  const two = f.decimal(2);
  return (
    <section aria-labelledby="dash-caseload">
      <h2 id="dash-caseload">{t('dashboard.caseloadTitle')}</h2>
      <p>{t('dashboard.caseloadHelp')}</p>
      <BarChart
        title={t('dashboard.caseloadChart')}
        categories={d.teams.map((x) => x.teamName ?? '')}
        series={[{ name: t('dashboard.caseloadRatio'), values: d.teams.map((x) => f.chart(x.caseloadRatio)) }]}
        format={two}
        emptyText={f.gapText(d.teams.map((x) => x.caseloadRatio))}
      />
      <FigureTable
        caption={t('dashboard.caseloadCaption')}
        header={header}
        csvName={csvName(d, t('dashboard.caseloadFile'))}
        rows={tableRows(d).map((x) => [
          name(x),
          f.text(x.caseloadRatio, two),
          f.text(x.averageCitizens, f.decimal(1)),
          two(x.averagePrimaryFte),
          f.text(x.citizensActive),
          f.text(x.citizensWaiting),
          f.text(x.citizensStarted),
          f.text(x.citizensEnded),
          String(x.membersOverCapacity),
          String(x.exceptionsInForce),
        ])}
        csvRows={tableRows(d).map((x) => [
          name(x),
          f.csv(x.caseloadRatio),
          f.csv(x.averageCitizens),
          x.averagePrimaryFte,
          f.csv(x.citizensActive),
          f.csv(x.citizensWaiting),
          f.csv(x.citizensStarted),
          f.csv(x.citizensEnded),
          x.membersOverCapacity,
          x.exceptionsInForce,
        ])}
      />
    </section>
  );
}

/** Contact, plans and "not seen" per team. */
export function ContactSection({ dashboard: d, f }: Props) {
  const { t, i18n } = useTranslation();
  const name = (x: TeamFigures) => x.teamName ?? t('dashboard.allTeams');
  const header = [t('dashboard.team'), t('dashboard.faceToFace'), t('dashboard.agreedPlan'), t('dashboard.followUpOnTime'), t('dashboard.notSeen')];
  const two = f.decimal(2);
  return (
    <section aria-labelledby="dash-contact">
      <h2 id="dash-contact">{t('dashboard.contactTitle')}</h2>
      <p>{t('dashboard.contactHelp', { date: formatDate(d.readingDay, i18n.language) })}</p>
      <BarChart
        title={t('dashboard.faceToFaceChart')}
        categories={d.teams.map((x) => x.teamName ?? '')}
        series={[{ name: t('dashboard.faceToFace'), values: d.teams.map((x) => f.chart(x.faceToFacePerCitizenWeek)) }]}
        format={two}
        emptyText={f.gapText(d.teams.map((x) => x.faceToFacePerCitizenWeek))}
      />
      <BarChart
        title={t('dashboard.sharesChart')}
        categories={d.teams.map((x) => x.teamName ?? '')}
        series={[
          { name: t('dashboard.agreedPlan'), values: d.teams.map((x) => f.chart(x.agreedPlanShare, true)) },
          { name: t('dashboard.followUpOnTime'), values: d.teams.map((x) => f.chart(x.followUpOnTimeShare, true)) },
          { name: t('dashboard.notSeen'), values: d.teams.map((x) => f.chart(x.notSeenShare, true)) },
        ]}
        min={0}
        max={100}
        format={(v) => `${f.decimal(0)(v)} %`}
        emptyText={f.gapText(d.teams.flatMap((x) => [x.agreedPlanShare, x.followUpOnTimeShare, x.notSeenShare]))}
      />
      <FigureTable
        caption={t('dashboard.contactCaption')}
        header={header}
        csvName={csvName(d, t('dashboard.contactFile'))}
        rows={tableRows(d).map((x) => [
          name(x),
          f.text(x.faceToFacePerCitizenWeek, two),
          f.text(x.agreedPlanShare, f.share),
          f.text(x.followUpOnTimeShare, f.share),
          x.notSeenThresholdDays === null || x.notSeenThresholdDays === undefined
            ? f.text(x.notSeenShare, f.share)
            : `${f.text(x.notSeenShare, f.share)} ${t('dashboard.threshold', { count: x.notSeenThresholdDays })}`,
        ])}
        csvRows={tableRows(d).map((x) => [
          name(x),
          f.csv(x.faceToFacePerCitizenWeek),
          f.csv(x.agreedPlanShare, true),
          f.csv(x.followUpOnTimeShare, true),
          f.csv(x.notSeenShare, true),
        ])}
      />
    </section>
  );
}

const KINDS = ['team_meeting', 'supervision', 'sparring', 'evaluation_day'] as const;

/** Meetings held versus planned, per team and kind. */
export function MeetingsSection({ dashboard: d, f }: Props) {
  const { t } = useTranslation();
  const header = [t('dashboard.teamAndKind'), t('dashboard.planned'), t('dashboard.held'), t('dashboard.notHeld'), t('dashboard.notMarked'), t('dashboard.cancelled')];
  const rows = tableRows(d).flatMap((x) =>
    KINDS.map((kind) => ({ label: `${x.teamName ?? t('dashboard.allTeams')} – ${t(`dashboard.kind.${kind}`)}`, m: x.meetings.find((m) => m.kind === kind)! })),
  );
  const recorded = (m: (typeof rows)[number]['m']) => m.planned + m.cancelled > 0;
  return (
    <section aria-labelledby="dash-meetings">
      <h2 id="dash-meetings">{t('dashboard.meetingsTitle')}</h2>
      <p>{t('dashboard.meetingsHelp')}</p>
      <BarChart
        title={t('dashboard.meetingsChart')}
        categories={d.teams.map((x) => x.teamName ?? '')}
        series={KINDS.map((kind) => ({
          name: t(`dashboard.kind.${kind}`),
          values: d.teams.map((x) => {
            const m = x.meetings.find((y) => y.kind === kind)!;
            return m.planned ? Math.round((m.held / m.planned) * 100) : null;
          }),
        }))}
        min={0}
        max={100}
        format={(v) => `${f.decimal(0)(v)} %`}
        emptyText={t('dashboard.notRecorded').toLowerCase()}
      />
      <FigureTable
        caption={t('dashboard.meetingsCaption')}
        header={header}
        csvName={[t('dashboard.meetingsFile'), d.from, d.to]}
        rows={rows.map(({ label, m }) =>
          recorded(m)
            ? [label, String(m.planned), String(m.held), String(m.notHeld), String(m.notMarked), String(m.cancelled)]
            : [label, t('dashboard.notRecorded'), '', '', '', ''],
        )}
        csvRows={rows.map(({ label, m }) =>
          recorded(m) ? [label, m.planned, m.held, m.notHeld, m.notMarked, m.cancelled] : [label, t('dashboard.notRecorded'), null, null, null, null],
        )}
      />
    </section>
  );
}

/** Transitions to and from regional dual-diagnosis treatment, per team. */
export function TransitionsSection({ dashboard: d, f }: Props) {
  const { t } = useTranslation();
  const name = (x: TeamFigures) => x.teamName ?? t('dashboard.allTeams');
  const header = [
    t('dashboard.team'),
    t('dashboard.referrals'),
    t('dashboard.admissions'),
    t('dashboard.discharges'),
    t('dashboard.returns'),
    t('dashboard.withdrawn'),
    t('dashboard.medianWait'),
  ];
  const tr = (x: TeamFigures) => x.transitions;
  return (
    <section aria-labelledby="dash-transitions">
      <h2 id="dash-transitions">{t('dashboard.transitionsTitle')}</h2>
      <p>{t('dashboard.transitionsHelp')}</p>
      <BarChart
        title={t('dashboard.transitionsChart')}
        categories={d.teams.map((x) => x.teamName ?? '')}
        series={[
          { name: t('dashboard.referrals'), values: d.teams.map((x) => f.chart(tr(x).referrals)) },
          { name: t('dashboard.admissions'), values: d.teams.map((x) => f.chart(tr(x).admissions)) },
          { name: t('dashboard.returns'), values: d.teams.map((x) => f.chart(tr(x).returns)) },
        ]}
        min={0}
        format={f.decimal(0)}
        emptyText={f.gapText(d.teams.flatMap((x) => [tr(x).referrals, tr(x).admissions, tr(x).returns]))}
      />
      <FigureTable
        caption={t('dashboard.transitionsCaption')}
        header={header}
        csvName={[t('dashboard.transitionsFile'), d.from, d.to]}
        rows={tableRows(d).map((x) => [
          name(x),
          f.text(tr(x).referrals),
          f.text(tr(x).admissions),
          f.text(tr(x).discharges),
          f.text(tr(x).returns),
          f.text(tr(x).withdrawn),
          f.text(tr(x).medianWaitDays, f.decimal(1)),
        ])}
        csvRows={tableRows(d).map((x) => [
          name(x),
          f.csv(tr(x).referrals),
          f.csv(tr(x).admissions),
          f.csv(tr(x).discharges),
          f.csv(tr(x).returns),
          f.csv(tr(x).withdrawn),
          f.csv(tr(x).medianWaitDays),
        ])}
      />
    </section>
  );
}
