import { graphql } from '../../../gql';

export const SsoSettingsDocument = graphql(`
  query SsoSettings {
    ssoSettings {
      ...SsoSettingsFields
    }
    users(first: 100) {
      edges {
        node {
          id
          name
          role
          disabled
        }
      }
    }
  }
`);

export const SsoSettingsFieldsFragment = graphql(`
  fragment SsoSettingsFields on SsoSettings {
    enabled
    issuer
    clientId
    clientSecretEnv
    clientSecretAvailable
    ssoRequired
    breakGlassUserId
    redirectUri
    postLogoutRedirectUri
    linkedUsers
  }
`);

export const SaveSsoSettingsDocument = graphql(`
  mutation SaveSsoSettings($input: SaveSsoSettingsInput!) {
    saveSsoSettings(input: $input) {
      ...SsoSettingsFields
    }
  }
`);
