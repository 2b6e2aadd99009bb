import { graphql } from '../../../gql';

export const VerifyLoginCodeDocument = graphql(`
  mutation VerifyLoginCode($input: VerifyLoginCodeInput!) {
    verifyLoginCode(input: $input) {
      viewer {
        ...ViewerFields
      }
    }
  }
`);

export const MfaStatusDocument = graphql(`
  query MfaStatus {
    mfaStatus {
      enrolled
      required
      recoveryCodesLeft
    }
  }
`);

export const StartMfaEnrolmentDocument = graphql(`
  mutation StartMfaEnrolment {
    startMfaEnrolment {
      secret
      qrCode
    }
  }
`);

export const ConfirmMfaEnrolmentDocument = graphql(`
  mutation ConfirmMfaEnrolment($input: ConfirmMfaEnrolmentInput!) {
    confirmMfaEnrolment(input: $input) {
      recoveryCodes
      viewer {
        ...ViewerFields
      }
    }
  }
`);

export const RegenerateMfaRecoveryCodesDocument = graphql(`
  mutation RegenerateMfaRecoveryCodes($input: RegenerateRecoveryCodesInput!) {
    regenerateMfaRecoveryCodes(input: $input)
  }
`);

export const DisableMfaDocument = graphql(`
  mutation DisableMfa($input: DisableMfaInput!) {
    disableMfa(input: $input) {
      enrolled
      required
      recoveryCodesLeft
    }
  }
`);
