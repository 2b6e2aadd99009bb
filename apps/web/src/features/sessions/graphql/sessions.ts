import { graphql } from '../../../gql';

export const MySessionsDocument = graphql(`
  query MySessions {
    mySessions {
      id
      browser
      os
      startedAt
      lastUsedAt
      current
      viaSso
    }
  }
`);

export const EndSessionDocument = graphql(`
  mutation EndSession($id: ID!) {
    endSession(id: $id)
  }
`);

export const EndOtherSessionsDocument = graphql(`
  mutation EndOtherSessions {
    endOtherSessions
  }
`);

export const EndUserSessionsDocument = graphql(`
  mutation EndUserSessions($userId: ID!) {
    endUserSessions(userId: $userId)
  }
`);
