import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { relayStylePagination } from '@apollo/client/utilities';
import { hasCode } from '../lib/graphql-errors';
import { configurePrefetch, isPrefetch, prefetchLink } from './prefetch';

let onUnauthenticated: () => void = () => undefined;

/** The router registers how to send the user to the login page when the session has ended. */
export function setUnauthenticatedHandler(handler: () => void): void {
  onUnauthenticated = handler;
}

let onMfaEnrolmentRequired: () => void = () => undefined;

/** The router registers what to do when the municipality's policy now requires two-step verification. */
export function setMfaEnrolmentRequiredHandler(handler: () => void): void {
  onMfaEnrolmentRequired = handler;
}

const errorLink = new ErrorLink(({ error, operation }) => {
  if (isPrefetch(operation)) return; // a start-up query: the page that takes its answer reacts (prefetch.ts)
  if (hasCode(error, 'UNAUTHENTICATED')) onUnauthenticated();
  else if (hasCode(error, 'MFA_ENROLMENT_REQUIRED')) onMfaEnrolmentRequired();
});

// Same-origin: the dev/preview server (and the production ingress) proxies /graphql to the API,
// so the httpOnly session cookie is sent without CORS.
const httpLink = new HttpLink({ uri: '/graphql', credentials: 'same-origin' });

export const client = new ApolloClient({
  link: ApolloLink.from([errorLink, prefetchLink, httpLink]),
  cache: new InMemoryCache({
    typePolicies: {
      Query: {
        fields: {
          teams: relayStylePagination(),
          users: relayStylePagination(),
          accessLog: relayStylePagination(['filter']),
          notifications: relayStylePagination(['unreadOnly']),
          groupSessions: relayStylePagination(['teamId']),
        },
      },
      Team: {
        fields: {
          members: relayStylePagination(),
          citizens: relayStylePagination(['status', 'search']),
        },
      },
    },
  }),
});

// Start-up queries (prefetch.ts): their answer passes the error link when a page's operation takes it.
configurePrefetch(client);
