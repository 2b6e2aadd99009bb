import { useMutation } from '@apollo/client/react';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../../components/PageTitle';
import { AgreementForm } from '../components/AgreementForm';
import { CreateAgreementDocument } from '../graphql/agreements';
import '../agreements.css';

/** /agreements/new — a new agreement, as a draft or already signed. */
export default function NewAgreementPage() {
  const { t } = useTranslation();
  usePageTitle(t('agreements.new'));
  const navigate = useNavigate();
  const [create, state] = useMutation(CreateAgreementDocument, { refetchQueries: ['Agreements'] });
  return (
    <>
      <p>
        <Link to="/agreements">{t('agreements.back')}</Link>
      </p>
      <h1>{t('agreements.new')}</h1>
      <AgreementForm
        busy={state.loading}
        submitLabel={t('agreements.form.create')}
        onSave={async (values) => {
          const res = await create({ variables: { input: values } });
          if (res.data) void navigate(`/agreements/${res.data.createAgreement.id}`);
        }}
      />
    </>
  );
}
