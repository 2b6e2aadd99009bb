import { graphql } from '../../../gql';

export const MeetingRhythmFieldsFragment = graphql(`
  fragment MeetingRhythmFields on MeetingRhythm {
    teamId
    cadence
    weekday
    startTime
    endTime
    place
    reviewEveryMeetings
  }
`);

export const TeamMeetingsPageDocument = graphql(`
  query TeamMeetingsPage($teamId: ID!) {
    team(id: $teamId) {
      id
      name
    }
    teamMeetingRhythm(teamId: $teamId) {
      ...MeetingRhythmFields
    }
    upcoming: teamMeetings(teamId: $teamId, period: UPCOMING, first: 20) {
      edges {
        node {
          id
          startsAt
          whenText
          place
          agendaPreparedAt
          heldAt
        }
      }
    }
    past: teamMeetings(teamId: $teamId, period: PAST, first: 20) {
      edges {
        node {
          id
          whenText
          place
          heldAt
        }
      }
    }
  }
`);

export const SetMeetingRhythmDocument = graphql(`
  mutation SetMeetingRhythm($input: SetMeetingRhythmInput!) {
    setTeamMeetingRhythm(input: $input) {
      ...MeetingRhythmFields
    }
  }
`);

export const CreateTeamMeetingDocument = graphql(`
  mutation CreateTeamMeeting($input: CreateTeamMeetingInput!) {
    createTeamMeeting(input: $input) {
      id
    }
  }
`);

export const CreateMeetingsFromRhythmDocument = graphql(`
  mutation CreateMeetingsFromRhythm($input: CreateMeetingsFromRhythmInput!) {
    createTeamMeetingsFromRhythm(input: $input) {
      id
    }
  }
`);

export const MeetingDetailFieldsFragment = graphql(`
  fragment MeetingDetailFields on TeamMeetingDetail {
    id
    teamId
    teamName
    whenText
    place
    heldAt
    agendaPreparedAt
    items {
      ...MeetingItemFields
    }
    citizenItems {
      ...MeetingItemFields
    }
    attendance {
      memberId
      name
      discipline
      present
    }
  }
`);

export const MeetingItemFieldsFragment = graphql(`
  fragment MeetingItemFields on TeamMeetingItem {
    id
    source
    reason
    title
    citizenId
    citizenName
    position
    addedByName
    note
    citizenAttends
    decisions {
      id
      text
      decidedByName
    }
    tasks {
      id
      description
      dueDate
      assigneeName
      done
    }
  }
`);

export const TeamMeetingDocument = graphql(`
  query TeamMeeting($id: ID!) {
    teamMeeting(id: $id) {
      ...MeetingDetailFields
    }
  }
`);

export const TeamMeetingMinutesDocument = graphql(`
  query TeamMeetingMinutes($id: ID!) {
    teamMeetingMinutes(id: $id) {
      ...MeetingDetailFields
    }
  }
`);

export const MeetingTeamOptionsDocument = graphql(`
  query MeetingTeamOptions($teamId: ID!) {
    team(id: $teamId) {
      id
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

export const PrepareAgendaDocument = graphql(`
  mutation PrepareAgenda($id: ID!) {
    prepareTeamMeetingAgenda(meetingId: $id) {
      ...MeetingDetailFields
    }
  }
`);

export const AddMeetingItemDocument = graphql(`
  mutation AddMeetingItem($input: AddMeetingItemInput!) {
    addTeamMeetingItem(input: $input) {
      ...MeetingDetailFields
    }
  }
`);

export const UpdateMeetingItemDocument = graphql(`
  mutation UpdateMeetingItem($input: UpdateMeetingItemInput!) {
    updateTeamMeetingItem(input: $input) {
      ...MeetingItemFields
    }
  }
`);

export const RecordAttendanceDocument = graphql(`
  mutation RecordAttendance($input: RecordAttendanceInput!) {
    recordTeamMeetingAttendance(input: $input) {
      ...MeetingDetailFields
    }
  }
`);

export const AddDecisionDocument = graphql(`
  mutation AddDecision($input: AddDecisionInput!) {
    addMeetingDecision(input: $input) {
      id
    }
  }
`);

export const AddTaskDocument = graphql(`
  mutation AddTask($input: AddFollowUpTaskInput!) {
    addFollowUpTask(input: $input) {
      id
    }
  }
`);

export const CloseMeetingDocument = graphql(`
  mutation CloseMeeting($id: ID!) {
    closeTeamMeeting(meetingId: $id) {
      ...MeetingDetailFields
    }
  }
`);

export const MyTasksDocument = graphql(`
  query MyTasks($includeDone: Boolean) {
    myFollowUpTasks(includeDone: $includeDone, first: 100) {
      edges {
        node {
          id
          description
          dueDate
          done
          overdue
          citizenId
          citizenName
          meetingId
          meetingStartsAt
        }
      }
    }
  }
`);

export const CompleteTaskDocument = graphql(`
  mutation CompleteTask($input: CompleteFollowUpTaskInput!) {
    completeFollowUpTask(input: $input) {
      id
      done
      doneAt
      overdue
    }
  }
`);

export const CitizenMeetingsDocument = graphql(`
  query CitizenMeetings($id: ID!) {
    citizen(id: $id) {
      id
      crisisFlag {
        id
        reason
        raisedByName
        raisedAt
      }
      teamBoardEntry {
        id
        reason
        placedOn
        daysOnBoard
      }
      followUpTasks {
        id
        description
        dueDate
        assigneeName
        overdue
      }
      meetingDecisions {
        id
        text
        meetingStartsAt
        decidedByName
      }
      networkMeetings {
        id
        whenText
        purpose
        hasSummary
      }
    }
  }
`);

export const RaiseCrisisDocument = graphql(`
  mutation RaiseCrisis($input: RaiseCrisisFlagInput!) {
    raiseCrisisFlag(input: $input) {
      id
      crisisFlag {
        id
        reason
        raisedByName
        raisedAt
      }
    }
  }
`);

export const ClearCrisisDocument = graphql(`
  mutation ClearCrisis($id: ID!) {
    clearCrisisFlag(citizenId: $id) {
      id
      crisisFlag {
        id
      }
    }
  }
`);
