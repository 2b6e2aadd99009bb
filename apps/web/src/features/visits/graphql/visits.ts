import { graphql } from '../../../gql';

export const VisitFieldsFragment = graphql(`
  fragment VisitFields on Visit {
    id
    plannedStart
    plannedEnd
    placeKind
    placeText
    purpose
    seriesId
    outcome
    actualMinutes
    faceToFace
    supportNetwork
    substanceTreatment
    outcomeNote
    outcomeLoggedAt
    participants {
      memberId
      userId
      name
    }
    citizen {
      id
      name
      phone
      address {
        street
        postalCode
        city
        accessNote
      }
    }
  }
`);

export const MyDayDocument = graphql(`
  query MyDay($date: String) {
    myDay(date: $date) {
      from
      to
      visits {
        ...VisitFields
      }
      doubleBookings {
        memberId
        memberName
        visitIds
      }
    }
  }
`);

export const MyWeekDocument = graphql(`
  query MyWeek($weekOf: String) {
    myWeek(weekOf: $weekOf) {
      from
      to
      visits {
        ...VisitFields
      }
      doubleBookings {
        memberId
        memberName
        visitIds
      }
    }
  }
`);

export const TeamVisitsDocument = graphql(`
  query TeamVisits($teamId: ID!, $weekOf: String) {
    team(id: $teamId) {
      id
      name
      notSeenThresholdDays
    }
    notSeenCitizens(teamId: $teamId) {
      thresholdDays
      citizens {
        daysSince
        lastFaceToFaceAt
        nextVisitAt
        citizen {
          id
          name
        }
      }
    }
    teamWeek(teamId: $teamId, weekOf: $weekOf) {
      from
      to
      visits {
        ...VisitFields
      }
      doubleBookings {
        memberId
        memberName
        visitIds
      }
    }
  }
`);

export const VisitDocument = graphql(`
  query Visit($id: ID!) {
    visit(id: $id) {
      ...VisitFields
    }
  }
`);

/** What the planning form needs: the citizen's team and its members. */
export const PlanVisitOptionsDocument = graphql(`
  query PlanVisitOptions($citizenId: ID!) {
    citizen(id: $citizenId) {
      id
      name
      status
      team {
        id
        name
        members(first: 100) {
          edges {
            node {
              id
              discipline
              user {
                id
                name
              }
            }
          }
        }
      }
    }
  }
`);

export const PlanVisitDocument = graphql(`
  mutation PlanVisit($input: PlanVisitInput!) {
    planVisit(input: $input) {
      created
      visit {
        ...VisitFields
      }
      series {
        id
        rrule
        materialisedUntil
      }
      doubleBookings {
        memberId
        memberName
        visitIds
      }
    }
  }
`);

export const MoveVisitDocument = graphql(`
  mutation MoveVisit($input: MoveVisitInput!) {
    moveVisit(input: $input) {
      visit {
        ...VisitFields
      }
      doubleBookings {
        memberId
        memberName
        visitIds
      }
    }
  }
`);

export const LogVisitOutcomeDocument = graphql(`
  mutation LogVisitOutcome($input: LogVisitOutcomeInput!) {
    logVisitOutcome(input: $input) {
      ...VisitFields
    }
  }
`);

export const StopVisitSeriesDocument = graphql(`
  mutation StopVisitSeries($input: StopVisitSeriesInput!) {
    stopVisitSeries(input: $input) {
      seriesId
      removed
    }
  }
`);

export const SetNotSeenThresholdDocument = graphql(`
  mutation SetNotSeenThreshold($input: SetNotSeenThresholdInput!) {
    setNotSeenThreshold(input: $input) {
      id
      notSeenThresholdDays
    }
  }
`);

export const CitizenVisitOverviewDocument = graphql(`
  query CitizenVisitOverview($id: ID!) {
    citizen(id: $id) {
      id
      visitOverview {
        lastVisits {
          id
          plannedStart
          plannedEnd
          placeKind
          placeText
          outcome
          actualMinutes
          faceToFace
        }
        nextVisits {
          id
          plannedStart
          plannedEnd
          placeKind
          placeText
          participants {
            memberId
            name
          }
        }
        measures {
          distinctStaffLastTwoWeeks
          daysSinceLastFaceToFace
          outsideOfficeShare
          weeks {
            week
            weekStart
            contacts
            faceToFaceContacts
            faceToFaceMinutes
          }
        }
      }
    }
  }
`);

export const MyCalendarFeedDocument = graphql(`
  query MyCalendarFeed {
    myCalendarFeed {
      active
      createdAt
      lastUsedAt
    }
  }
`);

export const CreateCalendarFeedDocument = graphql(`
  mutation CreateCalendarFeed {
    createCalendarFeed {
      path
      createdAt
    }
  }
`);

export const RevokeCalendarFeedDocument = graphql(`
  mutation RevokeCalendarFeed {
    revokeCalendarFeed {
      active
      createdAt
      lastUsedAt
    }
  }
`);

export const PlanVisitCitizensDocument = graphql(`
  query PlanVisitCitizens($teamId: ID!) {
    team(id: $teamId) {
      id
      citizens(first: 100) {
        edges {
          node {
            id
            name
            status
          }
        }
      }
    }
  }
`);
