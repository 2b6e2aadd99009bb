import { graphql } from '../../../gql';

/** One team's figures (and the "Alle teams" row, which has the same shape). */
export const DashboardTeamFieldsFragment = graphql(`
  fragment DashboardTeamFields on DashboardTeam {
    teamId
    teamName
    suppressed
    averagePrimaryFte
    membersOverCapacity
    exceptionsInForce
    notSeenThresholdDays
    caseloadRatio { value suppressed }
    averageCitizens { value suppressed }
    citizensActive { value suppressed }
    citizensWaiting { value suppressed }
    citizensStarted { value suppressed }
    citizensEnded { value suppressed }
    faceToFacePerCitizenWeek { value suppressed }
    agreedPlanShare { value suppressed }
    followUpOnTimeShare { value suppressed }
    notSeenShare { value suppressed }
    meetings { kind planned held notHeld notMarked cancelled }
    transitions {
      referrals { value suppressed }
      admissions { value suppressed }
      discharges { value suppressed }
      returns { value suppressed }
      withdrawn { value suppressed }
      medianWaitDays { value suppressed }
    }
  }
`);

/** Aggregates only: no citizen, no member; small groups come back withheld (suppressed). */
export const SteeringDashboardDocument = graphql(`
  query SteeringDashboard($from: String!, $to: String!) {
    steeringDashboard(from: $from, to: $to) {
      from
      to
      days
      weeks
      readingDay
      minGroupSize
      teams {
        ...DashboardTeamFields
      }
      allTeams {
        ...DashboardTeamFields
      }
      phases { phase items done notRelevant inProgress progress }
      latestReadinessRound {
        roundId
        title
        opensOn
        closesOn
        submitted
        invited
        suppressed
        drivers { driver mean { value suppressed } }
      }
    }
  }
`);

export const TenantSettingsDocument = graphql(`
  query TenantSettings {
    tenantSettings { minGroupSize accessLogRetentionMonths mfaPolicy }
  }
`);

export const SetAccessLogRetentionDocument = graphql(`
  mutation SetAccessLogRetention($months: Int!) {
    setAccessLogRetention(input: { months: $months }) { accessLogRetentionMonths }
  }
`);

export const SetMinGroupSizeDocument = graphql(`
  mutation SetMinGroupSize($input: SetMinGroupSizeInput!) {
    setMinGroupSize(input: $input) { minGroupSize }
  }
`);

export const SetMfaPolicyDocument = graphql(`
  mutation SetMfaPolicy($input: SetMfaPolicyInput!) {
    setMfaPolicy(input: $input) { minGroupSize mfaPolicy }
  }
`);
