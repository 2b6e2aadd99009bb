import { useEffect, useRef, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { copenhagenToday, isIsoDate } from '@act/domain';
import type { CitizenCaseloadFieldsFragment, CitizenStatus, CourseEndKind } from '../../../gql/graphql';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { SelectField, TextField } from '../../../components/FormField';
import { useViewer } from '../../../app/viewer';
import { formatDate } from '../../../lib/format-date';
import { useFormSubmit } from '../../../lib/use-form-submit';
import { EndCitizenCourseDocument } from '../graphql/citizens';

/** The order a leader reads them in: the usual ending first, "other" last. */
export const COURSE_END_KINDS: CourseEndKind[] = ['COMPLETED', 'MOVED_AWAY', 'DIED', 'TRANSFERRED', 'OTHER'];
const FIELDS = ['endedOn', 'endKind', 'note'] as const;
const fieldIdOf = (field: string) => `course-end-${field}`;

interface Props {
  citizenId: string;
  citizenName: string;
  teamId: string;
  status: CitizenStatus;
  history: CitizenCaseloadFieldsFragment['primaryContactHistory'];
}

interface Draft {
  endedOn: string;
  endKind: CourseEndKind;
  note: string;
}

/**
 * Ending a citizen's course (team leader): the date and why, then a confirm step that says what
 * happens, then one mutation that does it all. An ended course shows when and why it ended.
 */
export function CourseEndPanel({ citizenId, citizenName, teamId, status, history }: Props) {
  const { t, i18n } = useTranslation();
  const viewer = useViewer();
  const isLeader = viewer.role === 'TEAM_LEADER' && viewer.teams.some((x) => x.id === teamId && x.isTeamLeader);
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [doneText, setDoneText] = useState('');
  const doneRef = useRef<HTMLParagraphElement>(null);
  const firstRef = useRef<HTMLInputElement>(null);
  const confirmRef = useRef<HTMLHeadingElement>(null);
  const { errors, attempt, generalError, submit, check, run } = useFormSubmit(FIELDS, fieldIdOf);
  const [endCourse, { loading }] = useMutation(EndCitizenCourseDocument);
  // Focus follows the step: the question when it appears, the result when it is done.
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);
  useEffect(() => {
    if (doneText) doneRef.current?.focus();
  }, [doneText]);

  const lastEnded = history.find((a) => a.endKind);
  if (status === 'ENDED') {
    if (!doneText && !lastEnded) return null;
    return (
      <section aria-labelledby="course-end-heading" className="panel">
        <h2 id="course-end-heading">{t('citizens.courseEnd.endedTitle')}</h2>
        <p ref={doneRef} tabIndex={-1} role="status" className={doneText ? 'notice notice--success' : 'visually-hidden'}>
          {doneText}
        </p>
        {lastEnded?.endedAt && lastEnded.endKind && (
          <p>
            {t('citizens.courseEnd.endedSummary', {
              date: formatDate(lastEnded.endedAt, i18n.language),
              kind: t(`citizens.courseEnd.kinds.${lastEnded.endKind}`),
            })}
          </p>
        )}
      </section>
    );
  }
  if (!isLeader) return null;

  const onSubmit = submit((values) => {
    const endedOn = values.text(fieldIdOf('endedOn')).trim();
    const endKind = values.text(fieldIdOf('endKind')) as CourseEndKind | '';
    const ok = check({
      endedOn: !endedOn || !isIsoDate(endedOn) ? t('citizens.courseEnd.endedOnRequired') : endedOn > copenhagenToday() ? t('citizens.courseEnd.endedOnFuture') : undefined,
      endKind: endKind ? undefined : t('citizens.courseEnd.endKindRequired'),
    });
    if (!ok || !endKind) return false;
    setDraft({ endedOn, endKind, note: values.text(fieldIdOf('note')).trim() });
    setConfirming(true);
    return undefined;
  });

  const confirm = () =>
    run(async () => {
      if (!draft) return;
      try {
        const { data } = await endCourse({
          variables: { input: { citizenId, endedOn: draft.endedOn, endKind: draft.endKind, note: draft.note || null } },
          refetchQueries: ['CitizenPage'],
          awaitRefetchQueries: true,
        });
        const removed = data?.endCitizenCourse.removedVisits ?? 0;
        setDoneText(t('citizens.courseEnd.done', { count: removed }));
        setOpen(false);
        setConfirming(false);
        setDraft(null);
      } catch (error) {
        // Back to the form (with what was typed), where the message stands by its field.
        setConfirming(false);
        throw error;
      }
    });

  return (
    <section aria-labelledby="course-end-heading" className="panel">
      <h2 id="course-end-heading">{t('citizens.courseEnd.title')}</h2>
      {!open ? (
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            setOpen(true);
            requestAnimationFrame(() => firstRef.current?.focus());
          }}
        >
          {t('citizens.courseEnd.open')}
        </button>
      ) : confirming && draft ? (
        <div role="group" aria-labelledby="course-end-confirm-title">
          <h3 id="course-end-confirm-title" ref={confirmRef} tabIndex={-1}>
            {t('citizens.courseEnd.confirmTitle')}
          </h3>
          <p>
            {t('citizens.courseEnd.confirm', {
              name: citizenName,
              date: formatDate(draft.endedOn, i18n.language),
              kind: t(`citizens.courseEnd.kinds.${draft.endKind}`),
            })}
          </p>
          <div className="button-row">
            <button type="button" className="button" disabled={loading} onClick={confirm}>
              {loading ? t('citizens.courseEnd.saving') : t('citizens.courseEnd.confirmButton')}
            </button>
            <button type="button" className="button button--secondary" disabled={loading} onClick={() => setConfirming(false)}>
              {t('citizens.courseEnd.back')}
            </button>
          </div>
        </div>
      ) : (
        <form className="form" onSubmit={onSubmit} noValidate aria-busy={loading || undefined}>
          <p>{t('citizens.courseEnd.intro')}</p>
          <ErrorSummary items={errors.summary} attempt={attempt} />
          <TextField
            ref={firstRef}
            id={fieldIdOf('endedOn')}
            label={t('citizens.courseEnd.endedOn')}
            hint={t('citizens.courseEnd.endedOnHint')}
            error={errors.byField.endedOn}
            type="date"
            required
            max={copenhagenToday()}
            defaultValue={draft?.endedOn ?? copenhagenToday()}
          />
          <SelectField
            id={fieldIdOf('endKind')}
            label={t('citizens.courseEnd.endKind')}
            hint={t('citizens.courseEnd.endKindHint')}
            error={errors.byField.endKind}
            required
            defaultValue={draft?.endKind ?? ''}
          >
            <option value="">{t('form.choose')}</option>
            {COURSE_END_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`citizens.courseEnd.kinds.${kind}`)}
              </option>
            ))}
          </SelectField>
          <div className={errors.byField.note ? 'field field--error' : 'field'}>
            <label htmlFor={fieldIdOf('note')}>
              {t('citizens.courseEnd.note')} <span className="muted">{t('form.optional')}</span>
            </label>
            <p id={`${fieldIdOf('note')}-hint`} className="field__hint">
              {t('citizens.courseEnd.noteHint')}
            </p>
            {errors.byField.note && (
              <p id={`${fieldIdOf('note')}-error`} className="field__error">
                {errors.byField.note}
              </p>
            )}
            <textarea
              id={fieldIdOf('note')}
              name={fieldIdOf('note')}
              rows={3}
              maxLength={1000}
              aria-describedby={[`${fieldIdOf('note')}-hint`, errors.byField.note ? `${fieldIdOf('note')}-error` : ''].filter(Boolean).join(' ')}
              defaultValue={draft?.note ?? ''}
            />
          </div>
          {generalError !== undefined && <ErrorMessage error={generalError} />}
          <div className="button-row">
            <button type="submit" className="button">
              {t('citizens.courseEnd.continue')}
            </button>
            <button type="button" className="button button--secondary" onClick={() => {
                setOpen(false);
                setDraft(null);
              }}
            >
              {t('common.cancel')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
