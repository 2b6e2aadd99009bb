import { graphql } from '../../../gql';

export const AdminUsersDocument = graphql(`
  query AdminUsers($first: Int!, $after: String) {
    users(first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          id
          name
          email
          role
          disabled
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const CreateUserDocument = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      id
      name
      email
      role
      disabled
    }
  }
`);

export const AdminTeamsDocument = graphql(`
  query AdminTeams($first: Int!, $after: String) {
    teams(first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          id
          name
          activeCitizenCount
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const CreateTeamDocument = graphql(`
  mutation CreateTeam($input: CreateTeamInput!) {
    createTeam(input: $input) {
      id
      name
      activeCitizenCount
    }
  }
`);

export const AdminTeamDocument = graphql(`
  query AdminTeam($id: ID!) {
    team(id: $id) {
      id
      name
      members(first: 100) {
        totalCount
        edges {
          cursor
          node {
            id
            discipline
            fte
            isTeamLeader
            leftOn
            user {
              id
              name
              email
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
      budgetedPositions {
        id
        fte
        from
        to
      }
    }
  }
`);

export const AddTeamMemberDocument = graphql(`
  mutation AddTeamMember($input: AddTeamMemberInput!) {
    addTeamMember(input: $input) {
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
`);

export const ResetUserMfaDocument = graphql(`
  mutation ResetUserMfa($input: ResetUserMfaInput!) {
    resetUserMfa(input: $input) { enrolled required }
  }
`);

/** The team's budgeted positions (normering) from a date; returns all the team's spans, oldest first. */
export const SetTeamBudgetedPositionsDocument = graphql(`
  mutation SetTeamBudgetedPositions($input: SetTeamBudgetedPositionsInput!) {
    setTeamBudgetedPositions(input: $input) { id fte from to }
  }
`);
