import { graphql } from '../../../gql';

export const AccessLogEntryFieldsFragment = graphql(`
  fragment AccessLogEntryFields on AccessLogEntry {
    id
    occurredAt
    actorName
    actorId
    citizenId
    criterion
    operation
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

/** All entries for one citizen, looked up by CPR (sent in the POST body, never cached). */
export const AccessLogExtractDocument = graphql(`
  query AccessLogExtract($cpr: String!) {
    accessLogExtract(cpr: $cpr) {
      ...AccessLogEntryFields
    }
  }
`);
