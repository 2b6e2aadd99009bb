import { useMutation } from '@apollo/client/react';
import { AssignPrimaryContactDocument } from '../graphql/caseload';

/** assignPrimaryContact, then the team's caseload is fetched again before the promise settles. */
export function useAssign() {
  return useMutation(AssignPrimaryContactDocument, {
    refetchQueries: ['TeamCaseload'],
    awaitRefetchQueries: true,
  });
}
