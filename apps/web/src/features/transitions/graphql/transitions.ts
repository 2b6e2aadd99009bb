import { graphql } from '../../../gql';

export const RegionalTreatmentCoursesDocument = graphql(`
  query RegionalTreatmentCourses($citizenId: ID!) {
    regionalTreatmentCourses(citizenId: $citizenId) {
      id
      unit
      referredOn
      admittedOn
      dischargedOn
      returnedOn
      withdrawnOn
      stage
      waitingDays
      recordedByName
      version
    }
  }
`);

export const RecordRegionalReferralDocument = graphql(`
  mutation RecordRegionalReferral($input: RecordRegionalReferralInput!) {
    recordRegionalReferral(input: $input) {
      id
    }
  }
`);

export const UpdateRegionalTreatmentCourseDocument = graphql(`
  mutation UpdateRegionalTreatmentCourse($input: UpdateRegionalTreatmentCourseInput!) {
    updateRegionalTreatmentCourse(input: $input) {
      id
      version
    }
  }
`);
