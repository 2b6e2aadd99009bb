import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Loading } from '../../../components/Loading';
import { usePageTitle } from '../../../components/PageTitle';
import { useViewer } from '../../../app/viewer';
import type { Discipline, FunctionRoleFieldsFragment, FunctionsPageQuery } from '../../../gql/graphql';
import { useFormSubmit } from '../../../lib/use-form-submit';
import { DESCRIPTION_FIELDS, DescriptionView } from '../components/DescriptionView';
import {
  CreateFunctionRoleDocument,
  FunctionsPageDocument,
  LinkMemberFunctionDocument,
  SaveFunctionDescriptionDocument,
} from '../graphql/function-descriptions';
import '../../meetings/meetings.css';

const DISCIPLINES: Discipline[] = ['PSYCHIATRY', 'NURSING', 'SUBSTANCE_ABUSE', 'SOCIAL_PEDAGOGY', 'EMPLOYMENT', 'CASEWORK', 'PEER', 'OTHER'];
const fte = (n: number, language: string) => n.toLocaleString(language === 'en' ? 'en-GB' : 'da-DK', { minimumFractionDigits: 1, maximumFractionDigits: 2 });

export default function FunctionsPage() {
  const { t } = useTranslation();
  const teamId = useParams().teamId!;
  const viewer = useViewer();
  const isLeader = viewer.role === 'TEAM_LEADER' && viewer.teams.some((x) => x.id === teamId && x.isTeamLeader);
  const { data, loading, error, refetch } = useQuery(FunctionsPageDocument, { variables: { teamId } });
  usePageTitle(data?.team ? t('functions.titleFor', { team: data.team.name }) : t('functions.title'));

  if (loading && !data) return <Loading label={t('functions.loading')} />;
  if (!data?.team) {
    return (
      <>
        <h1>{t('functions.title')}</h1>
        <ErrorMessage error={error} onRetry={() => void refetch()} />
      </>
    );
  }
  return (
    <>
      <p className="breadcrumb">
        <Link to={`/teams/${teamId}`}>{data.team.name}</Link>
      </p>
      <h1>{t('functions.title')}</h1>
      <Composition composition={data.teamComposition} />
      <section aria-labelledby="roles-heading">
        <h2 id="roles-heading">{t('functions.roles')}</h2>
        {data.teamFunctionRoles.length === 0 && <p>{t('functions.noRoles')}</p>}
        {data.teamFunctionRoles.map((role) => (
          <Role key={role.id} role={role} canEdit={isLeader} onSaved={() => void refetch()} />
        ))}
      </section>
      {isLeader && <CreateRole teamId={teamId} onCreated={() => void refetch()} />}
      {isLeader && data.teamFunctionRoles.length > 0 && (
        <LinkMember
          members={data.team.members.edges.map((e) => ({ id: e.node.id, name: e.node.user.name }))}
          roles={data.teamFunctionRoles}
          onSaved={() => void refetch()}
        />
      )}
    </>
  );
}

