import { graphql } from '../../../gql';

export const TeamPageDocument = graphql(`
  query TeamPage($id: ID!) {
    team(id: $id) {
      id
      name
      activeCitizenCount
      members(first: 100) {
        totalCount
        edges {
          cursor
          node {
            id
            discipline
            fte
            isTeamLeader
            user {
              id
              name
            }
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);
