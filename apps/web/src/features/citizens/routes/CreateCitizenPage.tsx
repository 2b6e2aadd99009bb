import { useMutation } from '@apollo/client/react';
import { useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { SelectField, TextField } from '../../../components/FormField';
import { usePageTitle } from '../../../components/PageTitle';
import { useViewer } from '../../../app/viewer';
import { fieldId } from '../../../lib/form-errors';
import { useFormSubmit } from '../../../lib/use-form-submit';
import { CreateCitizenDocument } from '../graphql/citizens';

/** API input field names, in the order the form shows them. */
const FIELDS = [
  'teamId',
  'name',
  'cpr',
  'phone',
  'address',
  'address.street',
  'address.postalCode',
  'address.city',
  'address.accessNote',
] as const;

export default function CreateCitizenPage() {
  const { t } = useTranslation();
  usePageTitle(t('citizens.createTitle'));
  const viewer = useViewer();
  const navigate = useNavigate();
  const preselectedTeam = (useLocation().state as { teamId?: string } | null)?.teamId;
  const { errors, attempt, submit, check } = useFormSubmit(FIELDS);
  const [createCitizen, { loading }] = useMutation(CreateCitizenDocument, {
    // The team's list no longer matches: drop it so it is fetched again when shown.
    update(cache, { data }) {
      const teamId = data?.createCitizen.team.id;
      if (teamId) cache.evict({ id: cache.identify({ __typename: 'Team', id: teamId }), fieldName: 'citizens' });
    },
  });

  const onSubmit = submit(async (values) => {
    const value = (name: string) => values.text(fieldId(name)).trim();
    const input = {
      teamId: value('teamId'),
      name: value('name'),
      cpr: value('cpr'),
      phone: value('phone') || null,
      street: value('address.street'),
      postalCode: value('address.postalCode'),
      city: value('address.city'),
      accessNote: value('address.accessNote') || null,
    };
    const hasAddress = Boolean(input.street || input.postalCode || input.city || input.accessNote);

    const missing: Record<string, string> = {};
    if (!input.teamId) missing.teamId = t('citizens.form.teamRequired');
    if (!input.name) missing.name = t('citizens.form.nameRequired');
    if (!input.cpr) missing.cpr = t('citizens.form.cprRequired');
    if (hasAddress) {
      if (!input.street) missing['address.street'] = t('citizens.form.streetRequired');
      if (!input.postalCode) missing['address.postalCode'] = t('citizens.form.postalCodeRequired');
      if (!input.city) missing['address.city'] = t('citizens.form.cityRequired');
    }
    if (!check(missing)) return false;

    const { data } = await createCitizen({
      variables: {
        input: {
          teamId: input.teamId,
          name: input.name,
          cpr: input.cpr,
          phone: input.phone,
          address: hasAddress
            ? { street: input.street, postalCode: input.postalCode, city: input.city, accessNote: input.accessNote }
            : null,
        },
      },
    });
    if (data) void navigate(`/citizens/${data.createCitizen.id}`, { state: { created: true } });
  });

  const e = errors.byField;
  const onlyTeam = viewer.teams.length === 1 ? viewer.teams[0] : undefined;
  return (
    <>
      <h1>{t('citizens.createTitle')}</h1>
      <p className="lead">{t('citizens.form.intro')}</p>
      <ErrorSummary items={errors.summary} attempt={attempt} />
      <form onSubmit={onSubmit} noValidate className="form" autoComplete="off">
        {onlyTeam ? (
          <>
            <input type="hidden" name="teamId" value={onlyTeam.id} />
            <p>
              <strong>{t('citizens.team')}:</strong> {onlyTeam.name}
            </p>
          </>
        ) : (
          <SelectField id="teamId" label={t('citizens.team')} error={e.teamId} defaultValue={preselectedTeam ?? ''}>
            <option value="">{t('form.choose')}</option>
            {viewer.teams.map((team) => (
              <option key={team.id} value={team.id}>
                {team.name}
              </option>
            ))}
          </SelectField>
        )}
        <TextField id="name" label={t('citizens.form.name')} error={e.name} autoComplete="off" />
        <TextField
          id="cpr"
          label={t('citizens.cpr')}
          hint={t('citizens.form.cprHint')}
          error={e.cpr}
          inputMode="numeric"
          autoComplete="off"
          spellCheck={false}
        />
        <TextField
          id="phone"
          label={t('citizens.phone')}
          optional={t('form.optional')}
          error={e.phone}
          type="tel"
          autoComplete="off"
        />
        <fieldset id="address" tabIndex={-1} className="fieldset" aria-describedby={e.address ? 'address-error' : 'address-hint'}>
          <legend>{t('citizens.outreachAddress')}</legend>
          <p id="address-hint" className="field__hint">
            {t('citizens.form.addressHint')}
          </p>
          {e.address && (
            <p id="address-error" className="field__error">
              {e.address}
            </p>
          )}
          <TextField id="address-street" label={t('citizens.form.street')} error={e['address.street']} />
          <div className="field-row">
            <TextField
              id="address-postalCode"
              label={t('citizens.form.postalCode')}
              error={e['address.postalCode']}
              inputMode="numeric"
              className="input--short"
            />
            <TextField id="address-city" label={t('citizens.form.city')} error={e['address.city']} />
          </div>
          <TextField
            id="address-accessNote"
            label={t('citizens.accessNote')}
            hint={t('citizens.form.accessNoteHint')}
            optional={t('form.optional')}
            error={e['address.accessNote']}
          />
        </fieldset>
        <button type="submit" className="button" disabled={loading}>
          {loading ? t('common.saving') : t('citizens.create')}
        </button>
        {loading && (
          <p role="status" className="visually-hidden">
            {t('common.saving')}
          </p>
        )}
      </form>
    </>
  );
}
