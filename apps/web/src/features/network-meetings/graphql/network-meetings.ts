import { graphql } from '../../../gql';

export const NetworkMeetingFieldsFragment = graphql(`
  fragment NetworkMeetingFields on NetworkMeeting {
    id
    citizenId
    citizenName
    whenText
    place
    purpose
    invitedByName
    participants {
      id
      name
      role
      why
      chosenByCitizen
    }
    agendaPoints {
      id
      text
      fromCitizen
    }
    preparation {
      job
      network
      leisure
      housing
      coping
    }
    summary
  }
`);

export const NetworkMeetingDocument = graphql(`
  query NetworkMeeting($id: ID!) {
    networkMeeting(id: $id) {
      ...NetworkMeetingFields
    }
  }
`);

export const NewNetworkMeetingPageDocument = graphql(`
  query NewNetworkMeetingPage($citizenId: ID!) {
    citizen(id: $citizenId) {
      id
      name
      team {
        id
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
    }
  }
`);

export const CreateNetworkMeetingDocument = graphql(`
  mutation CreateNetworkMeeting($input: CreateNetworkMeetingInput!) {
    createNetworkMeeting(input: $input) {
      ...NetworkMeetingFields
    }
  }
`);

export const AddParticipantDocument = graphql(`
  mutation AddParticipant($input: AddNetworkParticipantInput!) {
    addNetworkMeetingParticipant(input: $input) {
      ...NetworkMeetingFields
    }
  }
`);

export const RemoveParticipantDocument = graphql(`
  mutation RemoveParticipant($id: ID!) {
    removeNetworkMeetingParticipant(participantId: $id) {
      ...NetworkMeetingFields
    }
  }
`);

export const AddAgendaPointDocument = graphql(`
  mutation AddAgendaPoint($input: AddNetworkAgendaPointInput!) {
    addNetworkMeetingAgendaPoint(input: $input) {
      ...NetworkMeetingFields
    }
  }
`);

export const SavePreparationDocument = graphql(`
  mutation SavePreparation($input: SaveNetworkPreparationInput!) {
    saveNetworkMeetingPreparation(input: $input) {
      ...NetworkMeetingFields
    }
  }
`);

export const SaveSummaryDocument = graphql(`
  mutation SaveSummary($input: SaveNetworkSummaryInput!) {
    saveNetworkMeetingSummary(input: $input) {
      ...NetworkMeetingFields
    }
  }
`);
