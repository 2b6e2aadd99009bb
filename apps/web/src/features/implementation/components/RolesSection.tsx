import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Loading } from '../../../components/Loading';
import type { ImplementationResponsibilitiesQuery, ResponsibilityGroup } from '../../../gql/graphql';
import { useFormSubmit } from '../../../lib/use-form-submit';
import { RemoveResponsibilityDocument, ResponsibilitiesDocument, SaveResponsibilityDocument } from '../graphql/implementation';
import { ReasonField } from './ReasonField';

type Group = ImplementationResponsibilitiesQuery['implementationResponsibilities'][number];
type Line = Group['lines'][number];

/** The roles-and-responsibilities table: who does what in the implementation. */
export function RolesSection({ canManage }: { canManage: boolean }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(ResponsibilitiesDocument, { fetchPolicy: 'cache-and-network' });
  if (loading && !data) return <Loading label={t('implementation.roles.loading')} />;
  if (!data) return <ErrorMessage error={error} onRetry={() => void refetch()} />;
  const groups = data.implementationResponsibilities;
  const reload = () => void refetch();
  return (
    <section aria-labelledby="roles-heading">
      <h2 id="roles-heading">{t('implementation.roles.title')}</h2>
      <p>{t('implementation.roles.lead')}</p>
      <div className="table-scroll impl-scroll" role="region" aria-labelledby="roles-caption" tabIndex={0}>
        <table className="impl-roles">
          <caption id="roles-caption">{t('implementation.roles.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('implementation.roles.role')}</th>
              <th scope="col">{t('implementation.roles.tasks')}</th>
            </tr>
          </thead>
          <tbody>
            {groups.map((g) => (
              <tr key={g.group}>
                <th scope="row">{g.label}</th>
                <td>
                  {g.lines.length === 0 ? (
                    t('implementation.roles.none')
                  ) : (
                    <ul className="impl-role-lines">
                      {g.lines.map((l) => (
                        <li key={l.id}>
                          {l.text}
                          {canManage && <LineActions line={l} groups={groups} onChanged={reload} />}
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {canManage && <LineForm groups={groups} onSaved={reload} />}
    </section>
  );
}

function LineActions({ line, groups, onChanged }: { line: Line; groups: Group[]; onChanged: () => void }) {
  const { t } = useTranslation();
  const [remove, { loading }] = useMutation(RemoveResponsibilityDocument);
  const { error, run } = useFormSubmit();
  return (
    <span className="impl-line-actions">
      <details className="impl-details">
        <summary>
          {t('implementation.roles.edit')} <span className="visually-hidden">{line.text}</span>
        </summary>
        <LineForm line={line} groups={groups} onSaved={onChanged} />
      </details>
      <button
        type="button"
        className="button button--secondary"
        disabled={loading}
        onClick={() => {
          if (!window.confirm(t('implementation.roles.removeConfirm'))) return;
          run(async () => {
            await remove({ variables: { id: line.id } });
            onChanged();
          });
        }}
      >
        {t('implementation.roles.remove')} <span className="visually-hidden">{line.text}</span>
      </button>
      {error !== undefined && <ErrorMessage error={error} />}
    </span>
  );
}

function LineForm({ line, groups, onSaved }: { line?: Line; groups: Group[]; onSaved: () => void }) {
  const { t } = useTranslation();
  const [save, { loading }] = useMutation(SaveResponsibilityDocument);
  const { error, errors, submit, check } = useFormSubmit(['text']);
  const [id] = useState(() => `line-${line?.id ?? 'new'}`);
  const onSubmit = submit(
    async (f) => {
      const text = f.text(`${id}-text`).trim();
      if (!check({ text: text ? undefined : t('implementation.roles.textRequired') })) return false;
      await save({ variables: { input: { id: line?.id ?? null, group: f.text(`${id}-group`) as ResponsibilityGroup, text } } });
      onSaved();
    },
    { reset: !line },
  );
  const form = (
    <form className="form" onSubmit={onSubmit} noValidate aria-busy={loading || undefined}>
      <div className="field">
        <label htmlFor={`${id}-group`}>{t('implementation.roles.role')}</label>
        <select id={`${id}-group`} name={`${id}-group`} defaultValue={line?.group ?? 'MANAGEMENT'}>
          {groups.map((g) => (
            <option key={g.group} value={g.group}>
              {g.label}
            </option>
          ))}
        </select>
      </div>
      <ReasonField id={`${id}-text`} label={t('implementation.roles.text')} error={errors.byField.text} defaultValue={line?.text} />
      {error !== undefined && !errors.byField.text && <ErrorMessage error={error} />}
      <button type="submit" className="button" disabled={loading}>
        {loading ? t('common.saving') : t(line ? 'implementation.roles.save' : 'implementation.roles.add')}
      </button>
    </form>
  );
  if (line) return form;
  return (
    <section aria-labelledby="roles-add-heading" className="panel">
      <h3 id="roles-add-heading">{t('implementation.roles.addTitle')}</h3>
      {form}
    </section>
  );
}
