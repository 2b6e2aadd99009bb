import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addDays, copenhagenToday, isIsoDate, isLocalTime } from '@act/domain';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { SelectField, TextField } from '../../../components/FormField';
import { useFormSubmit } from '../../../lib/use-form-submit';
import { type RuleDraft, type RuleErrors, type RuleInput, defaultDraft, draftToRule, ruleToInput } from '../rule-draft';
import { DURATION_CHOICES, KIND_DEFAULTS, REMIND_CHOICES, type SeriesKind } from '../series-kinds';
import { formatDuration, formatRemind } from '../format';
import { RuleBuilder, ruleFieldId } from './RuleBuilder';

export interface SeriesFormValues {
  kind: SeriesKind;
  memberId: string | null;
  title: string;
  startDate: string;
  startTime: string;
  durationMinutes: number;
  place: string;
  supervisorName: string | null;
  supervisorEmail: string | null;
  remindMinutesBefore: number;
  rule: RuleInput;
}

/** A series being edited: what the form starts from. */
export interface SeriesFormInitial {
  kind: SeriesKind;
  memberId: string | null;
  title: string;
  startDate: string;
  startTime: string;
  durationMinutes: number;
  place: string;
  supervisorName: string | null;
  supervisorEmail: string | null;
  remindMinutesBefore: number;
  draft: RuleDraft;
}

interface Props {
  /** Kinds to choose between; one kind means no choice is shown. */
  kinds: readonly SeriesKind[];
  /** Team members for "supervision of one member" (empty for the steering group). */
  members: readonly { id: string; name: string }[];
  /** Editing: kind, member and first date are fixed; the rest applies to future meetings. */
  initial?: SeriesFormInitial;
  saving: boolean;
  onSave: (values: SeriesFormValues) => Promise<unknown>;
  onCancel?: () => void;
}

/** API field names in the order the form shows them (for the error summary). */
const FIELDS = [
  'kind',
  'memberId',
  'title',
  'startDate',
  'startTime',
  'durationMinutes',
  'place',
  'supervisorName',
  'supervisorEmail',
  'rule',
  'rule.interval',
  'rule.weekdays',
  'rule.monthDay',
  'rule.nth',
  'rule.until',
  'rule.count',
  'remindMinutesBefore',
] as const;

const RULE_ID = 'rule';

function idOf(field: string): string {
  switch (field) {
    case 'rule':
    case 'rule.interval':
      return `${RULE_ID}-repeat`;
    case 'rule.weekdays':
      return ruleFieldId(RULE_ID, 'weekdays');
    case 'rule.monthDay':
      return ruleFieldId(RULE_ID, 'monthDay');
    case 'rule.nth':
      return `${RULE_ID}-nth`;
    case 'rule.until':
      return ruleFieldId(RULE_ID, 'until');
    case 'rule.count':
      return ruleFieldId(RULE_ID, 'count');
    case 'kind':
      return 'kind-0';
    default:
      return field;
  }
}

