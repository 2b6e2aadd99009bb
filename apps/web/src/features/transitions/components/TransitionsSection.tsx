import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { copenhagenToday } from '@act/domain';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { TextField } from '../../../components/FormField';
import { Loading } from '../../../components/Loading';
import type { RegionalTreatmentCoursesQuery } from '../../../gql/graphql';
import { useFormSubmit } from '../../../lib/use-form-submit';
import { formatDay } from '../../care-plans/format';
import { RecordRegionalReferralDocument, RegionalTreatmentCoursesDocument, UpdateRegionalTreatmentCourseDocument } from '../graphql/transitions';

type Course = RegionalTreatmentCoursesQuery['regionalTreatmentCourses'][number];
const DATES = ['referredOn', 'admittedOn', 'dischargedOn', 'returnedOn', 'withdrawnOn'] as const;
const REFETCH = { refetchQueries: ['RegionalTreatmentCourses'], awaitRefetchQueries: true };

/** On the citizen's page: courses to and from regional dual-diagnosis treatment, with their dates. */
export function TransitionsSection({ citizenId }: { citizenId: string }) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const { data, loading, error, refetch } = useQuery(RegionalTreatmentCoursesDocument, { variables: { citizenId } });
  const [record, recordState] = useMutation(RecordRegionalReferralDocument, REFETCH);
  const form = useFormSubmit(['unit', 'referredOn'], (f) => `referral-${f}`);
  const errors: Partial<Record<string, string>> = form.errors.byField;
  const onRefer = form.submit(async (f) => {
    const unit = f.text('referral-unit').trim();
    const referredOn = f.text('referral-referredOn');
    const found = { unit: unit ? undefined : t('transitions.unitRequired'), referredOn: referredOn ? undefined : t('transitions.dateRequired') };
    form.focusFirst(found);
    if (!form.check(found)) return false;
    await record({ variables: { input: { citizenId, unit, referredOn } } });
    setAdding(false);
    setAnnouncement(t('transitions.referralSaved'));
  });
  return (
    <section aria-labelledby="transitions-heading" className="panel">
      <h2 id="transitions-heading">{t('transitions.title')}</h2>
      <p className="muted">{t('transitions.lead')}</p>
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
      {loading && !data && <Loading />}
      {error && <ErrorMessage error={error} onRetry={() => void refetch()} />}
      {data && data.regionalTreatmentCourses.length === 0 && <p>{t('transitions.none')}</p>}
      {data && data.regionalTreatmentCourses.length > 0 && (
        <ul className="card-list">
          {data.regionalTreatmentCourses.map((c) => (
            <CourseItem key={`${c.id}-${c.version}`} course={c} announce={setAnnouncement} />
          ))}
        </ul>
      )}
      {adding ? (
        <form className="form" onSubmit={onRefer} noValidate>
          <TextField id="referral-unit" label={t('transitions.unit')} hint={t('transitions.unitHint')} maxLength={200} error={errors.unit} autoFocus />
          <TextField id="referral-referredOn" type="date" className="input--date" label={t('transitions.date.referredOn')} defaultValue={copenhagenToday()} error={errors.referredOn} />
          {form.generalError !== undefined && <ErrorMessage error={form.generalError} />}
          <div className="button-row">
            <button type="submit" className="button button--small" disabled={recordState.loading}>
              {t('transitions.saveReferral')}
            </button>
            <button type="button" className="button button--small button--secondary" onClick={() => setAdding(false)}>
              {t('transitions.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <button type="button" className="button button--small button--secondary" onClick={() => setAdding(true)}>
          {t('transitions.addReferral')}
        </button>
      )}
    </section>
  );
}

/** One course: its four dates (or withdrawn), and a form to fill them in as they happen. */
function CourseItem({ course, announce }: { course: Course; announce: (message: string) => void }) {
  const { t, i18n } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [update, state] = useMutation(UpdateRegionalTreatmentCourseDocument, REFETCH);
  const prefix = `course-${course.id}`;
  const form = useFormSubmit(['unit', ...DATES], (f) => `${prefix}-${f}`);
  const errors: Partial<Record<string, string>> = form.errors.byField;
  const day = (d: string) => formatDay(d, i18n.language);
  const onSave = form.submit(async (f) => {
    const date = (name: string) => f.text(`${prefix}-${name}`) || null;
    const unit = f.text(`${prefix}-unit`).trim();
    const referredOn = f.text(`${prefix}-referredOn`);
    const found = { unit: unit ? undefined : t('transitions.unitRequired'), referredOn: referredOn ? undefined : t('transitions.dateRequired') };
    form.focusFirst(found);
    if (!form.check(found)) return false;
    await update({
      variables: {
        input: {
          id: course.id,
          expectedVersion: course.version,
          unit,
          referredOn,
          admittedOn: date('admittedOn'),
          dischargedOn: date('dischargedOn'),
          returnedOn: date('returnedOn'),
          withdrawnOn: date('withdrawnOn'),
        },
      },
    });
    setEditing(false);
    announce(t('transitions.saved'));
  });
  return (
    <li className="card-list__item">
      <p>
        <strong>{course.unit}</strong> – {t(`transitions.stage.${course.stage}`)}
        {course.waitingDays !== null && <> ({t('transitions.waited', { count: course.waitingDays })})</>}
      </p>
      <dl className="facts facts--compact">
        {DATES.filter((d) => course[d]).map((d) => (
          <div key={d}>
            <dt>{t(`transitions.date.${d}`)}</dt>
            <dd>{day(course[d]!)}</dd>
          </div>
        ))}
      </dl>
      {editing ? (
        <form className="form" onSubmit={onSave} noValidate>
          <TextField id={`${prefix}-unit`} label={t('transitions.unit')} defaultValue={course.unit} maxLength={200} error={errors.unit} />
          {DATES.map((d) => (
            <TextField
              key={d}
              id={`${prefix}-${d}`}
              type="date"
              className="input--date"
              label={t(`transitions.date.${d}`)}
              optional={d === 'referredOn' ? undefined : t('form.optional')}
              defaultValue={course[d] ?? ''}
              error={errors[d]}
            />
          ))}
          {form.generalError !== undefined && <ErrorMessage error={form.generalError} />}
          <div className="button-row">
            <button type="submit" className="button button--small" disabled={state.loading}>
              {t('transitions.save')}
            </button>
            <button type="button" className="button button--small button--secondary" onClick={() => setEditing(false)}>
              {t('transitions.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <button type="button" className="button button--small button--secondary" onClick={() => setEditing(true)}>
          {t('transitions.update')}
          <span className="visually-hidden"> ({course.unit})</span>
        </button>
      )}
    </li>
  );
}
