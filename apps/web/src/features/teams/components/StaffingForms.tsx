import { copenhagenToday, isIsoDate } from '@act/domain';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { SelectField, TextField } from '../../../components/FormField';
import type { MemberLeaveReason } from '../../../gql/graphql';
import { formatDate } from '../../../lib/format-date';
import { useFormSubmit } from '../../../lib/use-form-submit';
import { formatDecimal, parseDecimal } from '../../caseload/format';
import { ChangeTeamMemberTermsDocument, EndTeamMembershipDocument } from '../graphql/teams';

export const LEAVE_REASONS: MemberLeaveReason[] = ['RESIGNED', 'MOVED_TEAM', 'RETIRED', 'OTHER'];

interface Member {
  id: string;
  user: { name: string };
}


/**
 * The team leader's two registrations in the team's staffing history (ADR 0025): a member
 * leaves (last day and why), and a member's FTE changes from a day. The fidelity report's staff
 * turnover and staffing against the budget are counted from them.
 */
export function StaffingForms({ members, refetch = 'TeamPage' }: { members: readonly Member[]; refetch?: string }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="staffing-heading" className="panel">
      <h2 id="staffing-heading">{t('staffing.title')}</h2>
      <p>{t('staffing.intro')}</p>
      <EndMembershipForm members={members} refetch={refetch} />
      <ChangeFteForm members={members} refetch={refetch} />
    </section>
  );
}

const END_FIELDS = ['memberId', 'lastDay', 'reason'] as const;
const endId = (field: string) => `leave-${field}`;

function EndMembershipForm({ members, refetch }: { members: readonly Member[]; refetch: string }) {
  const { t, i18n } = useTranslation();
  const [saved, setSaved] = useState<string>();
  const { errors, attempt, submit, check } = useFormSubmit(END_FIELDS, endId);
  const [end, { loading }] = useMutation(EndTeamMembershipDocument, { refetchQueries: [refetch], awaitRefetchQueries: true });

  const onSubmit = submit(async (values, form) => {
    setSaved(undefined);
    const memberId = values.text(endId('memberId'));
    const lastDay = values.text(endId('lastDay'));
    const reason = values.text(endId('reason')) as MemberLeaveReason | '';
    const ok = check({
      memberId: memberId ? undefined : t('staffing.memberRequired'),
      lastDay: isIsoDate(lastDay) ? undefined : t('staffing.lastDayRequired'),
      reason: reason ? undefined : t('staffing.reasonRequired'),
    });
    if (!ok || !reason) return false;
    const name = members.find((m) => m.id === memberId)?.user.name ?? '';
    const { data } = await end({ variables: { input: { memberId, lastDay, reason } } });
    if (data) {
      setSaved(t('staffing.leaveSaved', { name, date: formatDate(lastDay, i18n.language) }));
      form.reset();
    }
  });

  const e = errors.byField;
  return (
    <form onSubmit={onSubmit} noValidate className="form" aria-labelledby="leave-heading" aria-busy={loading || undefined}>
      <h3 id="leave-heading">{t('staffing.leaveTitle')}</h3>
      <ErrorSummary items={errors.summary} attempt={attempt} />
      <MemberSelect id={endId('memberId')} members={members} error={e.memberId} />
      <TextField id={endId('lastDay')} label={t('staffing.lastDay')} hint={t('staffing.lastDayHint')} error={e.lastDay} type="date" defaultValue={copenhagenToday()} />
      <SelectField id={endId('reason')} label={t('staffing.reason')} error={e.reason} defaultValue="">
        <option value="">{t('form.choose')}</option>
        {LEAVE_REASONS.map((r) => (
          <option key={r} value={r}>
            {t(`staffing.reasons.${r}`)}
          </option>
        ))}
      </SelectField>
      <p role="status">{saved}</p>
      <button type="submit" className="button" disabled={loading}>
        {loading ? t('common.saving') : t('staffing.leaveSave')}
      </button>
    </form>
  );
}

