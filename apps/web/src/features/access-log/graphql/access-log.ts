import { graphql } from '../../../gql';

export const AccessLogEntryFieldsFragment = graphql(`
  fragment AccessLogEntryFields on AccessLogEntry {
    id
    occurredAt
    actorName
    actorId
    citizenId
    citizenIds
    criterion
    operation
    purpose
    requestId
  }
`);

export const AccessLogDocument = graphql(`
  query AccessLog($filter: AccessLogFilter, $first: Int!, $after: String) {
    accessLog(filter: $filter, first: $first, after: $after) {
      edges {
        cursor
        node {
          ...AccessLogEntryFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** The staff to pick from in the search (names, not ids); the admin may list users. */
export const AccessLogUsersDocument = graphql(`
  query AccessLogUsers($first: Int!, $after: String) {
    users(first: $first, after: $after) {
      edges {
        node {
          id
          name
          email
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** All entries for one citizen, looked up by CPR (sent in the POST body, never cached). */
export const AccessLogExtractDocument = graphql(`
  query AccessLogExtract($cpr: String!) {
    accessLogExtract(cpr: $cpr) {
      ...AccessLogEntryFields
    }
  }
`);
