import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { addDays, copenhagenToday } from '@act/domain';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { TextField } from '../../../components/FormField';
import { Loading } from '../../../components/Loading';
import { usePageTitle } from '../../../components/PageTitle';
import { useFormSubmit } from '../../../lib/use-form-submit';
import { OpenReadinessRoundDocument, ReadinessCandidatesDocument } from '../graphql/readiness';
import '../readiness.css';

const FIELDS = ['title', 'closesOn', 'people'] as const;

/**
 * /readiness/new — the steering group opens a round: teams are invited as a whole (leaders and
 * members, never listed by name), people outside the teams one by one, optionally as partners.
 */
export default function NewReadinessRoundPage() {
  const { t } = useTranslation();
  usePageTitle(t('readiness.open.title'));
  const navigate = useNavigate();
  const { data, loading, error, refetch } = useQuery(ReadinessCandidatesDocument);
  const [open, openState] = useMutation(OpenReadinessRoundDocument, { refetchQueries: ['ReadinessOverview'] });
  const [teams, setTeams] = useState<Set<string>>(new Set());
  const [people, setPeople] = useState<Map<string, boolean>>(new Map());
  const form = useFormSubmit(FIELDS, (f) => `round-${f}`);
  const c = data?.readinessCandidates;
  const invited = (c?.teams.filter((x) => teams.has(x.teamId)).reduce((n, x) => n + x.members, 0) ?? 0) + people.size;

  const toggleTeam = (id: string) =>
    setTeams((all) => {
      const next = new Set(all);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const togglePerson = (id: string, on: boolean, partner = false) =>
    setPeople((all) => {
      const next = new Map(all);
      if (on) next.set(id, partner);
      else next.delete(id);
      return next;
    });

  const onSubmit = form.submit(async (f) => {
    const title = f.text('round-title').trim();
    const closesOn = f.text('round-closesOn');
    const ok = form.check({
      title: title ? undefined : t('readiness.open.titleRequired'),
      closesOn: closesOn ? undefined : t('readiness.open.closesOnRequired'),
      people: c && invited < c.minGroupSize ? t('readiness.open.tooFew', { count: c.minGroupSize }) : undefined,
    });
    if (!ok) return false;
    const res = await open({
      variables: {
        input: {
          title,
          closesOn,
          teamIds: [...teams],
          people: [...people].map(([userId, partner]) => ({ userId, partner })),
        },
      },
    });
    if (res.data) void navigate(`/readiness/${res.data.openReadinessRound.id}`);
  });
  const e = form.errors.byField;

  return (
    <>
      <p>
        <Link to="/readiness">{t('readiness.backToList')}</Link>
      </p>
      <h1>{t('readiness.open.title')}</h1>
      <p className="lead">{t('readiness.open.lead')}</p>
      {loading && !data && <Loading />}
      {error && <ErrorMessage error={error} onRetry={() => void refetch()} />}
      {c && (
        <form className="form" onSubmit={onSubmit} noValidate aria-busy={openState.loading || undefined}>
          <ErrorSummary items={form.errors.summary} attempt={form.attempt} />
          <TextField id="round-title" label={t('readiness.open.roundTitle')} hint={t('readiness.open.roundTitleHint')} error={e.title} maxLength={200} />
          <TextField
            id="round-closesOn"
            type="date"
            className="input--short"
            label={t('readiness.open.closesOn')}
            hint={t('readiness.open.closesOnHint')}
            error={e.closesOn}
            defaultValue={addDays(copenhagenToday(), 14)}
            min={copenhagenToday()}
          />
          <fieldset className="fieldset">
            <legend>{t('readiness.open.teams')}</legend>
            <p className="field__hint">{t('readiness.open.teamsHint')}</p>
            {c.teams.map((team) => (
              <label key={team.teamId} className="checkbox">
                <input type="checkbox" checked={teams.has(team.teamId)} onChange={() => toggleTeam(team.teamId)} />
                {t('readiness.open.team', { name: team.name, count: team.members })}
              </label>
            ))}
          </fieldset>
          <fieldset className="fieldset" id="round-people" tabIndex={-1} aria-describedby={e.people ? 'round-people-error' : undefined}>
            <legend>{t('readiness.open.people')}</legend>
            <p className="field__hint">{t('readiness.open.peopleHint')}</p>
            {e.people && (
              <p id="round-people-error" className="field__error">
                {e.people}
              </p>
            )}
            {c.people.map((p) => (
              <div key={p.userId}>
                <label className="checkbox">
                  <input type="checkbox" checked={people.has(p.userId)} onChange={(event) => togglePerson(p.userId, event.target.checked)} />
                  {p.name} <span className="muted">({t(`readiness.group.${p.group}`)})</span>
                </label>
                {people.has(p.userId) && (
                  <label className="checkbox readiness-partner">
                    <input type="checkbox" checked={people.get(p.userId)} onChange={(event) => togglePerson(p.userId, true, event.target.checked)} />
                    {t('readiness.open.asPartner', { name: p.name })}
                  </label>
                )}
              </div>
            ))}
          </fieldset>
          <p role="status">{t('readiness.open.invitedCount', { count: invited, min: c.minGroupSize })}</p>
          {form.generalError !== undefined && <ErrorMessage error={form.generalError} />}
          <button type="submit" className="button" disabled={openState.loading}>
            {openState.loading ? t('common.saving') : t('readiness.open.submit')}
          </button>
        </form>
      )}
    </>
  );
}
