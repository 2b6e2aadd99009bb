import { useMemo, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { copenhagenToday, isIsoDate, isLocalTime, toCopenhagenLocal } from '@act/domain';
import type { GroupSessionFieldsFragment, GroupSessionKind } from '../../../gql/graphql';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { SelectField, TextField } from '../../../components/FormField';
import { useFormSubmit } from '../../../lib/use-form-submit';
import { CreateGroupSessionDocument, UpdateGroupSessionDocument } from '../graphql/group-sessions';

export const GROUP_KINDS: GroupSessionKind[] = ['DUAL_DIAGNOSIS', 'SOCIAL', 'PSYCHOEDUCATION', 'OTHER'];
const FIELDS = ['kind', 'title', 'date', 'startTime', 'durationMinutes', 'ledByMemberId', 'attendeeCitizenIds'] as const;
const idOf = (field: string) => `group-${field}`;

export interface Option {
  id: string;
  name: string;
}

interface Props {
  teamId: string;
  members: Option[];
  /** The team's citizens one may pick (active and paused; those already on the session stay). */
  citizens: Option[];
  session?: GroupSessionFieldsFragment;
  onSaved: (session: GroupSessionFieldsFragment) => void;
  onCancel: () => void;
}

/** Record or correct a held group session: what, when, how long, who led it and who came. */
export function GroupSessionForm({ teamId, members, citizens, session, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const { errors, attempt, generalError, submit, check } = useFormSubmit(FIELDS, idOf);
  const [create, created] = useMutation(CreateGroupSessionDocument);
  const [update, updated] = useMutation(UpdateGroupSessionDocument);
  const loading = created.loading || updated.loading;
  const [chosen, setChosen] = useState<Set<string>>(() => new Set(session?.attendees.map((a) => a.citizenId) ?? []));
  const [filter, setFilter] = useState('');
  const local = session ? toCopenhagenLocal(new Date(session.startsAt)) : null;
  const options = useMemo(() => {
    const all = new Map(citizens.map((c) => [c.id, c]));
    for (const a of session?.attendees ?? []) if (!all.has(a.citizenId)) all.set(a.citizenId, { id: a.citizenId, name: a.name });
    return [...all.values()].sort((a, b) => a.name.localeCompare(b.name, 'da'));
  }, [citizens, session]);
  const needle = filter.trim().toLocaleLowerCase('da');

  const onSubmit = submit(async (values) => {
    const kind = values.text('group-kind') as GroupSessionKind | '';
    const title = values.text('group-title').trim();
    const date = values.text('group-date').trim();
    const time = values.text('group-startTime').trim();
    const duration = Number(values.text('group-durationMinutes'));
    const ledBy = values.text('group-ledByMemberId');
    const dateOk = isIsoDate(date);
    const timeOk = isLocalTime(time);
    const ok = check({
      kind: kind ? undefined : t('groups.form.kindRequired'),
      title: title ? undefined : t('groups.form.titleRequired'),
      date: !dateOk ? t('groups.form.dateRequired') : date > copenhagenToday() ? t('groups.form.dateFuture') : undefined,
      startTime: timeOk ? undefined : t('groups.form.timeRequired'),
      durationMinutes: Number.isInteger(duration) && duration >= 10 && duration <= 480 ? undefined : t('groups.form.durationRange'),
      ledByMemberId: ledBy ? undefined : t('groups.form.ledByRequired'),
    });
    if (!ok || !kind) return false;
    const fields = {
      kind,
      title,
      date,
      startTime: time,
      durationMinutes: duration,
      ledByMemberId: ledBy,
      attendeeCitizenIds: options.filter((o) => chosen.has(o.id)).map((o) => o.id),
    };
    if (session) {
      const { data } = await update({ variables: { input: { id: session.id, ...fields } } });
      if (data) onSaved(data.updateGroupSession);
    } else {
      const { data } = await create({ variables: { input: { teamId, ...fields } }, refetchQueries: ['GroupSessionsPage'] });
      if (data) onSaved(data.createGroupSession);
    }
    return undefined;
  });

  const toggle = (id: string) =>
    setChosen((before) => {
      const next = new Set(before);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-busy={loading || undefined}>
      <ErrorSummary items={errors.summary} attempt={attempt} />
      <SelectField id="group-kind" label={t('groups.form.kind')} hint={t('groups.form.kindHint')} error={errors.byField.kind} required defaultValue={session?.kind ?? ''}>
        <option value="">{t('form.choose')}</option>
        {GROUP_KINDS.map((k) => (
          <option key={k} value={k}>
            {t(`groups.kinds.${k}`)}
          </option>
        ))}
      </SelectField>
      <TextField id="group-title" label={t('groups.form.title')} hint={t('groups.form.titleHint')} error={errors.byField.title} required maxLength={200} defaultValue={session?.title ?? ''} />
      <div className="field-row">
        <TextField
          id="group-date"
          label={t('groups.form.date')}
          error={errors.byField.date}
          type="date"
          required
          max={copenhagenToday()}
          defaultValue={local?.date ?? copenhagenToday()}
        />
        <TextField id="group-startTime" label={t('groups.form.time')} error={errors.byField.startTime} type="time" required defaultValue={local?.time ?? ''} />
      </div>
      <TextField
        id="group-durationMinutes"
        label={t('groups.form.duration')}
        hint={t('groups.form.durationHint')}
        error={errors.byField.durationMinutes}
        type="number"
        inputMode="numeric"
        min={10}
        max={480}
        step={5}
        required
        defaultValue={session?.durationMinutes ?? 90}
      />
      <SelectField id="group-ledByMemberId" label={t('groups.form.ledBy')} error={errors.byField.ledByMemberId} required defaultValue={session?.ledByMemberId ?? ''}>
        <option value="">{t('form.choose')}</option>
        {members.map((m) => (
          <option key={m.id} value={m.id}>
            {m.name}
          </option>
        ))}
      </SelectField>
      <fieldset className={errors.byField.attendeeCitizenIds ? 'fieldset field--error' : 'fieldset'} aria-describedby="group-attendees-count">
        <legend>{t('groups.form.attendees')}</legend>
        {errors.byField.attendeeCitizenIds && (
          <p id="group-attendeeCitizenIds" tabIndex={-1} className="field__error">
            {errors.byField.attendeeCitizenIds}
          </p>
        )}
        <p id="group-attendees-count" className="field__hint" role="status">
          {t('groups.form.chosen', { count: chosen.size })}
        </p>
        {options.length > 8 && (
          <div className="field">
            <label htmlFor="group-filter">{t('groups.form.filter')}</label>
            <input id="group-filter" type="search" value={filter} onChange={(e) => setFilter(e.target.value)} autoComplete="off" />
          </div>
        )}
        {options.length === 0 && <p>{t('groups.form.noCitizens')}</p>}
        <ul className="plain-list picker">
          {options.map((o) => (
            <li key={o.id} className="checkbox" hidden={Boolean(needle) && !o.name.toLocaleLowerCase('da').includes(needle) && !chosen.has(o.id)}>
              <input id={`group-attendee-${o.id}`} type="checkbox" checked={chosen.has(o.id)} onChange={() => toggle(o.id)} />
              <label htmlFor={`group-attendee-${o.id}`}>{o.name}</label>
            </li>
          ))}
        </ul>
      </fieldset>
      {generalError !== undefined && <ErrorMessage error={generalError} />}
      <div className="button-row">
        <button type="submit" className="button" disabled={loading}>
          {loading ? t('common.saving') : session ? t('groups.form.saveChanges') : t('groups.form.save')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel} disabled={loading}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
