import { graphql } from '../../../gql';

export const GroupSessionFieldsFragment = graphql(`
  fragment GroupSessionFields on GroupSession {
    id
    teamId
    kind
    title
    startsAt
    durationMinutes
    ledByMemberId
    ledByName
    attendees {
      citizenId
      name
    }
  }
`);

/** The page: the team (name, members to lead, citizens to pick) and its sessions, newest first. */
export const GroupSessionsPageDocument = graphql(`
  query GroupSessionsPage($teamId: ID!, $first: Int!, $after: String) {
    team(id: $teamId) {
      id
      name
      members(first: 100) {
        edges {
          node {
            id
            user {
              id
              name
            }
          }
        }
      }
      citizens(first: 100) {
        edges {
          node {
            id
            name
            status
          }
        }
      }
    }
    groupSessions(teamId: $teamId, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          ...GroupSessionFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const CreateGroupSessionDocument = graphql(`
  mutation CreateGroupSession($input: CreateGroupSessionInput!) {
    createGroupSession(input: $input) {
      ...GroupSessionFields
    }
  }
`);

export const UpdateGroupSessionDocument = graphql(`
  mutation UpdateGroupSession($input: UpdateGroupSessionInput!) {
    updateGroupSession(input: $input) {
      ...GroupSessionFields
    }
  }
`);
