import { graphql } from '../../../gql';

export const FunctionRoleFieldsFragment = graphql(`
  fragment FunctionRoleFields on FunctionRole {
    id
    teamId
    teamName
    title
    discipline
    current {
      id
      version
      purpose
      tasksOutreach
      tasksPlan
      tasksSupport
      tasksTransition
      professionalCompetences
      personalCompetences
      writtenByName
      createdAt
    }
    versions {
      id
      version
      createdAt
      writtenByName
    }
    members {
      memberId
      name
      fte
    }
  }
`);

export const FunctionsPageDocument = graphql(`
  query FunctionsPage($teamId: ID!) {
    team(id: $teamId) {
      id
      name
      members(first: 100) {
        edges {
          node {
            id
            discipline
            fte
            user {
              id
              name
            }
          }
        }
      }
    }
    teamComposition(teamId: $teamId) {
      activeCitizens
      totalFte
      missing
      below
      lines {
        discipline
        fte
        members
        needed
        perHundred
        required
        status
      }
    }
    teamFunctionRoles(teamId: $teamId) {
      ...FunctionRoleFields
    }
  }
`);

export const FunctionRoleDocument = graphql(`
  query FunctionRole($id: ID!) {
    functionRole(id: $id) {
      ...FunctionRoleFields
    }
  }
`);

export const CreateFunctionRoleDocument = graphql(`
  mutation CreateFunctionRole($input: CreateFunctionRoleInput!) {
    createFunctionRole(input: $input) {
      ...FunctionRoleFields
    }
  }
`);

export const SaveFunctionDescriptionDocument = graphql(`
  mutation SaveFunctionDescription($input: SaveFunctionDescriptionInput!) {
    saveFunctionDescription(input: $input) {
      ...FunctionRoleFields
    }
  }
`);

export const LinkMemberFunctionDocument = graphql(`
  mutation LinkMemberFunction($input: LinkMemberFunctionInput!) {
    linkMemberToFunctionRole(input: $input) {
      ...FunctionRoleFields
    }
  }
`);
