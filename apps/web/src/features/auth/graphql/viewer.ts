import { graphql } from '../../../gql';

export const ViewerFieldsFragment = graphql(`
  fragment ViewerFields on Viewer {
    id
    name
    email
    role
    tenantName
    teams {
      id
      name
      isTeamLeader
    }
    mfaEnrolmentRequired
  }
`);

export const MeDocument = graphql(`
  query Me {
    me {
      ...ViewerFields
    }
  }
`);

export const LoginDocument = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      viewer {
        ...ViewerFields
      }
      mfa {
        token
      }
    }
  }
`);

export const LogoutDocument = graphql(`
  mutation Logout {
    logout
  }
`);
