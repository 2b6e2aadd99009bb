/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment AccessLogEntryFields on AccessLogEntry {\n    id\n    occurredAt\n    actorName\n    actorId\n    citizenId\n    criterion\n    operation\n    requestId\n  }\n": typeof types.AccessLogEntryFieldsFragmentDoc,
    "\n  query AccessLog($filter: AccessLogFilter, $first: Int!, $after: String) {\n    accessLog(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...AccessLogEntryFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.AccessLogDocument,
    "\n  query AccessLogExtract($cpr: String!) {\n    accessLogExtract(cpr: $cpr) {\n      ...AccessLogEntryFields\n    }\n  }\n": typeof types.AccessLogExtractDocument,
    "\n  query AdminUsers($first: Int!, $after: String) {\n    users(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          name\n          email\n          role\n          disabled\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.AdminUsersDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      name\n      email\n      role\n      disabled\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  query AdminTeams($first: Int!, $after: String) {\n    teams(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          name\n          activeCitizenCount\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.AdminTeamsDocument,
    "\n  mutation CreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      id\n      name\n      activeCitizenCount\n    }\n  }\n": typeof types.CreateTeamDocument,
    "\n  query AdminTeam($id: ID!) {\n    team(id: $id) {\n      id\n      name\n      members(first: 100) {\n        totalCount\n        edges {\n          cursor\n          node {\n            id\n            discipline\n            fte\n            isTeamLeader\n            user {\n              id\n              name\n              email\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.AdminTeamDocument,
    "\n  mutation AddTeamMember($input: AddTeamMemberInput!) {\n    addTeamMember(input: $input) {\n      id\n      discipline\n      fte\n      isTeamLeader\n      user {\n        id\n        name\n      }\n    }\n  }\n": typeof types.AddTeamMemberDocument,
    "\n  fragment ViewerFields on Viewer {\n    id\n    name\n    email\n    role\n    tenantName\n    teams {\n      id\n      name\n      isTeamLeader\n    }\n  }\n": typeof types.ViewerFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  query TeamCaseload($teamId: ID!) {\n    teamCaseload(teamId: $teamId) {\n      teamId\n      teamName\n      activeCitizens\n      primaryFte\n      ratio\n      ratioWithinLimit\n      alerts {\n        id\n        kind\n        message\n      }\n      members {\n        name\n        load\n        capacity\n        allowed\n        utilisation\n        overCapacity\n        member {\n          id\n          discipline\n          fte\n          isTeamLeader\n          user {\n            id\n          }\n        }\n        exception {\n          id\n          extra\n          reason\n          validUntil\n          grantedByName\n        }\n        citizens {\n          id\n          name\n          status\n        }\n      }\n      waiting {\n        daysWaiting\n        citizen {\n          id\n          name\n          status\n        }\n        admission {\n          allMet\n          assessedAt\n        }\n      }\n    }\n  }\n": typeof types.TeamCaseloadDocument,
    "\n  query ProposeRebalancing($teamId: ID!) {\n    proposeRebalancing(teamId: $teamId) {\n      stillWaiting\n      stillOver\n      moves {\n        citizenId\n        citizenName\n        fromMemberId\n        fromMemberName\n        toMemberId\n        toMemberName\n        reason\n        basis\n      }\n    }\n  }\n": typeof types.ProposeRebalancingDocument,
    "\n  mutation AssignPrimaryContact($input: AssignPrimaryContactInput!) {\n    assignPrimaryContact(input: $input) {\n      id\n      status\n      primaryContact {\n        id\n        memberId\n        memberName\n        startedAt\n      }\n    }\n  }\n": typeof types.AssignPrimaryContactDocument,
    "\n  mutation SetMemberFte($input: SetMemberFteInput!) {\n    setMemberFte(input: $input) {\n      id\n      fte\n    }\n  }\n": typeof types.SetMemberFteDocument,
    "\n  mutation GrantCaseloadException($input: GrantCaseloadExceptionInput!) {\n    grantCaseloadException(input: $input) {\n      id\n      memberId\n      extra\n      reason\n      validUntil\n    }\n  }\n": typeof types.GrantCaseloadExceptionDocument,
    "\n  fragment CitizenCaseloadFields on Citizen {\n    primaryContact {\n      id\n      memberId\n      memberName\n      startedAt\n      assignedByName\n    }\n    primaryContactHistory {\n      id\n      memberName\n      startedAt\n      endedAt\n      assignedByName\n      endReason\n    }\n    secondaryContacts {\n      id\n      discipline\n      user {\n        id\n        name\n      }\n    }\n    admission {\n      isAdult\n      hasMentalIllness\n      hasSubstanceUse\n      notHeldByOrdinaryServices\n      wantsSupport\n      allMet\n      note\n      assessedAt\n    }\n  }\n": typeof types.CitizenCaseloadFieldsFragmentDoc,
    "\n  mutation RecordAdmission($input: RecordAdmissionInput!) {\n    recordAdmission(input: $input) {\n      id\n      ...CitizenCaseloadFields\n    }\n  }\n": typeof types.RecordAdmissionDocument,
    "\n  query CaseloadSummaries {\n    caseloadSummaries {\n      teamId\n      teamName\n      activeCitizens\n      primaryFte\n      ratio\n      waiting\n      membersOverCapacity\n      exceptionsInForce\n    }\n  }\n": typeof types.CaseloadSummariesDocument,
    "\n  query CitizenPage($id: ID!) {\n    citizen(id: $id) {\n      id\n      name\n      cprMasked\n      status\n      statusReason\n      phone\n      email\n      address {\n        street\n        postalCode\n        city\n        accessNote\n      }\n      team {\n        id\n        name\n      }\n      updatedAt\n      ...CitizenCaseloadFields\n    }\n  }\n": typeof types.CitizenPageDocument,
    "\n  query CitizenCpr($id: ID!) {\n    citizenCpr(id: $id)\n  }\n": typeof types.CitizenCprDocument,
    "\n  mutation CreateCitizen($input: CreateCitizenInput!) {\n    createCitizen(input: $input) {\n      id\n      name\n      status\n      cprMasked\n      team {\n        id\n      }\n    }\n  }\n": typeof types.CreateCitizenDocument,
    "\n  query TeamCitizens($teamId: ID!, $first: Int!, $after: String) {\n    team(id: $teamId) {\n      id\n      citizens(first: $first, after: $after) {\n        totalCount\n        edges {\n          cursor\n          node {\n            id\n            name\n            status\n            cprMasked\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.TeamCitizensDocument,
    "\n  query SteeringOverview {\n    teams(first: 100) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          name\n          activeCitizenCount\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.SteeringOverviewDocument,
    "\n  query TeamPage($id: ID!) {\n    team(id: $id) {\n      id\n      name\n      activeCitizenCount\n      members(first: 100) {\n        totalCount\n        edges {\n          cursor\n          node {\n            id\n            discipline\n            fte\n            isTeamLeader\n            user {\n              id\n              name\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.TeamPageDocument,
};
const documents: Documents = {
    "\n  fragment AccessLogEntryFields on AccessLogEntry {\n    id\n    occurredAt\n    actorName\n    actorId\n    citizenId\n    criterion\n    operation\n    requestId\n  }\n": types.AccessLogEntryFieldsFragmentDoc,
    "\n  query AccessLog($filter: AccessLogFilter, $first: Int!, $after: String) {\n    accessLog(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...AccessLogEntryFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.AccessLogDocument,
    "\n  query AccessLogExtract($cpr: String!) {\n    accessLogExtract(cpr: $cpr) {\n      ...AccessLogEntryFields\n    }\n  }\n": types.AccessLogExtractDocument,
    "\n  query AdminUsers($first: Int!, $after: String) {\n    users(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          name\n          email\n          role\n          disabled\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.AdminUsersDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      name\n      email\n      role\n      disabled\n    }\n  }\n": types.CreateUserDocument,
    "\n  query AdminTeams($first: Int!, $after: String) {\n    teams(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          name\n          activeCitizenCount\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.AdminTeamsDocument,
    "\n  mutation CreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      id\n      name\n      activeCitizenCount\n    }\n  }\n": types.CreateTeamDocument,
    "\n  query AdminTeam($id: ID!) {\n    team(id: $id) {\n      id\n      name\n      members(first: 100) {\n        totalCount\n        edges {\n          cursor\n          node {\n            id\n            discipline\n            fte\n            isTeamLeader\n            user {\n              id\n              name\n              email\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.AdminTeamDocument,
    "\n  mutation AddTeamMember($input: AddTeamMemberInput!) {\n    addTeamMember(input: $input) {\n      id\n      discipline\n      fte\n      isTeamLeader\n      user {\n        id\n        name\n      }\n    }\n  }\n": types.AddTeamMemberDocument,
    "\n  fragment ViewerFields on Viewer {\n    id\n    name\n    email\n    role\n    tenantName\n    teams {\n      id\n      name\n      isTeamLeader\n    }\n  }\n": types.ViewerFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n": types.MeDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  query TeamCaseload($teamId: ID!) {\n    teamCaseload(teamId: $teamId) {\n      teamId\n      teamName\n      activeCitizens\n      primaryFte\n      ratio\n      ratioWithinLimit\n      alerts {\n        id\n        kind\n        message\n      }\n      members {\n        name\n        load\n        capacity\n        allowed\n        utilisation\n        overCapacity\n        member {\n          id\n          discipline\n          fte\n          isTeamLeader\n          user {\n            id\n          }\n        }\n        exception {\n          id\n          extra\n          reason\n          validUntil\n          grantedByName\n        }\n        citizens {\n          id\n          name\n          status\n        }\n      }\n      waiting {\n        daysWaiting\n        citizen {\n          id\n          name\n          status\n        }\n        admission {\n          allMet\n          assessedAt\n        }\n      }\n    }\n  }\n": types.TeamCaseloadDocument,
    "\n  query ProposeRebalancing($teamId: ID!) {\n    proposeRebalancing(teamId: $teamId) {\n      stillWaiting\n      stillOver\n      moves {\n        citizenId\n        citizenName\n        fromMemberId\n        fromMemberName\n        toMemberId\n        toMemberName\n        reason\n        basis\n      }\n    }\n  }\n": types.ProposeRebalancingDocument,
    "\n  mutation AssignPrimaryContact($input: AssignPrimaryContactInput!) {\n    assignPrimaryContact(input: $input) {\n      id\n      status\n      primaryContact {\n        id\n        memberId\n        memberName\n        startedAt\n      }\n    }\n  }\n": types.AssignPrimaryContactDocument,
    "\n  mutation SetMemberFte($input: SetMemberFteInput!) {\n    setMemberFte(input: $input) {\n      id\n      fte\n    }\n  }\n": types.SetMemberFteDocument,
    "\n  mutation GrantCaseloadException($input: GrantCaseloadExceptionInput!) {\n    grantCaseloadException(input: $input) {\n      id\n      memberId\n      extra\n      reason\n      validUntil\n    }\n  }\n": types.GrantCaseloadExceptionDocument,
    "\n  fragment CitizenCaseloadFields on Citizen {\n    primaryContact {\n      id\n      memberId\n      memberName\n      startedAt\n      assignedByName\n    }\n    primaryContactHistory {\n      id\n      memberName\n      startedAt\n      endedAt\n      assignedByName\n      endReason\n    }\n    secondaryContacts {\n      id\n      discipline\n      user {\n        id\n        name\n      }\n    }\n    admission {\n      isAdult\n      hasMentalIllness\n      hasSubstanceUse\n      notHeldByOrdinaryServices\n      wantsSupport\n      allMet\n      note\n      assessedAt\n    }\n  }\n": types.CitizenCaseloadFieldsFragmentDoc,
    "\n  mutation RecordAdmission($input: RecordAdmissionInput!) {\n    recordAdmission(input: $input) {\n      id\n      ...CitizenCaseloadFields\n    }\n  }\n": types.RecordAdmissionDocument,
    "\n  query CaseloadSummaries {\n    caseloadSummaries {\n      teamId\n      teamName\n      activeCitizens\n      primaryFte\n      ratio\n      waiting\n      membersOverCapacity\n      exceptionsInForce\n    }\n  }\n": types.CaseloadSummariesDocument,
    "\n  query CitizenPage($id: ID!) {\n    citizen(id: $id) {\n      id\n      name\n      cprMasked\n      status\n      statusReason\n      phone\n      email\n      address {\n        street\n        postalCode\n        city\n        accessNote\n      }\n      team {\n        id\n        name\n      }\n      updatedAt\n      ...CitizenCaseloadFields\n    }\n  }\n": types.CitizenPageDocument,
    "\n  query CitizenCpr($id: ID!) {\n    citizenCpr(id: $id)\n  }\n": types.CitizenCprDocument,
    "\n  mutation CreateCitizen($input: CreateCitizenInput!) {\n    createCitizen(input: $input) {\n      id\n      name\n      status\n      cprMasked\n      team {\n        id\n      }\n    }\n  }\n": types.CreateCitizenDocument,
    "\n  query TeamCitizens($teamId: ID!, $first: Int!, $after: String) {\n    team(id: $teamId) {\n      id\n      citizens(first: $first, after: $after) {\n        totalCount\n        edges {\n          cursor\n          node {\n            id\n            name\n            status\n            cprMasked\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.TeamCitizensDocument,
    "\n  query SteeringOverview {\n    teams(first: 100) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          name\n          activeCitizenCount\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.SteeringOverviewDocument,
    "\n  query TeamPage($id: ID!) {\n    team(id: $id) {\n      id\n      name\n      activeCitizenCount\n      members(first: 100) {\n        totalCount\n        edges {\n          cursor\n          node {\n            id\n            discipline\n            fte\n            isTeamLeader\n            user {\n              id\n              name\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.TeamPageDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AccessLogEntryFields on AccessLogEntry {\n    id\n    occurredAt\n    actorName\n    actorId\n    citizenId\n    criterion\n    operation\n    requestId\n  }\n"): (typeof documents)["\n  fragment AccessLogEntryFields on AccessLogEntry {\n    id\n    occurredAt\n    actorName\n    actorId\n    citizenId\n    criterion\n    operation\n    requestId\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccessLog($filter: AccessLogFilter, $first: Int!, $after: String) {\n    accessLog(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...AccessLogEntryFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccessLog($filter: AccessLogFilter, $first: Int!, $after: String) {\n    accessLog(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...AccessLogEntryFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccessLogExtract($cpr: String!) {\n    accessLogExtract(cpr: $cpr) {\n      ...AccessLogEntryFields\n    }\n  }\n"): (typeof documents)["\n  query AccessLogExtract($cpr: String!) {\n    accessLogExtract(cpr: $cpr) {\n      ...AccessLogEntryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminUsers($first: Int!, $after: String) {\n    users(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          name\n          email\n          role\n          disabled\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminUsers($first: Int!, $after: String) {\n    users(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          name\n          email\n          role\n          disabled\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      name\n      email\n      role\n      disabled\n    }\n  }\n"): (typeof documents)["\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      name\n      email\n      role\n      disabled\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminTeams($first: Int!, $after: String) {\n    teams(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          name\n          activeCitizenCount\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminTeams($first: Int!, $after: String) {\n    teams(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          name\n          activeCitizenCount\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      id\n      name\n      activeCitizenCount\n    }\n  }\n"): (typeof documents)["\n  mutation CreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      id\n      name\n      activeCitizenCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminTeam($id: ID!) {\n    team(id: $id) {\n      id\n      name\n      members(first: 100) {\n        totalCount\n        edges {\n          cursor\n          node {\n            id\n            discipline\n            fte\n            isTeamLeader\n            user {\n              id\n              name\n              email\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminTeam($id: ID!) {\n    team(id: $id) {\n      id\n      name\n      members(first: 100) {\n        totalCount\n        edges {\n          cursor\n          node {\n            id\n            discipline\n            fte\n            isTeamLeader\n            user {\n              id\n              name\n              email\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddTeamMember($input: AddTeamMemberInput!) {\n    addTeamMember(input: $input) {\n      id\n      discipline\n      fte\n      isTeamLeader\n      user {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AddTeamMember($input: AddTeamMemberInput!) {\n    addTeamMember(input: $input) {\n      id\n      discipline\n      fte\n      isTeamLeader\n      user {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ViewerFields on Viewer {\n    id\n    name\n    email\n    role\n    tenantName\n    teams {\n      id\n      name\n      isTeamLeader\n    }\n  }\n"): (typeof documents)["\n  fragment ViewerFields on Viewer {\n    id\n    name\n    email\n    role\n    tenantName\n    teams {\n      id\n      name\n      isTeamLeader\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamCaseload($teamId: ID!) {\n    teamCaseload(teamId: $teamId) {\n      teamId\n      teamName\n      activeCitizens\n      primaryFte\n      ratio\n      ratioWithinLimit\n      alerts {\n        id\n        kind\n        message\n      }\n      members {\n        name\n        load\n        capacity\n        allowed\n        utilisation\n        overCapacity\n        member {\n          id\n          discipline\n          fte\n          isTeamLeader\n          user {\n            id\n          }\n        }\n        exception {\n          id\n          extra\n          reason\n          validUntil\n          grantedByName\n        }\n        citizens {\n          id\n          name\n          status\n        }\n      }\n      waiting {\n        daysWaiting\n        citizen {\n          id\n          name\n          status\n        }\n        admission {\n          allMet\n          assessedAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TeamCaseload($teamId: ID!) {\n    teamCaseload(teamId: $teamId) {\n      teamId\n      teamName\n      activeCitizens\n      primaryFte\n      ratio\n      ratioWithinLimit\n      alerts {\n        id\n        kind\n        message\n      }\n      members {\n        name\n        load\n        capacity\n        allowed\n        utilisation\n        overCapacity\n        member {\n          id\n          discipline\n          fte\n          isTeamLeader\n          user {\n            id\n          }\n        }\n        exception {\n          id\n          extra\n          reason\n          validUntil\n          grantedByName\n        }\n        citizens {\n          id\n          name\n          status\n        }\n      }\n      waiting {\n        daysWaiting\n        citizen {\n          id\n          name\n          status\n        }\n        admission {\n          allMet\n          assessedAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProposeRebalancing($teamId: ID!) {\n    proposeRebalancing(teamId: $teamId) {\n      stillWaiting\n      stillOver\n      moves {\n        citizenId\n        citizenName\n        fromMemberId\n        fromMemberName\n        toMemberId\n        toMemberName\n        reason\n        basis\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProposeRebalancing($teamId: ID!) {\n    proposeRebalancing(teamId: $teamId) {\n      stillWaiting\n      stillOver\n      moves {\n        citizenId\n        citizenName\n        fromMemberId\n        fromMemberName\n        toMemberId\n        toMemberName\n        reason\n        basis\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignPrimaryContact($input: AssignPrimaryContactInput!) {\n    assignPrimaryContact(input: $input) {\n      id\n      status\n      primaryContact {\n        id\n        memberId\n        memberName\n        startedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AssignPrimaryContact($input: AssignPrimaryContactInput!) {\n    assignPrimaryContact(input: $input) {\n      id\n      status\n      primaryContact {\n        id\n        memberId\n        memberName\n        startedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMemberFte($input: SetMemberFteInput!) {\n    setMemberFte(input: $input) {\n      id\n      fte\n    }\n  }\n"): (typeof documents)["\n  mutation SetMemberFte($input: SetMemberFteInput!) {\n    setMemberFte(input: $input) {\n      id\n      fte\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GrantCaseloadException($input: GrantCaseloadExceptionInput!) {\n    grantCaseloadException(input: $input) {\n      id\n      memberId\n      extra\n      reason\n      validUntil\n    }\n  }\n"): (typeof documents)["\n  mutation GrantCaseloadException($input: GrantCaseloadExceptionInput!) {\n    grantCaseloadException(input: $input) {\n      id\n      memberId\n      extra\n      reason\n      validUntil\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CitizenCaseloadFields on Citizen {\n    primaryContact {\n      id\n      memberId\n      memberName\n      startedAt\n      assignedByName\n    }\n    primaryContactHistory {\n      id\n      memberName\n      startedAt\n      endedAt\n      assignedByName\n      endReason\n    }\n    secondaryContacts {\n      id\n      discipline\n      user {\n        id\n        name\n      }\n    }\n    admission {\n      isAdult\n      hasMentalIllness\n      hasSubstanceUse\n      notHeldByOrdinaryServices\n      wantsSupport\n      allMet\n      note\n      assessedAt\n    }\n  }\n"): (typeof documents)["\n  fragment CitizenCaseloadFields on Citizen {\n    primaryContact {\n      id\n      memberId\n      memberName\n      startedAt\n      assignedByName\n    }\n    primaryContactHistory {\n      id\n      memberName\n      startedAt\n      endedAt\n      assignedByName\n      endReason\n    }\n    secondaryContacts {\n      id\n      discipline\n      user {\n        id\n        name\n      }\n    }\n    admission {\n      isAdult\n      hasMentalIllness\n      hasSubstanceUse\n      notHeldByOrdinaryServices\n      wantsSupport\n      allMet\n      note\n      assessedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordAdmission($input: RecordAdmissionInput!) {\n    recordAdmission(input: $input) {\n      id\n      ...CitizenCaseloadFields\n    }\n  }\n"): (typeof documents)["\n  mutation RecordAdmission($input: RecordAdmissionInput!) {\n    recordAdmission(input: $input) {\n      id\n      ...CitizenCaseloadFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseloadSummaries {\n    caseloadSummaries {\n      teamId\n      teamName\n      activeCitizens\n      primaryFte\n      ratio\n      waiting\n      membersOverCapacity\n      exceptionsInForce\n    }\n  }\n"): (typeof documents)["\n  query CaseloadSummaries {\n    caseloadSummaries {\n      teamId\n      teamName\n      activeCitizens\n      primaryFte\n      ratio\n      waiting\n      membersOverCapacity\n      exceptionsInForce\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CitizenPage($id: ID!) {\n    citizen(id: $id) {\n      id\n      name\n      cprMasked\n      status\n      statusReason\n      phone\n      email\n      address {\n        street\n        postalCode\n        city\n        accessNote\n      }\n      team {\n        id\n        name\n      }\n      updatedAt\n      ...CitizenCaseloadFields\n    }\n  }\n"): (typeof documents)["\n  query CitizenPage($id: ID!) {\n    citizen(id: $id) {\n      id\n      name\n      cprMasked\n      status\n      statusReason\n      phone\n      email\n      address {\n        street\n        postalCode\n        city\n        accessNote\n      }\n      team {\n        id\n        name\n      }\n      updatedAt\n      ...CitizenCaseloadFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CitizenCpr($id: ID!) {\n    citizenCpr(id: $id)\n  }\n"): (typeof documents)["\n  query CitizenCpr($id: ID!) {\n    citizenCpr(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCitizen($input: CreateCitizenInput!) {\n    createCitizen(input: $input) {\n      id\n      name\n      status\n      cprMasked\n      team {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCitizen($input: CreateCitizenInput!) {\n    createCitizen(input: $input) {\n      id\n      name\n      status\n      cprMasked\n      team {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamCitizens($teamId: ID!, $first: Int!, $after: String) {\n    team(id: $teamId) {\n      id\n      citizens(first: $first, after: $after) {\n        totalCount\n        edges {\n          cursor\n          node {\n            id\n            name\n            status\n            cprMasked\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TeamCitizens($teamId: ID!, $first: Int!, $after: String) {\n    team(id: $teamId) {\n      id\n      citizens(first: $first, after: $after) {\n        totalCount\n        edges {\n          cursor\n          node {\n            id\n            name\n            status\n            cprMasked\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SteeringOverview {\n    teams(first: 100) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          name\n          activeCitizenCount\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query SteeringOverview {\n    teams(first: 100) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          name\n          activeCitizenCount\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamPage($id: ID!) {\n    team(id: $id) {\n      id\n      name\n      activeCitizenCount\n      members(first: 100) {\n        totalCount\n        edges {\n          cursor\n          node {\n            id\n            discipline\n            fte\n            isTeamLeader\n            user {\n              id\n              name\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TeamPage($id: ID!) {\n    team(id: $id) {\n      id\n      name\n      activeCitizenCount\n      members(first: 100) {\n        totalCount\n        edges {\n          cursor\n          node {\n            id\n            discipline\n            fte\n            isTeamLeader\n            user {\n              id\n              name\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;