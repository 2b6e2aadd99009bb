import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { parseRecurrenceRule } from '@act/domain';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Loading } from '../../../components/Loading';
import { usePageTitle } from '../../../components/PageTitle';
import { SeriesForm } from '../components/SeriesForm';
import { MeetingSeriesByIdDocument, UpdateMeetingSeriesDocument } from '../graphql/scheduling';
import { ruleToDraft } from '../rule-draft';
import '../scheduling.css';

/** Change a series from now on: held, moved and cancelled meetings stay as they are. */
export default function EditSeriesPage() {
  const { t } = useTranslation();
  const seriesId = useParams().seriesId!;
  const navigate = useNavigate();
  usePageTitle(t('scheduling.edit.title'));
  const { data, loading, error, refetch } = useQuery(MeetingSeriesByIdDocument, { variables: { id: seriesId } });
  const [update, updating] = useMutation(UpdateMeetingSeriesDocument);

  if (loading && !data) return <Loading />;
  const series = data?.meetingSeriesById;
  if (!series) {
    return (
      <>
        <h1>{t('scheduling.edit.title')}</h1>
        <ErrorMessage error={error} onRetry={() => void refetch()} />
      </>
    );
  }
  const back = series.teamId ? `/teams/${series.teamId}/schedule` : '/steering-meetings';
  return (
    <>
      <p className="breadcrumb">
        <Link to={back}>{t('scheduling.edit.back')}</Link>
      </p>
      <h1>{t('scheduling.edit.titleFor', { kind: t(`scheduling.kind.${series.kind}`) })}</h1>
      <p className="lead">{t('scheduling.edit.lead')}</p>
      <SeriesForm
        kinds={[series.kind]}
        members={[]}
        initial={{
          kind: series.kind,
          memberId: series.memberId ?? null,
          title: series.title,
          startDate: series.startDate,
          startTime: series.startTime,
          durationMinutes: series.durationMinutes,
          place: series.place,
          supervisorName: series.supervisorName ?? null,
          supervisorEmail: series.supervisorEmail ?? null,
          remindMinutesBefore: series.remindMinutesBefore,
          draft: ruleToDraft(parseRecurrenceRule(series.rule.rrule, series.startDate), series.startDate),
        }}
        saving={updating.loading}
        onSave={async ({ kind: _kind, memberId: _memberId, startDate: _startDate, ...values }) => {
          await update({ variables: { input: { id: series.id, ...values } } });
          void navigate(back);
        }}
        onCancel={() => void navigate(back)}
      />
    </>
  );
}
