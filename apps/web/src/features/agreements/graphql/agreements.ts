import { graphql } from '../../../gql';

export const AgreementFieldsFragment = graphql(`
  fragment AgreementFields on CooperationAgreement {
    id
    partnerKind
    partnerName
    parties
    covers
    description
    status
    signedOn
    reviewOn
    reviewState
    documentUrl
    version
  }
`);

export const AgreementsDocument = graphql(`
  query Agreements($status: AgreementStatus) {
    agreements(status: $status) {
      ...AgreementFields
    }
  }
`);

export const AgreementDocument = graphql(`
  query Agreement($id: ID!) {
    agreement(id: $id) {
      ...AgreementFields
    }
  }
`);

export const CreateAgreementDocument = graphql(`
  mutation CreateAgreement($input: CreateAgreementInput!) {
    createAgreement(input: $input) {
      ...AgreementFields
    }
  }
`);

export const UpdateAgreementDocument = graphql(`
  mutation UpdateAgreement($input: UpdateAgreementInput!) {
    updateAgreement(input: $input) {
      ...AgreementFields
    }
  }
`);
