import { graphql } from '../../../gql';

/** The team's balancing view: load per member, ratio, intake queue and alerts. */
export const TeamCaseloadDocument = graphql(`
  query TeamCaseload($teamId: ID!) {
    teamCaseload(teamId: $teamId) {
      teamId
      teamName
      activeCitizens
      primaryFte
      ratio
      ratioWithinLimit
      alerts {
        id
        kind
        message
      }
      members {
        name
        load
        capacity
        allowed
        utilisation
        overCapacity
        member {
          id
          discipline
          fte
          isTeamLeader
          user {
            id
          }
        }
        exception {
          id
          extra
          reason
          validUntil
          grantedByName
        }
        citizens {
          id
          name
          status
        }
      }
      waiting {
        daysWaiting
        citizen {
          id
          name
          status
        }
        admission {
          allMet
          assessedAt
        }
      }
    }
  }
`);

/** Moves that bring everyone within capacity and place waiting citizens; nothing is changed yet. */
export const ProposeRebalancingDocument = graphql(`
  query ProposeRebalancing($teamId: ID!) {
    proposeRebalancing(teamId: $teamId) {
      stillWaiting
      stillOver
      moves {
        citizenId
        citizenName
        fromMemberId
        fromMemberName
        toMemberId
        toMemberName
        reason
        basis
      }
    }
  }
`);

export const AssignPrimaryContactDocument = graphql(`
  mutation AssignPrimaryContact($input: AssignPrimaryContactInput!) {
    assignPrimaryContact(input: $input) {
      id
      status
      primaryContact {
        id
        memberId
        memberName
        startedAt
      }
    }
  }
`);

export const SetMemberFteDocument = graphql(`
  mutation SetMemberFte($input: SetMemberFteInput!) {
    setMemberFte(input: $input) {
      id
      fte
    }
  }
`);

export const GrantCaseloadExceptionDocument = graphql(`
  mutation GrantCaseloadException($input: GrantCaseloadExceptionInput!) {
    grantCaseloadException(input: $input) {
      id
      memberId
      extra
      reason
      validUntil
    }
  }
`);

/** Primary contact, its history, other contacts and admission criteria, shown on the citizen page. */
export const CitizenCaseloadFieldsFragment = graphql(`
  fragment CitizenCaseloadFields on Citizen {
    primaryContact {
      id
      memberId
      memberName
      startedAt
      assignedByName
    }
    primaryContactHistory {
      id
      memberName
      startedAt
      endedAt
      assignedByName
      endReason
      endKind
    }
    secondaryContacts {
      id
      discipline
      user {
        id
        name
      }
    }
    admission {
      isAdult
      hasMentalIllness
      hasSubstanceUse
      notHeldByOrdinaryServices
      wantsSupport
      allMet
      note
      assessedAt
    }
  }
`);

export const RecordAdmissionDocument = graphql(`
  mutation RecordAdmission($input: RecordAdmissionInput!) {
    recordAdmission(input: $input) {
      id
      ...CitizenCaseloadFields
    }
  }
`);

/** Aggregates per team for the steering group: no names; small teams' citizen figures withheld. */
export const CaseloadSummariesDocument = graphql(`
  query CaseloadSummaries {
    caseloadSummaries {
      teamId
      teamName
      suppressed
      activeCitizens
      primaryFte
      ratio
      waiting
      membersOverCapacity
      exceptionsInForce
    }
  }
`);
