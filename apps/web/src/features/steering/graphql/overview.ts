import { graphql } from '../../../gql';

/** Aggregates only: the steering group never reads names or CPR numbers. */
export const SteeringOverviewDocument = graphql(`
  query SteeringOverview {
    teams(first: 100) {
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
