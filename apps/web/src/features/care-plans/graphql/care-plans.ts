import { graphql } from '../../../gql';

export const PlanVersionFieldsFragment = graphql(`
  fragment PlanVersionFields on CarePlanVersion {
    id
    number
    status
    revision
    previousVersionId
    citizenWords
    nextFollowUpOn
    followUpState
    agreedOn
    agreedHow
    participants
    agreedByName
    updatedByName
    updatedAt
    goals {
      id
      goalKey
      citizenWords
      status
      stageOfChange
      lifeArea {
        id
        name
        tracksStageOfChange
      }
      steps {
        id
        description
        dueOn
        responsibleMember {
          id
          discipline
          user {
            id
            name
          }
        }
      }
    }
    declinedAreas {
      id
      citizenWords
      lifeArea {
        id
        name
      }
    }
  }
`);

/** The plan, consents, relatives and latest changes for the citizen overview. */
export const CitizenPlanOverviewDocument = graphql(`
  query CitizenPlanOverview($id: ID!) {
    citizen(id: $id) {
      id
      carePlan {
        current {
          ...PlanVersionFields
        }
        draft {
          id
          number
          updatedAt
          updatedByName
        }
        versions {
          id
        }
      }
      consents {
        id
        partner
        purpose
        validFrom
        validTo
        withdrawnOn
        state
        agreement {
          id
          partnerName
        }
      }
      relatives {
        id
        name
        relation
        wantsInvolved
        phone
      }
      latestChanges {
        id
        operation
        actorName
        occurredAt
      }
    }
  }
`);

export const CarePlanPageDocument = graphql(`
  query CarePlanPage($citizenId: ID!) {
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
      carePlan {
        current {
          ...PlanVersionFields
        }
        draft {
          ...PlanVersionFields
        }
        versions {
          id
          number
          status
          agreedOn
          agreedHow
          createdAt
        }
      }
    }
    lifeAreas {
      id
      name
      tracksStageOfChange
    }
  }
`);

export const CarePlanVersionDocument = graphql(`
  query CarePlanVersion($id: ID!) {
    carePlanVersion(id: $id) {
      ...PlanVersionFields
      citizen {
        id
        name
      }
    }
  }
`);

export const CarePlanDiffDocument = graphql(`
  query CarePlanDiff($from: ID!, $to: ID!) {
    carePlanDiff(fromVersionId: $from, toVersionId: $to) {
      kind
      goalKey
      lifeAreaName
      before
      after
    }
  }
`);

export const CarePlanPrintDocument = graphql(`
  query CarePlanPrint($citizenId: ID!) {
    citizen(id: $citizenId) {
      id
      name
      carePlan {
        current {
          ...PlanVersionFields
        }
      }
    }
  }
`);

export const StartCarePlanDraftDocument = graphql(`
  mutation StartCarePlanDraft($input: CitizenRefInput!) {
    startCarePlanDraft(input: $input) {
      ...PlanVersionFields
    }
  }
`);

export const SaveCarePlanDraftDocument = graphql(`
  mutation SaveCarePlanDraft($input: SaveCarePlanDraftInput!) {
    saveCarePlanDraft(input: $input) {
      ...PlanVersionFields
    }
  }
`);

export const AgreeCarePlanDocument = graphql(`
  mutation AgreeCarePlan($input: AgreeCarePlanInput!) {
    agreeCarePlan(input: $input) {
      ...PlanVersionFields
    }
  }
`);

export const RecordConsentDocument = graphql(`
  mutation RecordConsent($input: RecordConsentInput!) {
    recordConsent(input: $input) {
      id
      partner
      purpose
      validFrom
      validTo
      withdrawnOn
      state
    }
  }
`);

export const WithdrawConsentDocument = graphql(`
  mutation WithdrawConsent($input: WithdrawConsentInput!) {
    withdrawConsent(input: $input) {
      id
      withdrawnOn
      state
    }
  }
`);

export const AddRelativeDocument = graphql(`
  mutation AddRelative($input: AddRelativeInput!) {
    addRelative(input: $input) {
      id
      name
      relation
      wantsInvolved
      phone
    }
  }
`);

export const UpdateRelativeDocument = graphql(`
  mutation UpdateRelative($input: UpdateRelativeInput!) {
    updateRelative(input: $input) {
      id
      wantsInvolved
    }
  }
`);
