import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { SelectField, TextField } from '../../../components/FormField';
import { Loading } from '../../../components/Loading';
import { usePageTitle } from '../../../components/PageTitle';
import { useViewer } from '../../../app/viewer';
import type { VisitPlace, Weekday } from '../../../gql/graphql';
import { fieldId, hasErrors } from '../../../lib/form-errors';
import { useFormSubmit } from '../../../lib/use-form-submit';
import { addDays, copenhagenToday, toInstant } from '../format';
import { evictVisitLists } from '../cache';
import { PlanVisitCitizensDocument, PlanVisitDocument, PlanVisitOptionsDocument } from '../graphql/visits';
import '../visits.css';

const PLACES: VisitPlace[] = ['HOME', 'DROP_IN_CENTRE', 'JOBCENTER', 'STREET', 'TREATMENT_SITE', 'OFFICE', 'OTHER'];
const FIELDS = ['citizenId', 'memberIds', 'start', 'end', 'placeKind', 'placeText', 'purpose', 'repeat.intervalWeeks', 'repeat.until', 'repeat.weekdays'] as const;

/** Plan a visit (or a weekly one) for a citizen of the viewer's team. */
export default function PlanVisitPage() {
  const { t } = useTranslation();
  usePageTitle(t('visits.plan.title'));
  const [params] = useSearchParams();
  const viewer = useViewer();
  const [teamId, setTeamId] = useState(viewer.teams[0]?.id ?? '');
  const [citizenId, setCitizenId] = useState(params.get('citizenId') ?? '');
  const citizens = useQuery(PlanVisitCitizensDocument, { variables: { teamId }, skip: !teamId || Boolean(params.get('citizenId')) });
  return (
    <>
      <h1>{t('visits.plan.title')}</h1>
      {!params.get('citizenId') && (
        <div className="form">
          {viewer.teams.length > 1 && (
            <SelectField id="teamId" label={t('visits.plan.team')} value={teamId} onChange={(e) => { setTeamId(e.target.value); setCitizenId(''); }}>
              {viewer.teams.map((team) => (
                <option key={team.id} value={team.id}>
                  {team.name}
                </option>
              ))}
            </SelectField>
          )}
          {citizens.loading && <Loading />}
          {citizens.data?.team && (
            <SelectField id="citizenId" label={t('visits.plan.citizen')} value={citizenId} onChange={(e) => setCitizenId(e.target.value)}>
              <option value="">{t('form.choose')}</option>
              {citizens.data.team.citizens.edges
                .filter((e) => e.node.status !== 'ENDED')
                .map((e) => (
                  <option key={e.node.id} value={e.node.id}>
                    {e.node.name}
                  </option>
                ))}
            </SelectField>
          )}
        </div>
      )}
      {citizenId && <PlanVisitForm key={citizenId} citizenId={citizenId} />}
    </>
  );
}

