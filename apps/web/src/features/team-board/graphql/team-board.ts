import { graphql } from '../../../gql';

export const TeamBoardEntryFieldsFragment = graphql(`
  fragment TeamBoardEntryFields on TeamBoardEntry {
    id
    citizenId
    citizenName
    reason
    placedOn
    daysOnBoard
    removedOn
    removedReason
    contacts {
      id
      memberId
      memberName
      agreement
    }
    latestNotes {
      id
      text
      writtenByName
      createdAt
    }
  }
`);

export const TeamBoardPageDocument = graphql(`
  query TeamBoardPage($teamId: ID!) {
    team(id: $teamId) {
      id
      name
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
    }
    teamBoard(teamId: $teamId) {
      ...TeamBoardEntryFields
    }
  }
`);

export const PutOnBoardDocument = graphql(`
  mutation PutOnBoard($input: PutOnTeamBoardInput!) {
    putCitizenOnTeamBoard(input: $input) {
      ...TeamBoardEntryFields
    }
  }
`);

export const AddBoardContactDocument = graphql(`
  mutation AddBoardContact($input: AddTeamBoardContactInput!) {
    addTeamBoardContact(input: $input) {
      ...TeamBoardEntryFields
    }
  }
`);

export const AddBoardNoteDocument = graphql(`
  mutation AddBoardNote($input: AddTeamBoardNoteInput!) {
    addTeamBoardNote(input: $input) {
      ...TeamBoardEntryFields
    }
  }
`);

export const TakeOffBoardDocument = graphql(`
  mutation TakeOffBoard($input: TakeOffTeamBoardInput!) {
    takeCitizenOffTeamBoard(input: $input) {
      ...TeamBoardEntryFields
    }
  }
`);
