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
    notifications(first: 5, unreadOnly: true) {
      ...UnreadNotificationsFields
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
    nextSupervision {
      id
      startsAt
      endsAt
      place
    }
  }
`);

export const UnreadNotificationsFieldsFragment = graphql(`
  fragment UnreadNotificationsFields on NotificationConnection {
    totalCount
    edges {
      node {
        id
        title
        text
        link
      }
    }
  }
`);

/** The steering group's start page: its next meeting and unread notifications. */
export const SteeringStartDocument = graphql(`
  query SteeringStart {
    startPage {
      nextSteeringMeeting {
        id
        startsAt
        endsAt
        place
      }
    }
    notifications(first: 5, unreadOnly: true) {
      ...UnreadNotificationsFields
    }
  }
`);
