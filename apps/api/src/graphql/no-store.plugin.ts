import type { ApolloServerPlugin } from '@apollo/server';

/**
 * Every GraphQL answer is `Cache-Control: no-store` (it may hold citizen data). Apollo's cache
 * control plugin used to say so, but it also wraps every field of every answer to collect cache
 * hints nobody sets: on the team week's ~1,000 visits that per-field work was a large part of
 * the API's CPU (docs/performance.md, "Work on the budgets, part 2"). It is switched off in
 * graphqlOptions and this plugin sets the header once per response instead.
 */
export function noStorePlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          response.http.headers.set('cache-control', 'no-store');
        },
      };
    },
  };
}