function PlanVisitForm({ citizenId }: { citizenId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const viewer = useViewer();
  const { data, loading, error } = useQuery(PlanVisitOptionsDocument, { variables: { citizenId } });
  const [plan, planning] = useMutation(PlanVisitDocument, { update: (cache) => evictVisitLists(cache, citizenId) });
  const { errors, attempt, submit, check } = useFormSubmit(FIELDS);
  const [date, setDate] = useState(copenhagenToday());
  const [from, setFrom] = useState('10:00');
  const [to, setTo] = useState('11:00');
  const [placeKind, setPlaceKind] = useState<VisitPlace>('HOME');
  const [placeText, setPlaceText] = useState('');
  const [purpose, setPurpose] = useState('');
  const [chosen, setChosen] = useState<string[] | null>(null);
  const [repeat, setRepeat] = useState(false);
  const [interval, setInterval] = useState('1');
  const [until, setUntil] = useState('');

  if (loading && !data) return <Loading />;
  if (!data?.citizen) return <ErrorMessage error={error} />;
  const { citizen } = data;
  const members = citizen.team.members.edges.map((e) => e.node);
  const mine = members.find((m) => m.user.id === viewer.id);
  const memberIds = chosen ?? (mine ? [mine.id] : []);

  const onSubmit = submit(async () => {
    const local: Record<string, string> = {};
    if (!memberIds.length) local.memberIds = t('visits.plan.errors.members');
    if (!date || !from) local.start = t('visits.plan.errors.start');
    if (!to) local.end = t('visits.plan.errors.end');
    if (placeKind === 'OTHER' && !placeText.trim()) local.placeText = t('visits.plan.errors.placeText');
    if (!check(local)) return false;
    const start = toInstant(date, from);
    // An end before the start on the clock means the visit runs past midnight.
    const end = toInstant(to <= from ? addDays(date, 1) : date, to);
    const result = await plan({
      variables: {
        input: {
          citizenId,
          memberIds,
          start,
          end,
          placeKind,
          placeText: placeKind === 'OTHER' ? placeText.trim() : null,
          purpose: purpose.trim() || null,
          repeat: repeat ? { intervalWeeks: Number(interval), until: until || null, weekdays: null as Weekday[] | null } : null,
        },
      },
    });
    const planned = result.data?.planVisit;
    if (planned) {
      void navigate(`/visits/${planned.visit.id}`, {
        state: { planned: planned.created, doubleBookings: planned.doubleBookings },
      });
    }
  });

  return (
    <form className="form" noValidate onSubmit={onSubmit} aria-labelledby="plan-heading">
      <h2 id="plan-heading">{t('visits.plan.for', { name: citizen.name })}</h2>
      {hasErrors(errors) && <ErrorSummary items={errors.summary} attempt={attempt} />}
      <fieldset className="fieldset" id={fieldId('memberIds')} tabIndex={-1}>
        <legend>{t('visits.plan.members')}</legend>
        {errors.byField.memberIds && <p className="field__error">{errors.byField.memberIds}</p>}
        {members.map((m) => (
          <label key={m.id} className="checkbox">
            <input
              type="checkbox"
              checked={memberIds.includes(m.id)}
              onChange={(e) => setChosen(e.target.checked ? [...memberIds, m.id] : memberIds.filter((id) => id !== m.id))}
            />
            {m.user.name}
          </label>
        ))}
      </fieldset>
      <div className="field-row field-row--three">
        <TextField id="start" label={t('visits.plan.date')} type="date" required value={date} error={errors.byField.start} onChange={(e) => setDate(e.target.value)} />
        <TextField id="from" label={t('visits.plan.from')} type="time" required value={from} onChange={(e) => setFrom(e.target.value)} />
        <TextField id="end" label={t('visits.plan.to')} type="time" required value={to} error={errors.byField.end} onChange={(e) => setTo(e.target.value)} />
      </div>
      <SelectField id="placeKind" label={t('visits.plan.place')} value={placeKind} error={errors.byField.placeKind} onChange={(e) => setPlaceKind(e.target.value as VisitPlace)}>
        {PLACES.map((p) => (
          <option key={p} value={p}>
            {t(`visits.place.${p}`)}
          </option>
        ))}
      </SelectField>
      {placeKind === 'OTHER' && (
        <TextField
          id="placeText"
          label={t('visits.plan.placeText')}
          hint={t('visits.plan.placeTextHint')}
          maxLength={200}
          value={placeText}
          error={errors.byField.placeText}
          onChange={(e) => setPlaceText(e.target.value)}
        />
      )}
      <div className={errors.byField.purpose ? 'field field--error' : 'field'}>
        <label htmlFor="purpose">
          {t('visits.plan.purpose')} <span className="muted">{t('form.optional')}</span>
        </label>
        {errors.byField.purpose && <p id="purpose-error" className="field__error">{errors.byField.purpose}</p>}
        <textarea id="purpose" rows={2} maxLength={500} value={purpose} onChange={(e) => setPurpose(e.target.value)} aria-describedby={errors.byField.purpose ? 'purpose-error' : undefined} />
      </div>
      <label className="checkbox">
        <input type="checkbox" checked={repeat} onChange={(e) => setRepeat(e.target.checked)} />
        {t('visits.plan.repeat')}
      </label>
      {repeat && (
        <div className="field-row">
          <SelectField id="repeat-intervalWeeks" label={t('visits.plan.interval')} value={interval} error={errors.byField['repeat.intervalWeeks']} onChange={(e) => setInterval(e.target.value)}>
            {[1, 2, 3, 4].map((n) => (
              <option key={n} value={n}>
                {t('visits.plan.everyWeeks', { count: n })}
              </option>
            ))}
          </SelectField>
          <TextField
            id="repeat-until"
            label={t('visits.plan.until')}
            optional={t('form.optional')}
            hint={t('visits.plan.untilHint')}
            type="date"
            value={until}
            error={errors.byField['repeat.until']}
            onChange={(e) => setUntil(e.target.value)}
          />
        </div>
      )}
      <button type="submit" className="button" disabled={planning.loading}>
        {planning.loading ? t('common.saving') : t('visits.plan.submit')}
      </button>
    </form>
  );
}
