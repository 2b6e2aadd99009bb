import { graphql } from '../../../gql';

/** One item of a report as every page shows it. */
export const FidelityItemFieldsFragment = graphql(`
  fragment FidelityItemFields on FidelityItemResult {
    itemId
    subscale
    name
    definition
    unit
    kind
    needsHumanRating
    value
    rating
    unratedReason
    windowFrom
    windowTo
    rule { direction cutoffs }
    basis { key value }
    manualRating { id itemId rating note ratedOn ratedByName }
  }
`);

/** The team's report for a period (default: the 12 whole weeks before today). Team staff only. */
export const FidelityReportDocument = graphql(`
  query FidelityReport($teamId: ID!, $from: String, $to: String) {
    fidelityReport(teamId: $teamId, from: $from, to: $to) {
      teamId
      teamName
      from
      to
      modelVersionId
      modelVersionLabel
      computedAt
      total { score ratedItems items }
      subscales { subscale name score ratedItems items }
      items { ...FidelityItemFields }
    }
  }
`);

/** Weekly totals, oldest first (precomputed by the worker). */
export const FidelityTrendDocument = graphql(`
  query FidelityTrend($teamId: ID!, $weeks: Int) {
    fidelityTrend(teamId: $teamId, weeks: $weeks) {
      from
      to
      modelVersionId
      total { score ratedItems items }
    }
  }
`);

/** The records behind one item's number (team staff only; citizen rows are access-logged). */
export const FidelityDrillDownDocument = graphql(`
  query FidelityDrillDown($teamId: ID!, $itemId: String!, $from: String, $to: String) {
    fidelityDrillDown(teamId: $teamId, itemId: $itemId, from: $from, to: $to) {
      itemId
      name
      columns
      rows { cells citizenId visitId meetingId }
      basis { key value }
    }
  }
`);

export const RateFidelityItemDocument = graphql(`
  mutation RateFidelityItem($input: RateFidelityItemInput!) {
    rateFidelityItem(input: $input) { id itemId rating note ratedOn ratedByName }
  }
`);

/** The steering group's view: scores per team, no records; small teams withheld. */
export const SteeringFidelityDocument = graphql(`
  query SteeringFidelity($from: String, $to: String) {
    steeringFidelity(from: $from, to: $to) {
      teamId
      teamName
      withheld
      total { score ratedItems items }
      subscales { subscale name score ratedItems items }
      items { itemId subscale name unit kind value rating unratedReason }
    }
  }
`);

/** All teams together per week, oldest first (the steering group; small teams left out). */
export const SteeringFidelityTrendDocument = graphql(`
  query SteeringFidelityTrend($weeks: Int) {
    steeringFidelityTrend(weeks: $weeks) {
      from
      to
      modelVersionId
      total { score ratedItems items }
    }
  }
`);

/** The standard model and the municipality's own versions, the active one marked. */
export const FidelityModelVersionsDocument = graphql(`
  query FidelityModelVersions {
    fidelityModelVersions {
      versionId
      label
      basedOn
      createdAt
      active
      items { itemId subscale name definition unit kind windowMonths rule { direction cutoffs } }
    }
  }
`);

export const DeriveFidelityModelVersionDocument = graphql(`
  mutation DeriveFidelityModelVersion($input: DeriveFidelityModelVersionInput!) {
    deriveFidelityModelVersion(input: $input) { versionId label basedOn createdAt active }
  }
`);

export const ActivateFidelityModelVersionDocument = graphql(`
  mutation ActivateFidelityModelVersion($versionId: String!) {
    activateFidelityModelVersion(versionId: $versionId) { versionId active }
  }
`);
