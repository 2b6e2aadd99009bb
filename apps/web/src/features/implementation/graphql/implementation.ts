import { graphql } from '../../../gql';

export const ChecklistItemFieldsFragment = graphql(`
  fragment ChecklistItemFields on ChecklistItem {
    id
    phase
    fromGuide
    text
    status
    statusReason
    owner
    dueOn
    overdue
    evidenceNote
    evidenceUrl
    evidenceRecords {
      kind
      id
      label
      roleId
    }
    completedAt
    version
  }
`);

export const ImplementationPhasesDocument = graphql(`
  query ImplementationPhases {
    implementationPhases {
      phase
      number
      title
      summary
      progress {
        total
        done
        notRelevant
        inProgress
        notStarted
        percent
        state
      }
      items {
        ...ChecklistItemFields
      }
      lastRevisit {
        id
        reason
        actorName
        at
      }
    }
  }
`);

export const EvidenceOptionsDocument = graphql(`
  query ImplementationEvidenceOptions {
    implementationEvidenceOptions {
      agreements {
        id
        label
      }
      readinessRounds {
        id
        label
      }
      functionDescriptions {
        id
        label
      }
    }
  }
`);

export const ChecklistItemHistoryDocument = graphql(`
  query ChecklistItemHistory($itemId: ID!) {
    checklistItemHistory(itemId: $itemId) {
      id
      action
      fromStatus
      toStatus
      reason
      changedFields
      actorName
      at
    }
  }
`);

export const PhaseHistoryDocument = graphql(`
  query ImplementationPhaseHistory($phase: ImplementationPhase!) {
    implementationPhaseHistory(phase: $phase, first: 50) {
      id
      action
      itemText
      fromStatus
      toStatus
      reason
      changedFields
      actorName
      at
    }
  }
`);

export const AddChecklistItemDocument = graphql(`
  mutation AddChecklistItem($input: AddChecklistItemInput!) {
    addChecklistItem(input: $input) {
      ...ChecklistItemFields
    }
  }
`);

export const UpdateChecklistItemDocument = graphql(`
  mutation UpdateChecklistItem($input: UpdateChecklistItemInput!) {
    updateChecklistItem(input: $input) {
      ...ChecklistItemFields
    }
  }
`);

export const SetChecklistItemStatusDocument = graphql(`
  mutation SetChecklistItemStatus($input: SetChecklistStatusInput!) {
    setChecklistItemStatus(input: $input) {
      ...ChecklistItemFields
    }
  }
`);

export const ReopenChecklistItemDocument = graphql(`
  mutation ReopenChecklistItem($input: ReopenChecklistItemInput!) {
    reopenChecklistItem(input: $input) {
      ...ChecklistItemFields
    }
  }
`);

export const RemoveChecklistItemDocument = graphql(`
  mutation RemoveChecklistItem($input: RemoveChecklistItemInput!) {
    removeChecklistItem(input: $input) {
      phase
    }
  }
`);

export const RevisitPhaseDocument = graphql(`
  mutation RevisitImplementationPhase($input: RevisitPhaseInput!) {
    revisitImplementationPhase(input: $input) {
      phase
    }
  }
`);

export const ActivityFieldsFragment = graphql(`
  fragment ActivityFields on ImplementationActivity {
    id
    focusArea
    title
    purpose
    owner
    startsOn
    deadline
    milestone
    expectedResult
    status
    position
    overdue
    version
  }
`);

export const ImplementationPlanDocument = graphql(`
  query ImplementationPlan {
    implementationPlan {
      today
      months
      overdueCount
      suggestedFocusAreas
      focusAreas {
        name
        activities {
          ...ActivityFields
        }
      }
    }
  }
`);

export const SaveActivityDocument = graphql(`
  mutation SaveImplementationActivity($input: SaveActivityInput!) {
    saveImplementationActivity(input: $input) {
      ...ActivityFields
    }
  }
`);

export const RemoveActivityDocument = graphql(`
  mutation RemoveImplementationActivity($id: ID!) {
    removeImplementationActivity(id: $id) {
      overdueCount
    }
  }
`);

export const ResponsibilitiesDocument = graphql(`
  query ImplementationResponsibilities {
    implementationResponsibilities {
      group
      label
      lines {
        id
        group
        text
        fromGuide
      }
    }
  }
`);

export const SaveResponsibilityDocument = graphql(`
  mutation SaveResponsibility($input: SaveResponsibilityInput!) {
    saveResponsibility(input: $input) {
      group
    }
  }
`);

export const RemoveResponsibilityDocument = graphql(`
  mutation RemoveResponsibility($id: ID!) {
    removeResponsibility(id: $id) {
      group
    }
  }
`);