function Composition({ composition }: { composition: FunctionsPageQuery['teamComposition'] }) {
  const { t, i18n } = useTranslation();
  return (
    <section aria-labelledby="composition-heading" className="panel">
      <h2 id="composition-heading">{t('functions.composition')}</h2>
      <p>{t('functions.compositionLead', { count: composition.activeCitizens })}</p>
      {composition.missing.length > 0 && (
        <p role="note" className="notice notice--error">
          {t('functions.missingWarning', { list: composition.missing.map((d) => t(`discipline.${d}`)).join(', ') })}
        </p>
      )}
      <div className="table-scroll">
        <table>
          <caption className="visually-hidden">{t('functions.composition')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('functions.discipline')}</th>
              <th scope="col" className="num">
                {t('functions.fte')}
              </th>
              <th scope="col" className="num">
                {t('functions.needed')}
              </th>
              <th scope="col" className="num">
                {t('functions.norm')}
              </th>
              <th scope="col">{t('functions.status')}</th>
            </tr>
          </thead>
          <tbody>
            {composition.lines.map((l) => (
              <tr key={l.discipline}>
                <th scope="row">{t(`discipline.${l.discipline}`)}</th>
                <td className="num">{fte(l.fte, i18n.language)}</td>
                <td className="num">{l.needed === null || l.needed === undefined ? '–' : fte(l.needed, i18n.language)}</td>
                <td className="num">{l.perHundred === null || l.perHundred === undefined ? '–' : fte(l.perHundred, i18n.language)}</td>
                <td className={`status--${l.status}`}>{t(`functions.statuses.${l.status}`)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('functions.total')}</th>
              <td className="num">{fte(composition.totalFte, i18n.language)}</td>
              <td colSpan={3} />
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  );
}

function Role({ role, canEdit, onSaved }: { role: FunctionRoleFieldsFragment; canEdit: boolean; onSaved: () => void }) {
  const { t, i18n } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  return (
    <article aria-labelledby={`role-${role.id}`} className="panel">
      <h3 id={`role-${role.id}`}>
        {role.title}
        {role.discipline && <span className="muted"> ({t(`discipline.${role.discipline}`)})</span>}
      </h3>
      {saved && (
        <p role="status" className="notice notice--success">
          {t('functions.saved')}
        </p>
      )}
      <p>
        <strong>{t('functions.membersInRole')}:</strong>{' '}
        {role.members.length === 0
          ? t('functions.noMembersInRole')
          : role.members.map((m) => `${m.name} (${fte(m.fte, i18n.language)})`).join(', ')}
      </p>
      {role.current ? <DescriptionView current={role.current} headingLevel={4} /> : <p>{t('functions.noDescription')}</p>}
      <p className="button-row">
        {role.current && (
          <Link className="button button--small button--secondary" to={`/function-roles/${role.id}`}>
            {t('functions.openPrint')}
          </Link>
        )}
        {canEdit && !editing && (
          <button type="button" className="button button--small" onClick={() => { setSaved(false); setEditing(true); }}>
            {role.current ? t('functions.edit') : t('functions.write')}
          </button>
        )}
      </p>
      {editing && (
        <DescriptionForm
          role={role}
          onCancel={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            setSaved(true);
            onSaved();
          }}
        />
      )}
    </article>
  );
}

function DescriptionForm({ role, onSaved, onCancel }: { role: FunctionRoleFieldsFragment; onSaved: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [save, { loading }] = useMutation(SaveFunctionDescriptionDocument);
  const { error, submit } = useFormSubmit();
  const p = `fd-${role.id}`;

  const onSubmit = submit(async (f) => {
    const fields = Object.fromEntries(DESCRIPTION_FIELDS.map((k) => [k, f.text(`${p}-${k}`)])) as Record<(typeof DESCRIPTION_FIELDS)[number], string>;
    await save({ variables: { input: { roleId: role.id, basedOnVersion: role.current?.version ?? 0, ...fields } } });
    onSaved();
  });

  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-busy={loading || undefined}>
      {DESCRIPTION_FIELDS.map((k) => (
        <div className="field" key={k}>
          <label htmlFor={`${p}-${k}`}>{k === 'purpose' ? t('functions.purpose') : t(`functions.${k}`)}</label>
          <textarea id={`${p}-${k}`} name={`${p}-${k}`} rows={3} maxLength={4000} defaultValue={role.current?.[k] ?? ''} />
        </div>
      ))}
      {error !== undefined && <ErrorMessage error={error} />}
      <div className="button-row">
        <button type="submit" className="button" disabled={loading}>
          {t('functions.saveVersion')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('functions.cancel')}
        </button>
      </div>
    </form>
  );
}

function CreateRole({ teamId, onCreated }: { teamId: string; onCreated: () => void }) {
  const { t } = useTranslation();
  const [create, { loading }] = useMutation(CreateFunctionRoleDocument);
  const { error, submit } = useFormSubmit();

  const onSubmit = submit(async (f, form) => {
    const discipline = f.text('role-discipline');
    await create({ variables: { input: { teamId, title: f.text('role-title'), discipline: discipline ? (discipline as Discipline) : null } } });
    form.reset();
    onCreated();
  });

  return (
    <section aria-labelledby="create-role-heading" className="panel">
      <h2 id="create-role-heading">{t('functions.createRole')}</h2>
      <form className="form" onSubmit={onSubmit} noValidate aria-busy={loading || undefined}>
        <div className="field">
          <label htmlFor="role-title">{t('functions.roleTitle')}</label>
          <input id="role-title" name="role-title" maxLength={200} />
        </div>
        <div className="field">
          <label htmlFor="role-discipline">{t('functions.roleDiscipline')}</label>
          <select id="role-discipline" name="role-discipline" defaultValue="">
            <option value="">{t('functions.noDiscipline')}</option>
            {DISCIPLINES.map((d) => (
              <option key={d} value={d}>
                {t(`discipline.${d}`)}
              </option>
            ))}
          </select>
        </div>
        {error !== undefined && <ErrorMessage error={error} />}
        <button type="submit" className="button" disabled={loading}>
          {t('functions.createRoleButton')}
        </button>
      </form>
    </section>
  );
}

function LinkMember({ members, roles, onSaved }: { members: Array<{ id: string; name: string }>; roles: FunctionRoleFieldsFragment[]; onSaved: () => void }) {
  const { t } = useTranslation();
  const [link, { loading }] = useMutation(LinkMemberFunctionDocument);
  const { error, submit } = useFormSubmit();

  const onSubmit = submit(async (f) => {
    const roleId = f.text('link-role');
    await link({ variables: { input: { memberId: f.text('link-member'), roleId: roleId || null } } });
    onSaved();
  });

  return (
    <section aria-labelledby="link-heading" className="panel">
      <h2 id="link-heading">{t('functions.linkHeading')}</h2>
      <form className="form" onSubmit={onSubmit} noValidate aria-busy={loading || undefined}>
        <div className="field">
          <label htmlFor="link-member">{t('functions.linkMember')}</label>
          <select id="link-member" name="link-member">
            {members.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="link-role">{t('functions.linkRole')}</label>
          <select id="link-role" name="link-role" defaultValue={roles[0]?.id}>
            {roles.map((r) => (
              <option key={r.id} value={r.id}>
                {r.title}
              </option>
            ))}
            <option value="">{t('functions.noRole')}</option>
          </select>
        </div>
        {error !== undefined && <ErrorMessage error={error} />}
        <button type="submit" className="button" disabled={loading}>
          {t('functions.linkButton')}
        </button>
      </form>
    </section>
  );
}