/** The team's current members to choose from (both staffing forms). */
function MemberSelect({ id, members, error }: { id: string; members: readonly Member[]; error?: string }) {
  const { t } = useTranslation();
  return (
    <SelectField id={id} label={t('staffing.member')} error={error} defaultValue="">
      <option value="">{t('form.choose')}</option>
      {members.map((m) => (
        <option key={m.id} value={m.id}>
          {m.user.name}
        </option>
      ))}
    </SelectField>
  );
}

const FTE_FIELDS = ['memberId', 'fte', 'from'] as const;
const fteId = (field: string) => `terms-${field}`;

function ChangeFteForm({ members, refetch }: { members: readonly Member[]; refetch: string }) {
  const { t, i18n } = useTranslation();
  const [saved, setSaved] = useState<string>();
  const { errors, attempt, submit, check } = useFormSubmit(FTE_FIELDS, fteId);
  const [change, { loading }] = useMutation(ChangeTeamMemberTermsDocument, { refetchQueries: [refetch], awaitRefetchQueries: true });

  const onSubmit = submit(async (values, form) => {
    setSaved(undefined);
    const memberId = values.text(fteId('memberId'));
    const fte = parseDecimal(values.text(fteId('fte')));
    const from = values.text(fteId('from'));
    const ok = check({
      memberId: memberId ? undefined : t('staffing.memberRequired'),
      fte: fte === undefined || fte <= 0 || fte > 1 ? t('admin.fteInvalid') : undefined,
      from: isIsoDate(from) ? undefined : t('staffing.fromRequired'),
    });
    if (!ok || fte === undefined) return false;
    const name = members.find((m) => m.id === memberId)?.user.name ?? '';
    const { data } = await change({ variables: { input: { memberId, fte, from } } });
    if (data) {
      setSaved(t('staffing.fteSaved', { name, fte: formatDecimal(fte, i18n.language, 2), date: formatDate(from, i18n.language) }));
      form.reset();
    }
  });

  const e = errors.byField;
  return (
    <form onSubmit={onSubmit} noValidate className="form" aria-labelledby="terms-heading" aria-busy={loading || undefined}>
      <h3 id="terms-heading">{t('staffing.fteTitle')}</h3>
      <ErrorSummary items={errors.summary} attempt={attempt} />
      <MemberSelect id={fteId('memberId')} members={members} error={e.memberId} />
      <TextField id={fteId('fte')} label={t('staffing.newFte')} hint={t('admin.fteHint')} error={e.fte} inputMode="decimal" className="input--short" />
      <TextField id={fteId('from')} label={t('staffing.from')} hint={t('staffing.fromHint')} error={e.from} type="date" defaultValue={copenhagenToday()} />
      <p role="status">{saved}</p>
      <button type="submit" className="button" disabled={loading}>
        {loading ? t('common.saving') : t('staffing.fteSave')}
      </button>
    </form>
  );
}

/** Members whose last day has passed: name, discipline, last day and why. */
export function FormerMemberList({
  members,
}: {
  members: ReadonlyArray<{ id: string; discipline: string; leftOn?: string | null; leaveReason?: MemberLeaveReason | null; user: { name: string } }>;
}) {
  const { t, i18n } = useTranslation();
  if (members.length === 0) return <p>{t('staffing.noFormer')}</p>;
  return (
    <ul className="card-list">
      {members.map((m) => (
        <li key={m.id} className="card">
          <p className="card__title">{m.user.name}</p>
          <dl className="inline-facts">
            <div>
              <dt>{t('teams.discipline')}</dt>
              <dd>{t(`discipline.${m.discipline}`)}</dd>
            </div>
            <div>
              <dt>{t('staffing.lastDay')}</dt>
              <dd>{m.leftOn ? formatDate(m.leftOn, i18n.language) : ''}</dd>
            </div>
            <div>
              <dt>{t('staffing.reason')}</dt>
              <dd>{m.leaveReason ? t(`staffing.reasons.${m.leaveReason}`) : ''}</dd>
            </div>
          </dl>
        </li>
      ))}
    </ul>
  );
}
