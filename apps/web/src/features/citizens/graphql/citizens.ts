import { graphql } from '../../../gql';

export const CitizenPageDocument = graphql(`
  query CitizenPage($id: ID!) {
    citizen(id: $id) {
      id
      name
      cprMasked
      status
      statusReason
      phone
      email
      address {
        street
        postalCode
        city
        accessNote
      }
      team {
        id
        name
      }
      updatedAt
      ...CitizenCaseloadFields
    }
  }
`);

/** The full CPR number: asked for explicitly, logged by the API, never cached. */
export const CitizenCprDocument = graphql(`
  query CitizenCpr($id: ID!) {
    citizenCpr(id: $id)
  }
`);

export const CreateCitizenDocument = graphql(`
  mutation CreateCitizen($input: CreateCitizenInput!) {
    createCitizen(input: $input) {
      id
      name
      status
      cprMasked
      team {
        id
      }
    }
  }
`);

/** One page of a team's citizens (masked CPR only), for "Vis flere". */
export const TeamCitizensDocument = graphql(`
  query TeamCitizens($teamId: ID!, $first: Int!, $after: String) {
    team(id: $teamId) {
      id
      citizens(first: $first, after: $after) {
        totalCount
        edges {
          cursor
          node {
            id
            name
            status
            cprMasked
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

/** Team leader: end the course with a date and why; contacts end, future visits go. */
export const EndCitizenCourseDocument = graphql(`
  mutation EndCitizenCourse($input: EndCitizenCourseInput!) {
    endCitizenCourse(input: $input) {
      removedVisits
      stoppedSeries
      citizen {
        id
        status
        statusReason
      }
    }
  }
`);
