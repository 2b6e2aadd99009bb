import { graphql } from '../../../gql';

export const OccurrenceFieldsFragment = graphql(`
  fragment OccurrenceFields on MeetingOccurrence {
    id
    seriesId
    kind
    teamId
    title
    originalDate
    date
    startsAt
    endsAt
    place
    moved
    status
    statusReason
    teamMeetingId
  }
`);

export const SeriesFieldsFragment = graphql(`
  fragment SeriesFields on MeetingSeries {
    id
    kind
    teamId
    memberId
    memberName
    title
    rule {
      rrule
      frequency
      interval
      weekdays
      monthDay
      nth
      weekday
      until
      count
    }
    startDate
    startTime
    durationMinutes
    place
    supervisorName
    supervisorEmail
    remindMinutesBefore
    endedOn
    nextOccurrences(first: 3) {
      ...OccurrenceFields
    }
  }
`);

export const HeldPlannedFieldsFragment = graphql(`
  fragment HeldPlannedFields on HeldPlannedStat {
    teamId
    teamName
    kind
    month
    planned
    held
    notHeld
    cancelled
    total
  }
`);

export const TeamSchedulePageDocument = graphql(`
  query TeamSchedulePage($teamId: ID!, $from: String!, $to: String!) {
    team(id: $teamId) {
      id
      name
    }
    meetingSeries(teamId: $teamId, includeEnded: true) {
      ...SeriesFields
    }
    teamOccurrences(teamId: $teamId, from: $from, to: $to, first: 100) {
      edges {
        node {
          ...OccurrenceFields
        }
      }
    }
  }
`);

/** The team's held/planned figures: for its leader (members do not see the aggregates). */
export const TeamHeldPlannedDocument = graphql(`
  query TeamHeldPlanned($teamId: ID!, $from: String!, $to: String!) {
    heldPlannedStats(teamId: $teamId, from: $from, to: $to) {
      ...HeldPlannedFields
    }
  }
`);

export const SteeringMeetingsPageDocument = graphql(`
  query SteeringMeetingsPage($from: String!, $to: String!, $statsFrom: String!, $statsTo: String!) {
    steeringOccurrences(from: $from, to: $to, first: 50) {
      edges {
        node {
          ...OccurrenceFields
        }
      }
    }
    heldPlannedStats(from: $statsFrom, to: $statsTo) {
      ...HeldPlannedFields
    }
  }
`);

/** The team's name and members (supervision of one member, attendees, sparring presenter). */
/** The steering group's own series (no team); apart, so the figures show even if this fails. */
export const SteeringSeriesDocument = graphql(`
  query SteeringSeries {
    meetingSeries(includeEnded: true) {
      ...SeriesFields
    }
  }
`);

export const SeriesTeamOptionsDocument = graphql(`
  query SeriesTeamOptions($teamId: ID!) {
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
    }
  }
`);

export const MeetingSeriesByIdDocument = graphql(`
  query MeetingSeriesById($id: ID!) {
    meetingSeriesById(id: $id) {
      ...SeriesFields
    }
  }
`);

export const CreateMeetingSeriesDocument = graphql(`
  mutation CreateMeetingSeries($input: CreateMeetingSeriesInput!) {
    createMeetingSeries(input: $input) {
      ...SeriesFields
    }
  }
`);

export const UpdateMeetingSeriesDocument = graphql(`
  mutation UpdateMeetingSeries($input: UpdateMeetingSeriesInput!) {
    updateMeetingSeries(input: $input) {
      ...SeriesFields
    }
  }
`);

export const EndMeetingSeriesDocument = graphql(`
  mutation EndMeetingSeries($input: EndMeetingSeriesInput!) {
    endMeetingSeries(input: $input) {
      ...SeriesFields
    }
  }
`);

export const OccurrencePageDocument = graphql(`
  query OccurrencePage($id: ID!) {
    meetingOccurrence(id: $id) {
      ...OccurrenceFields
      statusSetAt
      attendees {
        memberId
        name
      }
      sparringCase {
        presenterMemberId
        presenterName
        citizen {
          id
          name
        }
      }
      guide {
        key
        title
        intro
        points {
          key
          text
        }
      }
    }
  }
`);

/** The team's active citizens, fetched only when the leader or a member chooses a sparring case. */
export const SparringCitizensDocument = graphql(`
  query SparringCitizens($teamId: ID!) {
    team(id: $teamId) {
      id
      citizens(first: 100, status: ACTIVE) {
        edges {
          node {
            id
            name
          }
        }
      }
    }
  }
`);

export const MoveOccurrenceDocument = graphql(`
  mutation MoveOccurrence($input: MoveOccurrenceInput!) {
    moveOccurrence(input: $input) {
      ...OccurrenceFields
    }
  }
`);

export const CancelOccurrenceDocument = graphql(`
  mutation CancelOccurrence($input: OccurrenceReasonInput!) {
    cancelOccurrence(input: $input) {
      ...OccurrenceFields
    }
  }
`);

export const MarkOccurrenceHeldDocument = graphql(`
  mutation MarkOccurrenceHeld($input: MarkOccurrenceHeldInput!) {
    markOccurrenceHeld(input: $input) {
      ...OccurrenceFields
      statusSetAt
      attendees {
        memberId
        name
      }
    }
  }
`);

export const MarkOccurrenceNotHeldDocument = graphql(`
  mutation MarkOccurrenceNotHeld($input: OccurrenceReasonInput!) {
    markOccurrenceNotHeld(input: $input) {
      ...OccurrenceFields
    }
  }
`);

export const ReopenOccurrenceDocument = graphql(`
  mutation ReopenOccurrence($id: ID!) {
    reopenOccurrence(id: $id) {
      ...OccurrenceFields
    }
  }
`);

export const SetSparringCaseDocument = graphql(`
  mutation SetSparringCase($input: SetSparringCaseInput!) {
    setSparringCase(input: $input) {
      ...OccurrenceFields
    }
  }
`);
