import { graphql } from '../../../gql';

export const ReadinessRoundFieldsFragment = graphql(`
  fragment ReadinessRoundFields on ReadinessRound {
    id
    title
    opensOn
    closesOn
    closedAt
    status
    invited
    submitted
    submittedSuppressed
    minGroupSize
    invitedByGroup {
      group
      invited
    }
    strengths
    weaknesses
    opportunities
    threats
  }
`);

export const MyReadinessRoundFieldsFragment = graphql(`
  fragment MyReadinessRoundFields on MyReadinessRound {
    roundId
    title
    opensOn
    closesOn
    status
    group
    submittedAt
    statementCount
    answered
  }
`);

export const ReadinessOverviewDocument = graphql(`
  query ReadinessOverview {
    readinessRounds {
      ...ReadinessRoundFields
    }
    myReadinessRounds {
      ...MyReadinessRoundFields
    }
  }
`);

export const MyReadinessRoundsDocument = graphql(`
  query MyReadinessRounds {
    myReadinessRounds {
      ...MyReadinessRoundFields
    }
  }
`);

export const MyReadinessRoundDocument = graphql(`
  query MyReadinessRound($roundId: ID!) {
    myReadinessRound(roundId: $roundId) {
      ...MyReadinessRoundFields
      answers {
        roundStatementId
        driver
        text
        score
        dontKnow
        comment
      }
    }
  }
`);

export const SaveReadinessAnswersDocument = graphql(`
  mutation SaveReadinessAnswers($input: SaveReadinessAnswersInput!) {
    saveReadinessAnswers(input: $input) {
      ...MyReadinessRoundFields
    }
  }
`);

export const SubmitReadinessAnswersDocument = graphql(`
  mutation SubmitReadinessAnswers($input: SaveReadinessAnswersInput!) {
    submitReadinessAnswers(input: $input) {
      ...MyReadinessRoundFields
    }
  }
`);

export const ReadinessCandidatesDocument = graphql(`
  query ReadinessCandidates {
    readinessCandidates {
      minGroupSize
      people {
        userId
        name
        group
      }
      teams {
        teamId
        name
        members
      }
    }
  }
`);

export const OpenReadinessRoundDocument = graphql(`
  mutation OpenReadinessRound($input: OpenReadinessRoundInput!) {
    openReadinessRound(input: $input) {
      ...ReadinessRoundFields
    }
  }
`);


export const ReadinessRoundPageDocument = graphql(`
  query ReadinessRoundPage($id: ID!) {
    readinessRound(id: $id) {
      ...ReadinessRoundFields
    }
    readinessRounds {
      id
      title
      opensOn
      closesOn
      status
    }
    readinessResults(roundId: $id) {
      available
      suppressed
      submitted
      minGroupSize
      groupsSuppressed
      groups {
        group
        submitted
        drivers {
          driver
          figures {
            mean
          }
        }
      }
      drivers {
        driver
        figures {
          answers
          dontKnowShare
          mean
          standardDeviation
          min
          max
          suppressed
        }
      }
      statements {
        roundStatementId
        driver
        text
        comments
        figures {
          answers
          dontKnowShare
          mean
          standardDeviation
          min
          max
          suppressed
        }
      }
    }
  }
`);

export const ReadinessComparisonDocument = graphql(`
  query ReadinessComparison($input: CompareReadinessRoundsInput!) {
    readinessComparison(input: $input) {
      rounds {
        id
        title
        closesOn
        suppressed
      }
      drivers {
        driver
        text
        means
      }
      statements {
        statementId
        driver
        text
        means
      }
    }
  }
`);

export const CloseReadinessRoundDocument = graphql(`
  mutation CloseReadinessRound($id: ID!) {
    closeReadinessRound(id: $id) {
      ...ReadinessRoundFields
    }
  }
`);

export const SaveReadinessSwotDocument = graphql(`
  mutation SaveReadinessSwot($input: ReadinessSwotInput!) {
    saveReadinessSwot(input: $input) {
      ...ReadinessRoundFields
    }
  }
`);

export const ReadinessStatementsDocument = graphql(`
  query ReadinessStatements {
    readinessStatements {
      id
      driver
      text
      isDefault
      retiredAt
    }
  }
`);

export const AddReadinessStatementDocument = graphql(`
  mutation AddReadinessStatement($input: AddReadinessStatementInput!) {
    addReadinessStatement(input: $input) {
      id
    }
  }
`);

export const RewordReadinessStatementDocument = graphql(`
  mutation RewordReadinessStatement($input: RewordReadinessStatementInput!) {
    rewordReadinessStatement(input: $input) {
      id
      text
    }
  }
`);

export const RetireReadinessStatementDocument = graphql(`
  mutation RetireReadinessStatement($id: ID!) {
    retireReadinessStatement(id: $id) {
      id
      retiredAt
    }
  }
`);