/** Create or change a meeting series: what, who, when and how often (with a live preview). */
export function SeriesForm({ kinds, members, initial, saving, onSave, onCancel }: Props) {
  const { t } = useTranslation();
  const editing = initial !== undefined;
  const firstKind = initial?.kind ?? kinds[0] ?? 'SUPERVISION';
  const [kind, setKind] = useState<SeriesKind>(firstKind);
  const [title, setTitle] = useState(initial?.title ?? t(`scheduling.kind.${firstKind}`));
  const [startDate, setStartDate] = useState(initial?.startDate ?? addDays(copenhagenToday(), 7));
  const [startTime, setStartTime] = useState(initial?.startTime ?? KIND_DEFAULTS[firstKind].startTime);
  const [duration, setDuration] = useState(initial?.durationMinutes ?? KIND_DEFAULTS[firstKind].durationMinutes);
  const [draft, setDraft] = useState<RuleDraft>(initial?.draft ?? defaultDraft(startDate, KIND_DEFAULTS[firstKind].repeat));
  const [draftTouched, setDraftTouched] = useState(editing);
  const { errors, attempt, submit, check } = useFormSubmit(FIELDS, idOf);
  const e = errors.byField;

  // Until the user touches the rule, it follows the chosen kind and first date.
  const changeKind = (next: SeriesKind) => {
    if (title === t(`scheduling.kind.${kind}`)) setTitle(t(`scheduling.kind.${next}`));
    setKind(next);
    setStartTime(KIND_DEFAULTS[next].startTime);
    setDuration(KIND_DEFAULTS[next].durationMinutes);
    if (!draftTouched) setDraft(defaultDraft(startDate, KIND_DEFAULTS[next].repeat));
  };
  const changeStartDate = (next: string) => {
    setStartDate(next);
    if (!draftTouched && isIsoDate(next)) setDraft(defaultDraft(next, draft.repeat));
  };

  const onSubmit = submit(async (values) => {
    const text = (name: string) => values.text(name).trim();
    const rule = draftToRule(draft, startDate);
    const ruleErrors: RuleErrors = rule.ok ? {} : rule.errors;
    const supervision = kind === 'SUPERVISION';
    const problems: Record<string, string | undefined> = {
      title: text('title') ? undefined : t('scheduling.form.titleRequired'),
      startDate: isIsoDate(startDate) ? undefined : t('scheduling.form.startDateRequired'),
      startTime: isLocalTime(startTime) ? undefined : t('scheduling.form.startTimeRequired'),
      place: text('place') ? undefined : t('scheduling.form.placeRequired'),
      supervisorName: supervision && !text('supervisorName') ? t('scheduling.form.supervisorNameRequired') : undefined,
      ...Object.fromEntries(Object.entries(ruleErrors).map(([field, key]) => [`rule.${field}`, t(`scheduling.ruleErrors.${key}`)])),
    };
    if (!check(problems) || !rule.ok) return false;
    const memberId = supervision ? text('memberId') || null : null;
    await onSave({
      kind,
      memberId,
      title: text('title'),
      startDate,
      startTime,
      durationMinutes: duration,
      place: text('place'),
      supervisorName: supervision ? text('supervisorName') : null,
      supervisorEmail: supervision ? text('supervisorEmail') || null : null,
      remindMinutesBefore: Number(text('remindMinutesBefore')),
      rule: ruleToInput(rule.rule),
    });
  });

  return (
    <>
      <ErrorSummary items={errors.summary} attempt={attempt} />
      <form className="form" onSubmit={onSubmit} noValidate aria-busy={saving || undefined}>
        {!editing && kinds.length > 1 && (
          <fieldset className="fieldset">
            <legend>{t('scheduling.form.kind')}</legend>
            {kinds.map((k, index) => (
              <label key={k} className="sched-choice">
                <input id={`kind-${index}`} type="radio" name="kind" value={k} checked={kind === k} onChange={() => changeKind(k)} />
                {t(`scheduling.kind.${k}`)}
              </label>
            ))}
            <p className="field__hint">{t(`scheduling.kindHint.${kind}`)}</p>
          </fieldset>
        )}
        {kind === 'SUPERVISION' && !editing && members.length > 0 && (
          <SelectField id="memberId" label={t('scheduling.form.who')} hint={t('scheduling.form.whoHint')} error={e.memberId} defaultValue="">
            <option value="">{t('scheduling.form.wholeTeam')}</option>
            {members.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </SelectField>
        )}
        <TextField
          id="title"
          label={t('scheduling.form.title')}
          hint={t('scheduling.form.titleHint')}
          error={e.title}
          value={title}
          maxLength={200}
          onChange={(event) => setTitle(event.target.value)}
        />
        {kind === 'SUPERVISION' && (
          <>
            <TextField
              id="supervisorName"
              label={t('scheduling.form.supervisorName')}
              error={e.supervisorName}
              maxLength={200}
              defaultValue={initial?.supervisorName ?? ''}
              autoComplete="off"
            />
            <TextField
              id="supervisorEmail"
              type="email"
              label={t('scheduling.form.supervisorEmail')}
              hint={t('scheduling.form.supervisorEmailHint')}
              optional={t('form.optional')}
              error={e.supervisorEmail}
              maxLength={320}
              defaultValue={initial?.supervisorEmail ?? ''}
              autoComplete="off"
            />
          </>
        )}
        <TextField
          id="startDate"
          type="date"
          label={editing ? t('scheduling.form.startDateFixed') : t('scheduling.form.startDate')}
          hint={t('scheduling.form.startDateHint')}
          error={e.startDate}
          value={startDate}
          readOnly={editing}
          onChange={(event) => changeStartDate(event.target.value)}
        />
        <TextField
          id="startTime"
          type="time"
          label={t('scheduling.form.startTime')}
          error={e.startTime}
          value={startTime}
          className="input--short"
          onChange={(event) => setStartTime(event.target.value)}
        />
        <SelectField
          id="durationMinutes"
          label={t('scheduling.form.duration')}
          error={e.durationMinutes}
          value={duration}
          onChange={(event) => setDuration(Number(event.target.value))}
        >
          {(DURATION_CHOICES as readonly number[]).concat(DURATION_CHOICES.includes(duration as never) ? [] : [duration]).map((m) => (
            <option key={m} value={m}>
              {formatDuration(m, t)}
            </option>
          ))}
        </SelectField>
        <TextField id="place" label={t('scheduling.form.place')} error={e.place} maxLength={200} defaultValue={initial?.place ?? ''} />
        <fieldset className="fieldset">
          <legend>{t('scheduling.form.rule')}</legend>
          <RuleBuilder
            id={RULE_ID}
            value={draft}
            onChange={(next) => {
              setDraftTouched(true);
              setDraft(next);
            }}
            startDate={startDate}
            startTime={startTime}
            durationMinutes={duration}
            showErrors={attempt > 0}
          />
        </fieldset>
        <SelectField
          id="remindMinutesBefore"
          label={t('scheduling.form.remind')}
          hint={t('scheduling.form.remindHint')}
          error={e.remindMinutesBefore}
          defaultValue={initial?.remindMinutesBefore ?? 1440}
        >
          {(REMIND_CHOICES as readonly number[]).concat(initial && !REMIND_CHOICES.includes(initial.remindMinutesBefore as never) ? [initial.remindMinutesBefore] : []).map((m) => (
            <option key={m} value={m}>
              {formatRemind(m, t)}
            </option>
          ))}
        </SelectField>
        <div className="sched-buttons">
          <button type="submit" className="button" disabled={saving}>
            {saving ? t('common.saving') : editing ? t('scheduling.form.saveChanges') : t('scheduling.form.create')}
          </button>
          {onCancel && (
            <button type="button" className="button button--secondary" onClick={onCancel}>
              {t('scheduling.form.cancel')}
            </button>
          )}
        </div>
      </form>
    </>
  );
}
