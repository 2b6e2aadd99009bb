import type { TeamCaseloadQuery } from '../../gql/graphql';

export type TeamCaseloadData = TeamCaseloadQuery['teamCaseload'];
export type MemberLoad = TeamCaseloadData['members'][number];
export type WaitingItem = TeamCaseloadData['waiting'][number];

/** Tells the page what just succeeded; it says it in a live region and keeps focus in place. */
export type AnnounceFn = (message: string) => void;
