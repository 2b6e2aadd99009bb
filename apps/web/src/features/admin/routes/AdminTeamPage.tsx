import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { SelectField, TextField } from '../../../components/FormField';
import { Loading } from '../../../components/Loading';
import { usePageTitle } from '../../../components/PageTitle';
import type { Discipline } from '../../../gql/graphql';
import { useFormSubmit } from '../../../lib/use-form-submit';
import { BudgetedPositionsForm } from '../components/BudgetedPositionsForm';
import { MemberList } from '../../teams/components/MemberList';
import { FormerMemberList, StaffingForms } from '../../teams/components/StaffingForms';
import { AddTeamMemberDocument, AdminTeamDocument, AdminUsersDocument } from '../graphql/admin';

const DISCIPLINES: Discipline[] = [
  'SOCIAL_PEDAGOGY',
  'NURSING',
  'SUBSTANCE_ABUSE',
  'PSYCHIATRY',
  'EMPLOYMENT',
  'CASEWORK',
  'PEER',
  'OTHER',
];
const FIELDS = ['userId', 'discipline', 'fte', 'isTeamLeader'] as const;

/** Team members for the admin: no citizens here, only the staffing. */
export default function AdminTeamPage() {
  const { t } = useTranslation();
  const teamId = useParams().teamId!;
  const { data, loading, error, refetch } = useQuery(AdminTeamDocument, { variables: { id: teamId } });
  const team = data?.team;
  usePageTitle(team?.name ?? t('teams.teamTitle'));

  if (loading && !team) return <Loading label={t('teams.loading')} />;
  if (!team) {
    return (
      <>
        <h1>{t('teams.teamTitle')}</h1>
        <ErrorMessage error={error} onRetry={() => void refetch()} />
      </>
    );
  }
  return (
    <>
      <p className="breadcrumb">
        <Link to="/admin/teams">{t('admin.teamsTitle')}</Link>
      </p>
      <h1>{team.name}</h1>
      <section aria-labelledby="members-heading">
        <h2 id="members-heading">{t('teams.members')}</h2>
        <MemberList members={team.members.edges.map((e) => e.node)} />
      </section>
      <StaffingForms members={team.members.edges.map((e) => e.node)} refetch="AdminTeam" />
      <section aria-labelledby="former-heading">
        <h2 id="former-heading">{t('teams.formerMembers')}</h2>
        <FormerMemberList members={team.formerMembers} />
      </section>
      <AddMemberForm teamId={team.id} />
      <BudgetedPositionsForm key={(team.budgetedPositions ?? []).map((s) => s.id).join()} teamId={team.id} spans={team.budgetedPositions ?? []} />
    </>
  );
}

/** "0,5" and "0.5" both mean half time. */
function parseFte(text: string): number | undefined {
  const value = Number(text.replace(',', '.'));
  return text && Number.isFinite(value) ? value : undefined;
}

function AddMemberForm({ teamId }: { teamId: string }) {
  const { t } = useTranslation();
  const users = useQuery(AdminUsersDocument, { variables: { first: 100 } });
  const { errors, attempt, submit, check } = useFormSubmit(FIELDS);
  const [added, setAdded] = useState<string>();
  const [addMember, { loading }] = useMutation(AddTeamMemberDocument, {
    refetchQueries: ['AdminTeam'],
    awaitRefetchQueries: true,
  });

  const onSubmit = submit(async (values, form) => {
    setAdded(undefined);
    const userId = values.text('userId');
    const discipline = values.text('discipline') as Discipline | '';
    const fte = parseFte(values.text('fte').trim());
    const isTeamLeader = values.checked('isTeamLeader');
    const missing: Record<string, string> = {};
    if (!userId) missing.userId = t('admin.userRequired');
    if (!discipline) missing.discipline = t('admin.disciplineRequired');
    if (fte === undefined || fte <= 0 || fte > 1) missing.fte = t('admin.fteInvalid');
    if (!check(missing) || !discipline || fte === undefined) return false;
    const { data } = await addMember({ variables: { input: { teamId, userId, discipline, fte, isTeamLeader } } });
    if (data) {
      setAdded(t('admin.memberAdded', { name: data.addTeamMember.user.name }));
      form.reset();
    }
  });

  const e = errors.byField;
  return (
    <section aria-labelledby="add-member-heading" className="panel">
      <h2 id="add-member-heading">{t('admin.addMember')}</h2>
      {users.loading && !users.data && <Loading />}
      {users.error && <ErrorMessage error={users.error} onRetry={() => void users.refetch()} />}
      <ErrorSummary items={errors.summary} attempt={attempt} />
      <form onSubmit={onSubmit} noValidate className="form">
        <SelectField id="userId" label={t('admin.user')} error={e.userId} defaultValue="">
          <option value="">{t('form.choose')}</option>
          {users.data?.users.edges.map(({ node }) => (
            <option key={node.id} value={node.id}>
              {node.name} ({node.email})
            </option>
          ))}
        </SelectField>
        <SelectField id="discipline" label={t('teams.discipline')} error={e.discipline} defaultValue="">
          <option value="">{t('form.choose')}</option>
          {DISCIPLINES.map((d) => (
            <option key={d} value={d}>
              {t(`discipline.${d}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          id="fte"
          label={t('teams.fte')}
          hint={t('admin.fteHint')}
          error={e.fte}
          inputMode="decimal"
          defaultValue="1,0"
          className="input--short"
        />
        <div className="checkbox">
          <input id="isTeamLeader" name="isTeamLeader" type="checkbox" aria-describedby={e.isTeamLeader ? 'isTeamLeader-error' : undefined} />
          <label htmlFor="isTeamLeader">{t('admin.isTeamLeader')}</label>
          {e.isTeamLeader && (
            <p id="isTeamLeader-error" className="field__error">
              {e.isTeamLeader}
            </p>
          )}
        </div>
        <button type="submit" className="button" disabled={loading}>
          {loading ? t('common.saving') : t('admin.addMember')}
        </button>
        <p role="status" className={added ? 'notice notice--success' : 'visually-hidden'}>
          {loading ? t('common.saving') : added}
        </p>
      </form>
    </section>
  );
}
