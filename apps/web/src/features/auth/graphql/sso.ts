import { graphql } from '../../../gql';

export const SsoLoginOptionsDocument = graphql(`
  query SsoLoginOptions {
    ssoLoginOptions {
      tenantId
      tenantName
    }
  }
`);

/** Whether logout must go through the IdP as well (the session came from single sign-on). */
export const ViewerSsoDocument = graphql(`
  query ViewerSso {
    me {
      id
      signedInWithSso
    }
  }
`);
