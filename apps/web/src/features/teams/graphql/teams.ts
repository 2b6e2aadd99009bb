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
            joinedOn
            leftOn
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
      formerMembers {
        id
        discipline
        leftOn
        leaveReason
        user {
          id
          name
        }
      }
    }
  }
`);

/** A member leaves the team after their last day (the team leader or the admin). */
export const EndTeamMembershipDocument = graphql(`
  mutation EndTeamMembership($input: EndTeamMembershipInput!) {
    endTeamMembership(input: $input) {
      id
      leftOn
      leaveReason
    }
  }
`);

/** A member's FTE (or discipline) from a day, today or earlier. */
export const ChangeTeamMemberTermsDocument = graphql(`
  mutation ChangeTeamMemberTerms($input: ChangeTeamMemberTermsInput!) {
    changeTeamMemberTerms(input: $input) {
      id
      fte
      discipline
    }
  }
`)
