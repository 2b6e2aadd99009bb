import { graphql } from '../../../gql';

/** Everything the staff start page shows, in one request. */
export const StartPageDocument = graphql(`
  query StartPage {
    startPage {
      today
      carePlanFollowUps {
        citizenId
        citizenName
        versionId
        dueOn
        overdue
      }
      ledTeams {
        ...TeamAttentionFields
      }
    }
    myDay {
      visits {
        id
        plannedStart
        plannedEnd
        outcome
        citizen {
          id
          name
        }
      }
    }
    myFollowUpTasks(first: 30) {
      edges {
        node {
          id
          description
          dueDate
          overdue
          citizenId
          citizenName
          meetingId
        }
      }
    }
  }
`);

export const TeamAttentionFieldsFragment = graphql(`
  fragment TeamAttentionFields on TeamAttention {
    teamId
    teamName
    waitingCount
    waiting {
      citizenId
      citizenName
      days
    }
    membersAtCapacity {
      memberId
      name
      load
      allowed
      overCapacity
    }
    expiringExceptions {
      memberId
      memberName
      extra
      validUntil
    }
    notSeenThresholdDays
    notSeenCount
    notSeen {
      citizenId
      citizenName
      days
    }
    nextTeamMeeting {
      id
      startsAt
      endsAt
      place
    }
  }
`);
