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
    "\n  fragment AccessLogEntryFields on AccessLogEntry {\n    id\n    occurredAt\n    actorName\n    actorId\n    citizenId\n    criterion\n    operation\n    purpose\n    requestId\n  }\n": typeof types.AccessLogEntryFieldsFragmentDoc,
    "\n  query AccessLog($filter: AccessLogFilter, $first: Int!, $after: String) {\n    accessLog(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...AccessLogEntryFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.AccessLogDocument,
    "\n  query AccessLogUsers($first: Int!, $after: String) {\n    users(first: $first, after: $after) {\n      edges {\n        node {\n          id\n          name\n          email\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.AccessLogUsersDocument,
    "\n  query AccessLogExtract($cpr: String!) {\n    accessLogExtract(cpr: $cpr) {\n      ...AccessLogEntryFields\n    }\n  }\n": typeof types.AccessLogExtractDocument,
    "\n  query AdminUsers($first: Int!, $after: String) {\n    users(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          name\n          email\n          role\n          disabled\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.AdminUsersDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      name\n      email\n      role\n      disabled\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  query AdminTeams($first: Int!, $after: String) {\n    teams(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          name\n          activeCitizenCount\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.AdminTeamsDocument,
    "\n  mutation CreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      id\n      name\n      activeCitizenCount\n    }\n  }\n": typeof types.CreateTeamDocument,
    "\n  query AdminTeam($id: ID!) {\n    team(id: $id) {\n      id\n      name\n      members(first: 100) {\n        totalCount\n        edges {\n          cursor\n          node {\n            id\n            discipline\n            fte\n            isTeamLeader\n            user {\n              id\n              name\n              email\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.AdminTeamDocument,
    "\n  mutation AddTeamMember($input: AddTeamMemberInput!) {\n    addTeamMember(input: $input) {\n      id\n      discipline\n      fte\n      isTeamLeader\n      user {\n        id\n        name\n      }\n    }\n  }\n": typeof types.AddTeamMemberDocument,
    "\n  mutation ResetUserMfa($input: ResetUserMfaInput!) {\n    resetUserMfa(input: $input) { enrolled required }\n  }\n": typeof types.ResetUserMfaDocument,
    "\n  mutation SetTeamBudgetedPositions($input: SetTeamBudgetedPositionsInput!) {\n    setTeamBudgetedPositions(input: $input) { id fte from to }\n  }\n": typeof types.SetTeamBudgetedPositionsDocument,
    "\n  query JobQueueHealth {\n    jobQueueHealth {\n      checkedAt\n      queues {\n        name\n        waiting\n        active\n        delayed\n        failed\n        completed\n      }\n      schedulers {\n        id\n        queue\n        count\n        everySeconds\n        pattern\n        timeZone\n        nextRunAt\n        lastRunAt\n        lastOutcome\n        failedCount\n      }\n    }\n  }\n": typeof types.JobQueueHealthDocument,
    "\n  query SsoSettings {\n    ssoSettings {\n      ...SsoSettingsFields\n    }\n    users(first: 100) {\n      edges {\n        node {\n          id\n          name\n          role\n          disabled\n        }\n      }\n    }\n  }\n": typeof types.SsoSettingsDocument,
    "\n  fragment SsoSettingsFields on SsoSettings {\n    enabled\n    issuer\n    clientId\n    clientSecretEnv\n    clientSecretAvailable\n    ssoRequired\n    breakGlassUserId\n    redirectUri\n    postLogoutRedirectUri\n    linkedUsers\n  }\n": typeof types.SsoSettingsFieldsFragmentDoc,
    "\n  mutation SaveSsoSettings($input: SaveSsoSettingsInput!) {\n    saveSsoSettings(input: $input) {\n      ...SsoSettingsFields\n    }\n  }\n": typeof types.SaveSsoSettingsDocument,
    "\n  fragment AgreementFields on CooperationAgreement {\n    id\n    partnerKind\n    partnerName\n    parties\n    covers\n    description\n    status\n    signedOn\n    reviewOn\n    reviewState\n    documentUrl\n    version\n  }\n": typeof types.AgreementFieldsFragmentDoc,
    "\n  query Agreements($status: AgreementStatus) {\n    agreements(status: $status) {\n      ...AgreementFields\n    }\n  }\n": typeof types.AgreementsDocument,
    "\n  query Agreement($id: ID!) {\n    agreement(id: $id) {\n      ...AgreementFields\n    }\n  }\n": typeof types.AgreementDocument,
    "\n  mutation CreateAgreement($input: CreateAgreementInput!) {\n    createAgreement(input: $input) {\n      ...AgreementFields\n    }\n  }\n": typeof types.CreateAgreementDocument,
    "\n  mutation UpdateAgreement($input: UpdateAgreementInput!) {\n    updateAgreement(input: $input) {\n      ...AgreementFields\n    }\n  }\n": typeof types.UpdateAgreementDocument,
    "\n  mutation VerifyLoginCode($input: VerifyLoginCodeInput!) {\n    verifyLoginCode(input: $input) {\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n": typeof types.VerifyLoginCodeDocument,
    "\n  query MfaStatus {\n    mfaStatus {\n      enrolled\n      required\n      recoveryCodesLeft\n    }\n  }\n": typeof types.MfaStatusDocument,
    "\n  mutation StartMfaEnrolment {\n    startMfaEnrolment {\n      secret\n      qrCode\n    }\n  }\n": typeof types.StartMfaEnrolmentDocument,
    "\n  mutation ConfirmMfaEnrolment($input: ConfirmMfaEnrolmentInput!) {\n    confirmMfaEnrolment(input: $input) {\n      recoveryCodes\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n": typeof types.ConfirmMfaEnrolmentDocument,
    "\n  mutation RegenerateMfaRecoveryCodes($input: RegenerateRecoveryCodesInput!) {\n    regenerateMfaRecoveryCodes(input: $input)\n  }\n": typeof types.RegenerateMfaRecoveryCodesDocument,
    "\n  mutation DisableMfa($input: DisableMfaInput!) {\n    disableMfa(input: $input) {\n      enrolled\n      required\n      recoveryCodesLeft\n    }\n  }\n": typeof types.DisableMfaDocument,
    "\n  query SsoLoginOptions {\n    ssoLoginOptions {\n      tenantId\n      tenantName\n    }\n  }\n": typeof types.SsoLoginOptionsDocument,
    "\n  query ViewerSso {\n    me {\n      id\n      signedInWithSso\n    }\n  }\n": typeof types.ViewerSsoDocument,
    "\n  fragment ViewerFields on Viewer {\n    id\n    name\n    email\n    role\n    tenantName\n    teams {\n      id\n      name\n      isTeamLeader\n    }\n    mfaEnrolmentRequired\n  }\n": typeof types.ViewerFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      viewer {\n        ...ViewerFields\n      }\n      mfa {\n        token\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  fragment PlanVersionFields on CarePlanVersion {\n    id\n    number\n    status\n    revision\n    previousVersionId\n    citizenWords\n    nextFollowUpOn\n    followUpState\n    agreedOn\n    agreedHow\n    participants\n    agreedByName\n    updatedByName\n    updatedAt\n    goals {\n      id\n      goalKey\n      citizenWords\n      status\n      stageOfChange\n      lifeArea {\n        id\n        name\n        tracksStageOfChange\n      }\n      steps {\n        id\n        description\n        dueOn\n        responsibleMember {\n          id\n          discipline\n          user {\n            id\n            name\n          }\n        }\n      }\n    }\n    declinedAreas {\n      id\n      citizenWords\n      lifeArea {\n        id\n        name\n      }\n    }\n  }\n": typeof types.PlanVersionFieldsFragmentDoc,
    "\n  query CitizenPlanOverview($id: ID!) {\n    citizen(id: $id) {\n      id\n      carePlan {\n        current {\n          ...PlanVersionFields\n        }\n        draft {\n          id\n          number\n          updatedAt\n          updatedByName\n        }\n        versions {\n          id\n        }\n      }\n      consents {\n        id\n        partner\n        purpose\n        validFrom\n        validTo\n        withdrawnOn\n        state\n        agreement {\n          id\n          partnerName\n        }\n      }\n      relatives {\n        id\n        name\n        relation\n        wantsInvolved\n        phone\n      }\n      latestChanges {\n        id\n        operation\n        actorName\n        occurredAt\n      }\n    }\n  }\n": typeof types.CitizenPlanOverviewDocument,
    "\n  query CarePlanPage($citizenId: ID!) {\n    citizen(id: $citizenId) {\n      id\n      name\n      status\n      team {\n        id\n        name\n        members(first: 100) {\n          edges {\n            node {\n              id\n              discipline\n              user {\n                id\n                name\n              }\n            }\n          }\n        }\n      }\n      carePlan {\n        current {\n          ...PlanVersionFields\n        }\n        draft {\n          ...PlanVersionFields\n        }\n        versions {\n          id\n          number\n          status\n          agreedOn\n          agreedHow\n          createdAt\n        }\n      }\n    }\n    lifeAreas {\n      id\n      name\n      tracksStageOfChange\n    }\n  }\n": typeof types.CarePlanPageDocument,
    "\n  query CarePlanVersion($id: ID!) {\n    carePlanVersion(id: $id) {\n      ...PlanVersionFields\n      citizen {\n        id\n        name\n      }\n    }\n  }\n": typeof types.CarePlanVersionDocument,
    "\n  query CarePlanDiff($from: ID!, $to: ID!) {\n    carePlanDiff(fromVersionId: $from, toVersionId: $to) {\n      kind\n      goalKey\n      lifeAreaName\n      before\n      after\n    }\n  }\n": typeof types.CarePlanDiffDocument,
    "\n  query CarePlanPrint($citizenId: ID!) {\n    citizen(id: $citizenId) {\n      id\n      name\n      carePlan {\n        current {\n          ...PlanVersionFields\n        }\n      }\n    }\n  }\n": typeof types.CarePlanPrintDocument,
    "\n  mutation StartCarePlanDraft($input: CitizenRefInput!) {\n    startCarePlanDraft(input: $input) {\n      ...PlanVersionFields\n    }\n  }\n": typeof types.StartCarePlanDraftDocument,
    "\n  mutation SaveCarePlanDraft($input: SaveCarePlanDraftInput!) {\n    saveCarePlanDraft(input: $input) {\n      ...PlanVersionFields\n    }\n  }\n": typeof types.SaveCarePlanDraftDocument,
    "\n  mutation AgreeCarePlan($input: AgreeCarePlanInput!) {\n    agreeCarePlan(input: $input) {\n      ...PlanVersionFields\n    }\n  }\n": typeof types.AgreeCarePlanDocument,
    "\n  mutation RecordConsent($input: RecordConsentInput!) {\n    recordConsent(input: $input) {\n      id\n      partner\n      purpose\n      validFrom\n      validTo\n      withdrawnOn\n      state\n    }\n  }\n": typeof types.RecordConsentDocument,
    "\n  mutation WithdrawConsent($input: WithdrawConsentInput!) {\n    withdrawConsent(input: $input) {\n      id\n      withdrawnOn\n      state\n    }\n  }\n": typeof types.WithdrawConsentDocument,
    "\n  mutation AddRelative($input: AddRelativeInput!) {\n    addRelative(input: $input) {\n      id\n      name\n      relation\n      wantsInvolved\n      phone\n    }\n  }\n": typeof types.AddRelativeDocument,
    "\n  mutation UpdateRelative($input: UpdateRelativeInput!) {\n    updateRelative(input: $input) {\n      id\n      wantsInvolved\n    }\n  }\n": typeof types.UpdateRelativeDocument,
    "\n  query TeamCaseload($teamId: ID!) {\n    teamCaseload(teamId: $teamId) {\n      teamId\n      teamName\n      activeCitizens\n      primaryFte\n      ratio\n      ratioWithinLimit\n      alerts {\n        id\n        kind\n        message\n      }\n      members {\n        name\n        load\n        capacity\n        allowed\n        utilisation\n        overCapacity\n        member {\n          id\n          discipline\n          fte\n          isTeamLeader\n          user {\n            id\n          }\n        }\n        exception {\n          id\n          extra\n          reason\n          validUntil\n          grantedByName\n        }\n        citizens {\n          id\n          name\n          status\n        }\n      }\n      waiting {\n        daysWaiting\n        citizen {\n          id\n          name\n          status\n        }\n        admission {\n          allMet\n          assessedAt\n        }\n      }\n    }\n  }\n": typeof types.TeamCaseloadDocument,
    "\n  query ProposeRebalancing($teamId: ID!) {\n    proposeRebalancing(teamId: $teamId) {\n      stillWaiting\n      stillOver\n      moves {\n        citizenId\n        citizenName\n        fromMemberId\n        fromMemberName\n        toMemberId\n        toMemberName\n        reason\n        basis\n      }\n    }\n  }\n": typeof types.ProposeRebalancingDocument,
    "\n  mutation AssignPrimaryContact($input: AssignPrimaryContactInput!) {\n    assignPrimaryContact(input: $input) {\n      id\n      status\n      primaryContact {\n        id\n        memberId\n        memberName\n        startedAt\n      }\n    }\n  }\n": typeof types.AssignPrimaryContactDocument,
    "\n  mutation SetMemberFte($input: SetMemberFteInput!) {\n    setMemberFte(input: $input) {\n      id\n      fte\n    }\n  }\n": typeof types.SetMemberFteDocument,
    "\n  mutation GrantCaseloadException($input: GrantCaseloadExceptionInput!) {\n    grantCaseloadException(input: $input) {\n      id\n      memberId\n      extra\n      reason\n      validUntil\n    }\n  }\n": typeof types.GrantCaseloadExceptionDocument,
    "\n  fragment CitizenCaseloadFields on Citizen {\n    primaryContact {\n      id\n      memberId\n      memberName\n      startedAt\n      assignedByName\n    }\n    primaryContactHistory {\n      id\n      memberName\n      startedAt\n      endedAt\n      assignedByName\n      endReason\n      endKind\n    }\n    secondaryContacts {\n      id\n      discipline\n      user {\n        id\n        name\n      }\n    }\n    admission {\n      isAdult\n      hasMentalIllness\n      hasSubstanceUse\n      notHeldByOrdinaryServices\n      wantsSupport\n      allMet\n      note\n      assessedAt\n    }\n  }\n": typeof types.CitizenCaseloadFieldsFragmentDoc,
    "\n  mutation RecordAdmission($input: RecordAdmissionInput!) {\n    recordAdmission(input: $input) {\n      id\n      ...CitizenCaseloadFields\n    }\n  }\n": typeof types.RecordAdmissionDocument,
    "\n  query CaseloadSummaries {\n    caseloadSummaries {\n      teamId\n      teamName\n      suppressed\n      activeCitizens\n      primaryFte\n      ratio\n      waiting\n      membersOverCapacity\n      exceptionsInForce\n    }\n  }\n": typeof types.CaseloadSummariesDocument,
    "\n  query CitizenPage($id: ID!) {\n    citizen(id: $id) {\n      id\n      name\n      cprMasked\n      status\n      statusReason\n      phone\n      email\n      address {\n        street\n        postalCode\n        city\n        accessNote\n      }\n      team {\n        id\n        name\n      }\n      updatedAt\n      ...CitizenCaseloadFields\n    }\n  }\n": typeof types.CitizenPageDocument,
    "\n  query CitizenCpr($id: ID!) {\n    citizenCpr(id: $id)\n  }\n": typeof types.CitizenCprDocument,
    "\n  mutation CreateCitizen($input: CreateCitizenInput!) {\n    createCitizen(input: $input) {\n      id\n      name\n      status\n      cprMasked\n      team {\n        id\n      }\n    }\n  }\n": typeof types.CreateCitizenDocument,
    "\n  query TeamCitizens($teamId: ID!, $first: Int!, $after: String) {\n    team(id: $teamId) {\n      id\n      citizens(first: $first, after: $after) {\n        totalCount\n        edges {\n          cursor\n          node {\n            id\n            name\n            status\n            cprMasked\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.TeamCitizensDocument,
    "\n  mutation EndCitizenCourse($input: EndCitizenCourseInput!) {\n    endCitizenCourse(input: $input) {\n      removedVisits\n      stoppedSeries\n      citizen {\n        id\n        status\n        statusReason\n      }\n    }\n  }\n": typeof types.EndCitizenCourseDocument,
    "\n  fragment DashboardTeamFields on DashboardTeam {\n    teamId\n    teamName\n    suppressed\n    averagePrimaryFte\n    membersOverCapacity\n    exceptionsInForce\n    notSeenThresholdDays\n    caseloadRatio { value suppressed }\n    averageCitizens { value suppressed }\n    citizensActive { value suppressed }\n    citizensWaiting { value suppressed }\n    citizensStarted { value suppressed }\n    citizensEnded { value suppressed }\n    faceToFacePerCitizenWeek { value suppressed }\n    agreedPlanShare { value suppressed }\n    followUpOnTimeShare { value suppressed }\n    notSeenShare { value suppressed }\n    meetings { kind planned held notHeld notMarked cancelled }\n    transitions {\n      referrals { value suppressed }\n      admissions { value suppressed }\n      discharges { value suppressed }\n      returns { value suppressed }\n      withdrawn { value suppressed }\n      medianWaitDays { value suppressed }\n    }\n  }\n": typeof types.DashboardTeamFieldsFragmentDoc,
    "\n  query SteeringDashboard($from: String!, $to: String!) {\n    steeringDashboard(from: $from, to: $to) {\n      from\n      to\n      days\n      weeks\n      readingDay\n      minGroupSize\n      teams {\n        ...DashboardTeamFields\n      }\n      allTeams {\n        ...DashboardTeamFields\n      }\n      phases { phase items done notRelevant inProgress progress }\n      latestReadinessRound {\n        roundId\n        title\n        opensOn\n        closesOn\n        submitted\n        invited\n        suppressed\n        drivers { driver mean { value suppressed } }\n      }\n    }\n  }\n": typeof types.SteeringDashboardDocument,
    "\n  query TenantSettings {\n    tenantSettings { minGroupSize accessLogRetentionMonths mfaPolicy }\n  }\n": typeof types.TenantSettingsDocument,
    "\n  mutation SetAccessLogRetention($months: Int!) {\n    setAccessLogRetention(input: { months: $months }) { accessLogRetentionMonths }\n  }\n": typeof types.SetAccessLogRetentionDocument,
    "\n  mutation SetMinGroupSize($input: SetMinGroupSizeInput!) {\n    setMinGroupSize(input: $input) { minGroupSize }\n  }\n": typeof types.SetMinGroupSizeDocument,
    "\n  mutation SetMfaPolicy($input: SetMfaPolicyInput!) {\n    setMfaPolicy(input: $input) { minGroupSize mfaPolicy }\n  }\n": typeof types.SetMfaPolicyDocument,
    "\n  fragment FidelityItemFields on FidelityItemResult {\n    itemId\n    subscale\n    name\n    definition\n    unit\n    kind\n    needsHumanRating\n    value\n    rating\n    unratedReason\n    windowFrom\n    windowTo\n    rule { direction cutoffs }\n    basis { key value }\n    manualRating { id itemId rating note ratedOn ratedByName }\n  }\n": typeof types.FidelityItemFieldsFragmentDoc,
    "\n  query FidelityReport($teamId: ID!, $from: String, $to: String) {\n    fidelityReport(teamId: $teamId, from: $from, to: $to) {\n      teamId\n      teamName\n      from\n      to\n      modelVersionId\n      modelVersionLabel\n      computedAt\n      total { score ratedItems items }\n      subscales { subscale name score ratedItems items }\n      items { ...FidelityItemFields }\n    }\n  }\n": typeof types.FidelityReportDocument,
    "\n  query FidelityTrend($teamId: ID!, $weeks: Int) {\n    fidelityTrend(teamId: $teamId, weeks: $weeks) {\n      from\n      to\n      modelVersionId\n      total { score ratedItems items }\n    }\n  }\n": typeof types.FidelityTrendDocument,
    "\n  query FidelityDrillDown($teamId: ID!, $itemId: String!, $from: String, $to: String) {\n    fidelityDrillDown(teamId: $teamId, itemId: $itemId, from: $from, to: $to) {\n      itemId\n      name\n      columns\n      rows { cells citizenId visitId meetingId }\n      basis { key value }\n    }\n  }\n": typeof types.FidelityDrillDownDocument,
    "\n  mutation RateFidelityItem($input: RateFidelityItemInput!) {\n    rateFidelityItem(input: $input) { id itemId rating note ratedOn ratedByName }\n  }\n": typeof types.RateFidelityItemDocument,
    "\n  query SteeringFidelity($from: String, $to: String) {\n    steeringFidelity(from: $from, to: $to) {\n      teamId\n      teamName\n      withheld\n      total { score ratedItems items }\n      subscales { subscale name score ratedItems items }\n      items { itemId subscale name unit kind value rating unratedReason }\n    }\n  }\n": typeof types.SteeringFidelityDocument,
    "\n  fragment FunctionRoleFields on FunctionRole {\n    id\n    teamId\n    teamName\n    title\n    discipline\n    current {\n      id\n      version\n      purpose\n      tasksOutreach\n      tasksPlan\n      tasksSupport\n      tasksTransition\n      professionalCompetences\n      personalCompetences\n      writtenByName\n      createdAt\n    }\n    versions {\n      id\n      version\n      createdAt\n      writtenByName\n    }\n    members {\n      memberId\n      name\n      fte\n    }\n  }\n": typeof types.FunctionRoleFieldsFragmentDoc,
    "\n  query FunctionsPage($teamId: ID!) {\n    team(id: $teamId) {\n      id\n      name\n      members(first: 100) {\n        edges {\n          node {\n            id\n            discipline\n            fte\n            user {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n    teamComposition(teamId: $teamId) {\n      activeCitizens\n      totalFte\n      missing\n      below\n      lines {\n        discipline\n        fte\n        members\n        needed\n        perHundred\n        required\n        status\n      }\n    }\n    teamFunctionRoles(teamId: $teamId) {\n      ...FunctionRoleFields\n    }\n  }\n": typeof types.FunctionsPageDocument,
    "\n  query FunctionRole($id: ID!) {\n    functionRole(id: $id) {\n      ...FunctionRoleFields\n    }\n  }\n": typeof types.FunctionRoleDocument,
    "\n  mutation CreateFunctionRole($input: CreateFunctionRoleInput!) {\n    createFunctionRole(input: $input) {\n      ...FunctionRoleFields\n    }\n  }\n": typeof types.CreateFunctionRoleDocument,
    "\n  mutation SaveFunctionDescription($input: SaveFunctionDescriptionInput!) {\n    saveFunctionDescription(input: $input) {\n      ...FunctionRoleFields\n    }\n  }\n": typeof types.SaveFunctionDescriptionDocument,
    "\n  mutation LinkMemberFunction($input: LinkMemberFunctionInput!) {\n    linkMemberToFunctionRole(input: $input) {\n      ...FunctionRoleFields\n    }\n  }\n": typeof types.LinkMemberFunctionDocument,
    "\n  fragment GroupSessionFields on GroupSession {\n    id\n    teamId\n    kind\n    title\n    startsAt\n    durationMinutes\n    ledByMemberId\n    ledByName\n    attendees {\n      citizenId\n      name\n    }\n  }\n": typeof types.GroupSessionFieldsFragmentDoc,
    "\n  query GroupSessionsPage($teamId: ID!, $first: Int!, $after: String) {\n    team(id: $teamId) {\n      id\n      name\n      members(first: 100) {\n        edges {\n          node {\n            id\n            user {\n              id\n              name\n            }\n          }\n        }\n      }\n      citizens(first: 100) {\n        edges {\n          node {\n            id\n            name\n            status\n          }\n        }\n      }\n    }\n    groupSessions(teamId: $teamId, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...GroupSessionFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.GroupSessionsPageDocument,
    "\n  mutation CreateGroupSession($input: CreateGroupSessionInput!) {\n    createGroupSession(input: $input) {\n      ...GroupSessionFields\n    }\n  }\n": typeof types.CreateGroupSessionDocument,
    "\n  mutation UpdateGroupSession($input: UpdateGroupSessionInput!) {\n    updateGroupSession(input: $input) {\n      ...GroupSessionFields\n    }\n  }\n": typeof types.UpdateGroupSessionDocument,
    "\n  fragment ChecklistItemFields on ChecklistItem {\n    id\n    phase\n    fromGuide\n    text\n    status\n    statusReason\n    owner\n    dueOn\n    overdue\n    evidenceNote\n    evidenceUrl\n    evidenceRecords {\n      kind\n      id\n      label\n      roleId\n    }\n    completedAt\n    version\n  }\n": typeof types.ChecklistItemFieldsFragmentDoc,
    "\n  query ImplementationPhases {\n    implementationPhases {\n      phase\n      number\n      title\n      summary\n      progress {\n        total\n        done\n        notRelevant\n        inProgress\n        notStarted\n        percent\n        state\n      }\n      items {\n        ...ChecklistItemFields\n      }\n      lastRevisit {\n        id\n        reason\n        actorName\n        at\n      }\n    }\n  }\n": typeof types.ImplementationPhasesDocument,
    "\n  query ImplementationEvidenceOptions {\n    implementationEvidenceOptions {\n      agreements {\n        id\n        label\n      }\n      readinessRounds {\n        id\n        label\n      }\n      functionDescriptions {\n        id\n        label\n      }\n    }\n  }\n": typeof types.ImplementationEvidenceOptionsDocument,
    "\n  query ChecklistItemHistory($itemId: ID!) {\n    checklistItemHistory(itemId: $itemId) {\n      id\n      action\n      fromStatus\n      toStatus\n      reason\n      changedFields\n      actorName\n      at\n    }\n  }\n": typeof types.ChecklistItemHistoryDocument,
    "\n  query ImplementationPhaseHistory($phase: ImplementationPhase!) {\n    implementationPhaseHistory(phase: $phase, first: 50) {\n      id\n      action\n      itemText\n      fromStatus\n      toStatus\n      reason\n      changedFields\n      actorName\n      at\n    }\n  }\n": typeof types.ImplementationPhaseHistoryDocument,
    "\n  mutation AddChecklistItem($input: AddChecklistItemInput!) {\n    addChecklistItem(input: $input) {\n      ...ChecklistItemFields\n    }\n  }\n": typeof types.AddChecklistItemDocument,
    "\n  mutation UpdateChecklistItem($input: UpdateChecklistItemInput!) {\n    updateChecklistItem(input: $input) {\n      ...ChecklistItemFields\n    }\n  }\n": typeof types.UpdateChecklistItemDocument,
    "\n  mutation SetChecklistItemStatus($input: SetChecklistStatusInput!) {\n    setChecklistItemStatus(input: $input) {\n      ...ChecklistItemFields\n    }\n  }\n": typeof types.SetChecklistItemStatusDocument,
    "\n  mutation ReopenChecklistItem($input: ReopenChecklistItemInput!) {\n    reopenChecklistItem(input: $input) {\n      ...ChecklistItemFields\n    }\n  }\n": typeof types.ReopenChecklistItemDocument,
    "\n  mutation RemoveChecklistItem($input: RemoveChecklistItemInput!) {\n    removeChecklistItem(input: $input) {\n      phase\n    }\n  }\n": typeof types.RemoveChecklistItemDocument,
    "\n  mutation RevisitImplementationPhase($input: RevisitPhaseInput!) {\n    revisitImplementationPhase(input: $input) {\n      phase\n    }\n  }\n": typeof types.RevisitImplementationPhaseDocument,
    "\n  fragment ActivityFields on ImplementationActivity {\n    id\n    focusArea\n    title\n    purpose\n    owner\n    startsOn\n    deadline\n    milestone\n    expectedResult\n    status\n    position\n    overdue\n    version\n  }\n": typeof types.ActivityFieldsFragmentDoc,
    "\n  query ImplementationPlan {\n    implementationPlan {\n      today\n      months\n      overdueCount\n      suggestedFocusAreas\n      focusAreas {\n        name\n        activities {\n          ...ActivityFields\n        }\n      }\n    }\n  }\n": typeof types.ImplementationPlanDocument,
    "\n  mutation SaveImplementationActivity($input: SaveActivityInput!) {\n    saveImplementationActivity(input: $input) {\n      ...ActivityFields\n    }\n  }\n": typeof types.SaveImplementationActivityDocument,
    "\n  mutation RemoveImplementationActivity($id: ID!) {\n    removeImplementationActivity(id: $id) {\n      overdueCount\n    }\n  }\n": typeof types.RemoveImplementationActivityDocument,
    "\n  query ImplementationResponsibilities {\n    implementationResponsibilities {\n      group\n      label\n      lines {\n        id\n        group\n        text\n        fromGuide\n      }\n    }\n  }\n": typeof types.ImplementationResponsibilitiesDocument,
    "\n  mutation SaveResponsibility($input: SaveResponsibilityInput!) {\n    saveResponsibility(input: $input) {\n      group\n    }\n  }\n": typeof types.SaveResponsibilityDocument,
    "\n  mutation RemoveResponsibility($id: ID!) {\n    removeResponsibility(id: $id) {\n      group\n    }\n  }\n": typeof types.RemoveResponsibilityDocument,
    "\n  fragment MeetingRhythmFields on MeetingRhythm {\n    teamId\n    cadence\n    weekday\n    startTime\n    endTime\n    place\n    reviewEveryMeetings\n  }\n": typeof types.MeetingRhythmFieldsFragmentDoc,
    "\n  query TeamMeetingsPage($teamId: ID!) {\n    team(id: $teamId) {\n      id\n      name\n    }\n    teamMeetingRhythm(teamId: $teamId) {\n      ...MeetingRhythmFields\n    }\n    upcoming: teamMeetings(teamId: $teamId, period: UPCOMING, first: 20) {\n      edges {\n        node {\n          id\n          startsAt\n          whenText\n          place\n          agendaPreparedAt\n          heldAt\n        }\n      }\n    }\n    past: teamMeetings(teamId: $teamId, period: PAST, first: 20) {\n      edges {\n        node {\n          id\n          whenText\n          place\n          heldAt\n        }\n      }\n    }\n  }\n": typeof types.TeamMeetingsPageDocument,
    "\n  mutation SetMeetingRhythm($input: SetMeetingRhythmInput!) {\n    setTeamMeetingRhythm(input: $input) {\n      ...MeetingRhythmFields\n    }\n  }\n": typeof types.SetMeetingRhythmDocument,
    "\n  mutation CreateTeamMeeting($input: CreateTeamMeetingInput!) {\n    createTeamMeeting(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateTeamMeetingDocument,
    "\n  mutation CreateMeetingsFromRhythm($input: CreateMeetingsFromRhythmInput!) {\n    createTeamMeetingsFromRhythm(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateMeetingsFromRhythmDocument,
    "\n  fragment MeetingDetailFields on TeamMeetingDetail {\n    id\n    teamId\n    teamName\n    whenText\n    place\n    heldAt\n    agendaPreparedAt\n    items {\n      ...MeetingItemFields\n    }\n    citizenItems {\n      ...MeetingItemFields\n    }\n    attendance {\n      memberId\n      name\n      discipline\n      present\n    }\n  }\n": typeof types.MeetingDetailFieldsFragmentDoc,
    "\n  fragment MeetingItemFields on TeamMeetingItem {\n    id\n    source\n    reason\n    title\n    citizenId\n    citizenName\n    position\n    addedByName\n    note\n    citizenAttends\n    decisions {\n      id\n      text\n      decidedByName\n    }\n    tasks {\n      id\n      description\n      dueDate\n      assigneeName\n      done\n    }\n  }\n": typeof types.MeetingItemFieldsFragmentDoc,
    "\n  query TeamMeeting($id: ID!) {\n    teamMeeting(id: $id) {\n      ...MeetingDetailFields\n    }\n  }\n": typeof types.TeamMeetingDocument,
    "\n  query TeamMeetingMinutes($id: ID!) {\n    teamMeetingMinutes(id: $id) {\n      ...MeetingDetailFields\n    }\n  }\n": typeof types.TeamMeetingMinutesDocument,
    "\n  query MeetingTeamOptions($teamId: ID!) {\n    team(id: $teamId) {\n      id\n      members(first: 100) {\n        edges {\n          node {\n            id\n            user {\n              id\n              name\n            }\n          }\n        }\n      }\n      citizens(first: 100, status: ACTIVE) {\n        edges {\n          node {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.MeetingTeamOptionsDocument,
    "\n  mutation PrepareAgenda($id: ID!) {\n    prepareTeamMeetingAgenda(meetingId: $id) {\n      ...MeetingDetailFields\n    }\n  }\n": typeof types.PrepareAgendaDocument,
    "\n  mutation AddMeetingItem($input: AddMeetingItemInput!) {\n    addTeamMeetingItem(input: $input) {\n      ...MeetingDetailFields\n    }\n  }\n": typeof types.AddMeetingItemDocument,
    "\n  mutation UpdateMeetingItem($input: UpdateMeetingItemInput!) {\n    updateTeamMeetingItem(input: $input) {\n      ...MeetingItemFields\n    }\n  }\n": typeof types.UpdateMeetingItemDocument,
    "\n  mutation RecordAttendance($input: RecordAttendanceInput!) {\n    recordTeamMeetingAttendance(input: $input) {\n      ...MeetingDetailFields\n    }\n  }\n": typeof types.RecordAttendanceDocument,
    "\n  mutation AddDecision($input: AddDecisionInput!) {\n    addMeetingDecision(input: $input) {\n      id\n    }\n  }\n": typeof types.AddDecisionDocument,
    "\n  mutation AddTask($input: AddFollowUpTaskInput!) {\n    addFollowUpTask(input: $input) {\n      id\n    }\n  }\n": typeof types.AddTaskDocument,
    "\n  mutation CloseMeeting($id: ID!) {\n    closeTeamMeeting(meetingId: $id) {\n      ...MeetingDetailFields\n    }\n  }\n": typeof types.CloseMeetingDocument,
    "\n  query MyTasks($includeDone: Boolean) {\n    myFollowUpTasks(includeDone: $includeDone, first: 100) {\n      edges {\n        node {\n          id\n          description\n          dueDate\n          done\n          overdue\n          citizenId\n          citizenName\n          meetingId\n          meetingStartsAt\n        }\n      }\n    }\n  }\n": typeof types.MyTasksDocument,
    "\n  mutation CompleteTask($input: CompleteFollowUpTaskInput!) {\n    completeFollowUpTask(input: $input) {\n      id\n      done\n      doneAt\n      overdue\n    }\n  }\n": typeof types.CompleteTaskDocument,
    "\n  query CitizenMeetings($id: ID!) {\n    citizen(id: $id) {\n      id\n      crisisFlag {\n        id\n        reason\n        raisedByName\n        raisedAt\n      }\n      teamBoardEntry {\n        id\n        reason\n        placedOn\n        daysOnBoard\n      }\n      followUpTasks {\n        id\n        description\n        dueDate\n        assigneeName\n        overdue\n      }\n      meetingDecisions {\n        id\n        text\n        meetingStartsAt\n        decidedByName\n      }\n      networkMeetings {\n        id\n        whenText\n        purpose\n        hasSummary\n      }\n    }\n  }\n": typeof types.CitizenMeetingsDocument,
    "\n  mutation RaiseCrisis($input: RaiseCrisisFlagInput!) {\n    raiseCrisisFlag(input: $input) {\n      id\n      crisisFlag {\n        id\n        reason\n        raisedByName\n        raisedAt\n      }\n    }\n  }\n": typeof types.RaiseCrisisDocument,
    "\n  mutation ClearCrisis($id: ID!) {\n    clearCrisisFlag(citizenId: $id) {\n      id\n      crisisFlag {\n        id\n      }\n    }\n  }\n": typeof types.ClearCrisisDocument,
    "\n  fragment NetworkMeetingFields on NetworkMeeting {\n    id\n    citizenId\n    citizenName\n    whenText\n    place\n    purpose\n    invitedByName\n    participants {\n      id\n      name\n      role\n      why\n      chosenByCitizen\n    }\n    agendaPoints {\n      id\n      text\n      fromCitizen\n    }\n    preparation {\n      job\n      network\n      leisure\n      housing\n      coping\n    }\n    summary\n  }\n": typeof types.NetworkMeetingFieldsFragmentDoc,
    "\n  query NetworkMeeting($id: ID!) {\n    networkMeeting(id: $id) {\n      ...NetworkMeetingFields\n    }\n  }\n": typeof types.NetworkMeetingDocument,
    "\n  query NewNetworkMeetingPage($citizenId: ID!) {\n    citizen(id: $citizenId) {\n      id\n      name\n      team {\n        id\n        members(first: 100) {\n          edges {\n            node {\n              id\n              user {\n                id\n                name\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.NewNetworkMeetingPageDocument,
    "\n  mutation CreateNetworkMeeting($input: CreateNetworkMeetingInput!) {\n    createNetworkMeeting(input: $input) {\n      ...NetworkMeetingFields\n    }\n  }\n": typeof types.CreateNetworkMeetingDocument,
    "\n  mutation AddParticipant($input: AddNetworkParticipantInput!) {\n    addNetworkMeetingParticipant(input: $input) {\n      ...NetworkMeetingFields\n    }\n  }\n": typeof types.AddParticipantDocument,
    "\n  mutation RemoveParticipant($id: ID!) {\n    removeNetworkMeetingParticipant(participantId: $id) {\n      ...NetworkMeetingFields\n    }\n  }\n": typeof types.RemoveParticipantDocument,
    "\n  mutation AddAgendaPoint($input: AddNetworkAgendaPointInput!) {\n    addNetworkMeetingAgendaPoint(input: $input) {\n      ...NetworkMeetingFields\n    }\n  }\n": typeof types.AddAgendaPointDocument,
    "\n  mutation SavePreparation($input: SaveNetworkPreparationInput!) {\n    saveNetworkMeetingPreparation(input: $input) {\n      ...NetworkMeetingFields\n    }\n  }\n": typeof types.SavePreparationDocument,
    "\n  mutation SaveSummary($input: SaveNetworkSummaryInput!) {\n    saveNetworkMeetingSummary(input: $input) {\n      ...NetworkMeetingFields\n    }\n  }\n": typeof types.SaveSummaryDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": typeof types.UnreadNotificationCountDocument,
    "\n  fragment NotificationFields on Notification {\n    id\n    kind\n    title\n    text\n    link\n    occursAt\n    createdAt\n    readAt\n  }\n": typeof types.NotificationFieldsFragmentDoc,
    "\n  query Notifications($first: Int!, $after: String, $unreadOnly: Boolean!) {\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...NotificationFields\n        }\n      }\n    }\n  }\n": typeof types.NotificationsDocument,
    "\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      ...NotificationFields\n    }\n  }\n": typeof types.MarkNotificationReadDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n": typeof types.MarkAllNotificationsReadDocument,
    "\n  query NotificationPreferences {\n    notificationPreferences {\n      kind\n      title\n      channel\n      enabled\n      defaultEnabled\n    }\n  }\n": typeof types.NotificationPreferencesDocument,
    "\n  mutation SetNotificationPreference($input: SetNotificationPreferenceInput!) {\n    setNotificationPreference(input: $input) {\n      kind\n      channel\n      enabled\n      defaultEnabled\n    }\n  }\n": typeof types.SetNotificationPreferenceDocument,
    "\n  fragment ReadinessRoundFields on ReadinessRound {\n    id\n    title\n    opensOn\n    closesOn\n    closedAt\n    status\n    invited\n    submitted\n    submittedSuppressed\n    minGroupSize\n    invitedByGroup {\n      group\n      invited\n    }\n    strengths\n    weaknesses\n    opportunities\n    threats\n  }\n": typeof types.ReadinessRoundFieldsFragmentDoc,
    "\n  fragment MyReadinessRoundFields on MyReadinessRound {\n    roundId\n    title\n    opensOn\n    closesOn\n    status\n    group\n    submittedAt\n    statementCount\n    answered\n  }\n": typeof types.MyReadinessRoundFieldsFragmentDoc,
    "\n  query ReadinessOverview {\n    readinessRounds {\n      ...ReadinessRoundFields\n    }\n    myReadinessRounds {\n      ...MyReadinessRoundFields\n    }\n  }\n": typeof types.ReadinessOverviewDocument,
    "\n  query MyReadinessRounds {\n    myReadinessRounds {\n      ...MyReadinessRoundFields\n    }\n  }\n": typeof types.MyReadinessRoundsDocument,
    "\n  query MyReadinessRound($roundId: ID!) {\n    myReadinessRound(roundId: $roundId) {\n      ...MyReadinessRoundFields\n      answers {\n        roundStatementId\n        driver\n        text\n        score\n        dontKnow\n        comment\n      }\n    }\n  }\n": typeof types.MyReadinessRoundDocument,
    "\n  mutation SaveReadinessAnswers($input: SaveReadinessAnswersInput!) {\n    saveReadinessAnswers(input: $input) {\n      ...MyReadinessRoundFields\n    }\n  }\n": typeof types.SaveReadinessAnswersDocument,
    "\n  mutation SubmitReadinessAnswers($input: SaveReadinessAnswersInput!) {\n    submitReadinessAnswers(input: $input) {\n      ...MyReadinessRoundFields\n    }\n  }\n": typeof types.SubmitReadinessAnswersDocument,
    "\n  query ReadinessCandidates {\n    readinessCandidates {\n      minGroupSize\n      people {\n        userId\n        name\n        group\n      }\n      teams {\n        teamId\n        name\n        members\n      }\n    }\n  }\n": typeof types.ReadinessCandidatesDocument,
    "\n  mutation OpenReadinessRound($input: OpenReadinessRoundInput!) {\n    openReadinessRound(input: $input) {\n      ...ReadinessRoundFields\n    }\n  }\n": typeof types.OpenReadinessRoundDocument,
    "\n  query ReadinessRoundPage($id: ID!) {\n    readinessRound(id: $id) {\n      ...ReadinessRoundFields\n    }\n    readinessRounds {\n      id\n      title\n      opensOn\n      closesOn\n      status\n    }\n    readinessResults(roundId: $id) {\n      available\n      suppressed\n      submitted\n      minGroupSize\n      groupsSuppressed\n      groups {\n        group\n        submitted\n        drivers {\n          driver\n          figures {\n            mean\n          }\n        }\n      }\n      drivers {\n        driver\n        figures {\n          answers\n          dontKnowShare\n          mean\n          standardDeviation\n          min\n          max\n          suppressed\n        }\n      }\n      statements {\n        roundStatementId\n        driver\n        text\n        comments\n        figures {\n          answers\n          dontKnowShare\n          mean\n          standardDeviation\n          min\n          max\n          suppressed\n        }\n      }\n    }\n  }\n": typeof types.ReadinessRoundPageDocument,
    "\n  query ReadinessComparison($input: CompareReadinessRoundsInput!) {\n    readinessComparison(input: $input) {\n      rounds {\n        id\n        title\n        closesOn\n        suppressed\n      }\n      drivers {\n        driver\n        text\n        means\n      }\n      statements {\n        statementId\n        driver\n        text\n        means\n      }\n    }\n  }\n": typeof types.ReadinessComparisonDocument,
    "\n  mutation CloseReadinessRound($id: ID!) {\n    closeReadinessRound(id: $id) {\n      ...ReadinessRoundFields\n    }\n  }\n": typeof types.CloseReadinessRoundDocument,
    "\n  mutation SaveReadinessSwot($input: ReadinessSwotInput!) {\n    saveReadinessSwot(input: $input) {\n      ...ReadinessRoundFields\n    }\n  }\n": typeof types.SaveReadinessSwotDocument,
    "\n  query ReadinessStatements {\n    readinessStatements {\n      id\n      driver\n      text\n      isDefault\n      retiredAt\n    }\n  }\n": typeof types.ReadinessStatementsDocument,
    "\n  mutation AddReadinessStatement($input: AddReadinessStatementInput!) {\n    addReadinessStatement(input: $input) {\n      id\n    }\n  }\n": typeof types.AddReadinessStatementDocument,
    "\n  mutation RewordReadinessStatement($input: RewordReadinessStatementInput!) {\n    rewordReadinessStatement(input: $input) {\n      id\n      text\n    }\n  }\n": typeof types.RewordReadinessStatementDocument,
    "\n  mutation RetireReadinessStatement($id: ID!) {\n    retireReadinessStatement(id: $id) {\n      id\n      retiredAt\n    }\n  }\n": typeof types.RetireReadinessStatementDocument,
    "\n  fragment OccurrenceFields on MeetingOccurrence {\n    id\n    seriesId\n    kind\n    teamId\n    title\n    originalDate\n    date\n    startsAt\n    endsAt\n    place\n    moved\n    status\n    statusReason\n    teamMeetingId\n  }\n": typeof types.OccurrenceFieldsFragmentDoc,
    "\n  fragment SeriesFields on MeetingSeries {\n    id\n    kind\n    teamId\n    memberId\n    memberName\n    title\n    rule {\n      rrule\n      frequency\n      interval\n      weekdays\n      monthDay\n      nth\n      weekday\n      until\n      count\n    }\n    startDate\n    startTime\n    durationMinutes\n    place\n    supervisorName\n    supervisorEmail\n    remindMinutesBefore\n    endedOn\n    nextOccurrences(first: 3) {\n      ...OccurrenceFields\n    }\n  }\n": typeof types.SeriesFieldsFragmentDoc,
    "\n  fragment HeldPlannedFields on HeldPlannedStat {\n    teamId\n    teamName\n    kind\n    month\n    planned\n    held\n    notHeld\n    cancelled\n    total\n  }\n": typeof types.HeldPlannedFieldsFragmentDoc,
    "\n  query TeamSchedulePage($teamId: ID!, $from: String!, $to: String!) {\n    team(id: $teamId) {\n      id\n      name\n    }\n    meetingSeries(teamId: $teamId, includeEnded: true) {\n      ...SeriesFields\n    }\n    teamOccurrences(teamId: $teamId, from: $from, to: $to, first: 100) {\n      edges {\n        node {\n          ...OccurrenceFields\n        }\n      }\n    }\n  }\n": typeof types.TeamSchedulePageDocument,
    "\n  query TeamHeldPlanned($teamId: ID!, $from: String!, $to: String!) {\n    heldPlannedStats(teamId: $teamId, from: $from, to: $to) {\n      ...HeldPlannedFields\n    }\n  }\n": typeof types.TeamHeldPlannedDocument,
    "\n  query SteeringMeetingsPage($from: String!, $to: String!, $statsFrom: String!, $statsTo: String!) {\n    steeringOccurrences(from: $from, to: $to, first: 50) {\n      edges {\n        node {\n          ...OccurrenceFields\n        }\n      }\n    }\n    heldPlannedStats(from: $statsFrom, to: $statsTo) {\n      ...HeldPlannedFields\n    }\n  }\n": typeof types.SteeringMeetingsPageDocument,
    "\n  query SteeringSeries {\n    meetingSeries(includeEnded: true) {\n      ...SeriesFields\n    }\n  }\n": typeof types.SteeringSeriesDocument,
    "\n  query SeriesTeamOptions($teamId: ID!) {\n    team(id: $teamId) {\n      id\n      name\n      members(first: 100) {\n        edges {\n          node {\n            id\n            user {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.SeriesTeamOptionsDocument,
    "\n  query MeetingSeriesById($id: ID!) {\n    meetingSeriesById(id: $id) {\n      ...SeriesFields\n    }\n  }\n": typeof types.MeetingSeriesByIdDocument,
    "\n  mutation CreateMeetingSeries($input: CreateMeetingSeriesInput!) {\n    createMeetingSeries(input: $input) {\n      ...SeriesFields\n    }\n  }\n": typeof types.CreateMeetingSeriesDocument,
    "\n  mutation UpdateMeetingSeries($input: UpdateMeetingSeriesInput!) {\n    updateMeetingSeries(input: $input) {\n      ...SeriesFields\n    }\n  }\n": typeof types.UpdateMeetingSeriesDocument,
    "\n  mutation EndMeetingSeries($input: EndMeetingSeriesInput!) {\n    endMeetingSeries(input: $input) {\n      ...SeriesFields\n    }\n  }\n": typeof types.EndMeetingSeriesDocument,
    "\n  query OccurrencePage($id: ID!) {\n    meetingOccurrence(id: $id) {\n      ...OccurrenceFields\n      statusSetAt\n      attendees {\n        memberId\n        name\n      }\n      sparringCase {\n        presenterMemberId\n        presenterName\n        citizen {\n          id\n          name\n        }\n      }\n      guide {\n        key\n        title\n        intro\n        points {\n          key\n          text\n        }\n      }\n    }\n  }\n": typeof types.OccurrencePageDocument,
    "\n  query SparringCitizens($teamId: ID!) {\n    team(id: $teamId) {\n      id\n      citizens(first: 100, status: ACTIVE) {\n        edges {\n          node {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.SparringCitizensDocument,
    "\n  mutation MoveOccurrence($input: MoveOccurrenceInput!) {\n    moveOccurrence(input: $input) {\n      ...OccurrenceFields\n    }\n  }\n": typeof types.MoveOccurrenceDocument,
    "\n  mutation CancelOccurrence($input: OccurrenceReasonInput!) {\n    cancelOccurrence(input: $input) {\n      ...OccurrenceFields\n    }\n  }\n": typeof types.CancelOccurrenceDocument,
    "\n  mutation MarkOccurrenceHeld($input: MarkOccurrenceHeldInput!) {\n    markOccurrenceHeld(input: $input) {\n      ...OccurrenceFields\n      statusSetAt\n      attendees {\n        memberId\n        name\n      }\n    }\n  }\n": typeof types.MarkOccurrenceHeldDocument,
    "\n  mutation MarkOccurrenceNotHeld($input: OccurrenceReasonInput!) {\n    markOccurrenceNotHeld(input: $input) {\n      ...OccurrenceFields\n    }\n  }\n": typeof types.MarkOccurrenceNotHeldDocument,
    "\n  mutation ReopenOccurrence($id: ID!) {\n    reopenOccurrence(id: $id) {\n      ...OccurrenceFields\n    }\n  }\n": typeof types.ReopenOccurrenceDocument,
    "\n  mutation SetSparringCase($input: SetSparringCaseInput!) {\n    setSparringCase(input: $input) {\n      ...OccurrenceFields\n    }\n  }\n": typeof types.SetSparringCaseDocument,
    "\n  query MySessions {\n    mySessions {\n      id\n      browser\n      os\n      startedAt\n      lastUsedAt\n      current\n      viaSso\n    }\n  }\n": typeof types.MySessionsDocument,
    "\n  mutation EndSession($id: ID!) {\n    endSession(id: $id)\n  }\n": typeof types.EndSessionDocument,
    "\n  mutation EndOtherSessions {\n    endOtherSessions\n  }\n": typeof types.EndOtherSessionsDocument,
    "\n  mutation EndUserSessions($userId: ID!) {\n    endUserSessions(userId: $userId)\n  }\n": typeof types.EndUserSessionsDocument,
    "\n  query StartPage {\n    startPage {\n      today\n      carePlanFollowUps {\n        citizenId\n        citizenName\n        versionId\n        dueOn\n        overdue\n      }\n      ledTeams {\n        ...TeamAttentionFields\n      }\n    }\n    myDay {\n      visits {\n        id\n        plannedStart\n        plannedEnd\n        outcome\n        citizen {\n          id\n          name\n        }\n      }\n    }\n    notifications(first: 5, unreadOnly: true) {\n      ...UnreadNotificationsFields\n    }\n    myFollowUpTasks(first: 30) {\n      edges {\n        node {\n          id\n          description\n          dueDate\n          overdue\n          citizenId\n          citizenName\n          meetingId\n        }\n      }\n    }\n  }\n": typeof types.StartPageDocument,
    "\n  fragment TeamAttentionFields on TeamAttention {\n    teamId\n    teamName\n    waitingCount\n    waiting {\n      citizenId\n      citizenName\n      days\n    }\n    membersAtCapacity {\n      memberId\n      name\n      load\n      allowed\n      overCapacity\n    }\n    expiringExceptions {\n      memberId\n      memberName\n      extra\n      validUntil\n    }\n    notSeenThresholdDays\n    notSeenCount\n    notSeen {\n      citizenId\n      citizenName\n      days\n    }\n    nextTeamMeeting {\n      id\n      startsAt\n      endsAt\n      place\n    }\n    nextSupervision {\n      id\n      startsAt\n      endsAt\n      place\n    }\n  }\n": typeof types.TeamAttentionFieldsFragmentDoc,
    "\n  fragment UnreadNotificationsFields on NotificationConnection {\n    totalCount\n    edges {\n      node {\n        id\n        title\n        text\n        link\n      }\n    }\n  }\n": typeof types.UnreadNotificationsFieldsFragmentDoc,
    "\n  query SteeringStart {\n    startPage {\n      nextSteeringMeeting {\n        id\n        startsAt\n        endsAt\n        place\n      }\n    }\n    notifications(first: 5, unreadOnly: true) {\n      ...UnreadNotificationsFields\n    }\n  }\n": typeof types.SteeringStartDocument,
    "\n  fragment TeamBoardEntryFields on TeamBoardEntry {\n    id\n    citizenId\n    citizenName\n    reason\n    placedOn\n    daysOnBoard\n    removedOn\n    removedReason\n    contacts {\n      id\n      memberId\n      memberName\n      agreement\n    }\n    latestNotes {\n      id\n      text\n      writtenByName\n      createdAt\n    }\n  }\n": typeof types.TeamBoardEntryFieldsFragmentDoc,
    "\n  query TeamBoardPage($teamId: ID!) {\n    team(id: $teamId) {\n      id\n      name\n      members(first: 100) {\n        edges {\n          node {\n            id\n            user {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n    teamBoard(teamId: $teamId) {\n      ...TeamBoardEntryFields\n    }\n  }\n": typeof types.TeamBoardPageDocument,
    "\n  mutation PutOnBoard($input: PutOnTeamBoardInput!) {\n    putCitizenOnTeamBoard(input: $input) {\n      ...TeamBoardEntryFields\n    }\n  }\n": typeof types.PutOnBoardDocument,
    "\n  mutation AddBoardContact($input: AddTeamBoardContactInput!) {\n    addTeamBoardContact(input: $input) {\n      ...TeamBoardEntryFields\n    }\n  }\n": typeof types.AddBoardContactDocument,
    "\n  mutation AddBoardNote($input: AddTeamBoardNoteInput!) {\n    addTeamBoardNote(input: $input) {\n      ...TeamBoardEntryFields\n    }\n  }\n": typeof types.AddBoardNoteDocument,
    "\n  mutation TakeOffBoard($input: TakeOffTeamBoardInput!) {\n    takeCitizenOffTeamBoard(input: $input) {\n      ...TeamBoardEntryFields\n    }\n  }\n": typeof types.TakeOffBoardDocument,
    "\n  query TeamPage($id: ID!) {\n    team(id: $id) {\n      id\n      name\n      activeCitizenCount\n      members(first: 100) {\n        totalCount\n        edges {\n          cursor\n          node {\n            id\n            discipline\n            fte\n            isTeamLeader\n            user {\n              id\n              name\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.TeamPageDocument,
    "\n  query RegionalTreatmentCourses($citizenId: ID!) {\n    regionalTreatmentCourses(citizenId: $citizenId) {\n      id\n      unit\n      referredOn\n      admittedOn\n      dischargedOn\n      returnedOn\n      withdrawnOn\n      stage\n      waitingDays\n      recordedByName\n      version\n    }\n  }\n": typeof types.RegionalTreatmentCoursesDocument,
    "\n  mutation RecordRegionalReferral($input: RecordRegionalReferralInput!) {\n    recordRegionalReferral(input: $input) {\n      id\n    }\n  }\n": typeof types.RecordRegionalReferralDocument,
    "\n  mutation UpdateRegionalTreatmentCourse($input: UpdateRegionalTreatmentCourseInput!) {\n    updateRegionalTreatmentCourse(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.UpdateRegionalTreatmentCourseDocument,
    "\n  fragment VisitFields on Visit {\n    id\n    plannedStart\n    plannedEnd\n    placeKind\n    placeText\n    purpose\n    seriesId\n    outcome\n    actualMinutes\n    faceToFace\n    supportNetwork\n    substanceTreatment\n    outcomeNote\n    outcomeLoggedAt\n    participants {\n      memberId\n      userId\n      name\n    }\n    citizen {\n      id\n      name\n      phone\n      address {\n        street\n        postalCode\n        city\n        accessNote\n      }\n    }\n  }\n": typeof types.VisitFieldsFragmentDoc,
    "\n  query MyDay($date: String) {\n    myDay(date: $date) {\n      from\n      to\n      visits {\n        ...VisitFields\n      }\n      doubleBookings {\n        memberId\n        memberName\n        visitIds\n      }\n    }\n  }\n": typeof types.MyDayDocument,
    "\n  query MyWeek($weekOf: String) {\n    myWeek(weekOf: $weekOf) {\n      from\n      to\n      visits {\n        ...VisitFields\n      }\n      doubleBookings {\n        memberId\n        memberName\n        visitIds\n      }\n    }\n  }\n": typeof types.MyWeekDocument,
    "\n  query TeamVisits($teamId: ID!, $weekOf: String) {\n    team(id: $teamId) {\n      id\n      name\n      notSeenThresholdDays\n    }\n    notSeenCitizens(teamId: $teamId) {\n      thresholdDays\n      citizens {\n        daysSince\n        lastFaceToFaceAt\n        nextVisitAt\n        citizen {\n          id\n          name\n        }\n      }\n    }\n    teamWeek(teamId: $teamId, weekOf: $weekOf) {\n      from\n      to\n      visits {\n        ...VisitFields\n      }\n      doubleBookings {\n        memberId\n        memberName\n        visitIds\n      }\n    }\n  }\n": typeof types.TeamVisitsDocument,
    "\n  query Visit($id: ID!) {\n    visit(id: $id) {\n      ...VisitFields\n    }\n  }\n": typeof types.VisitDocument,
    "\n  query PlanVisitOptions($citizenId: ID!) {\n    citizen(id: $citizenId) {\n      id\n      name\n      status\n      team {\n        id\n        name\n        members(first: 100) {\n          edges {\n            node {\n              id\n              discipline\n              user {\n                id\n                name\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.PlanVisitOptionsDocument,
    "\n  mutation PlanVisit($input: PlanVisitInput!) {\n    planVisit(input: $input) {\n      created\n      visit {\n        ...VisitFields\n      }\n      series {\n        id\n        rrule\n        materialisedUntil\n      }\n      doubleBookings {\n        memberId\n        memberName\n        visitIds\n      }\n    }\n  }\n": typeof types.PlanVisitDocument,
    "\n  mutation MoveVisit($input: MoveVisitInput!) {\n    moveVisit(input: $input) {\n      visit {\n        ...VisitFields\n      }\n      doubleBookings {\n        memberId\n        memberName\n        visitIds\n      }\n    }\n  }\n": typeof types.MoveVisitDocument,
    "\n  mutation LogVisitOutcome($input: LogVisitOutcomeInput!) {\n    logVisitOutcome(input: $input) {\n      ...VisitFields\n    }\n  }\n": typeof types.LogVisitOutcomeDocument,
    "\n  mutation StopVisitSeries($input: StopVisitSeriesInput!) {\n    stopVisitSeries(input: $input) {\n      seriesId\n      removed\n    }\n  }\n": typeof types.StopVisitSeriesDocument,
    "\n  mutation SetNotSeenThreshold($input: SetNotSeenThresholdInput!) {\n    setNotSeenThreshold(input: $input) {\n      id\n      notSeenThresholdDays\n    }\n  }\n": typeof types.SetNotSeenThresholdDocument,
    "\n  query CitizenVisitOverview($id: ID!) {\n    citizen(id: $id) {\n      id\n      visitOverview {\n        lastVisits {\n          id\n          plannedStart\n          plannedEnd\n          placeKind\n          placeText\n          outcome\n          actualMinutes\n          faceToFace\n        }\n        nextVisits {\n          id\n          plannedStart\n          plannedEnd\n          placeKind\n          placeText\n          participants {\n            memberId\n            name\n          }\n        }\n        measures {\n          distinctStaffLastTwoWeeks\n          daysSinceLastFaceToFace\n          outsideOfficeShare\n          weeks {\n            week\n            weekStart\n            contacts\n            faceToFaceContacts\n            faceToFaceMinutes\n          }\n        }\n      }\n    }\n  }\n": typeof types.CitizenVisitOverviewDocument,
    "\n  query MyCalendarFeed {\n    myCalendarFeed {\n      active\n      createdAt\n      lastUsedAt\n    }\n  }\n": typeof types.MyCalendarFeedDocument,
    "\n  mutation CreateCalendarFeed {\n    createCalendarFeed {\n      path\n      createdAt\n    }\n  }\n": typeof types.CreateCalendarFeedDocument,
    "\n  mutation RevokeCalendarFeed {\n    revokeCalendarFeed {\n      active\n      createdAt\n      lastUsedAt\n    }\n  }\n": typeof types.RevokeCalendarFeedDocument,
    "\n  query PlanVisitCitizens($teamId: ID!) {\n    team(id: $teamId) {\n      id\n      citizens(first: 100) {\n        edges {\n          node {\n            id\n            name\n            status\n          }\n        }\n      }\n    }\n  }\n": typeof types.PlanVisitCitizensDocument,
};
const documents: Documents = {
    "\n  fragment AccessLogEntryFields on AccessLogEntry {\n    id\n    occurredAt\n    actorName\n    actorId\n    citizenId\n    criterion\n    operation\n    purpose\n    requestId\n  }\n": types.AccessLogEntryFieldsFragmentDoc,
    "\n  query AccessLog($filter: AccessLogFilter, $first: Int!, $after: String) {\n    accessLog(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...AccessLogEntryFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.AccessLogDocument,
    "\n  query AccessLogUsers($first: Int!, $after: String) {\n    users(first: $first, after: $after) {\n      edges {\n        node {\n          id\n          name\n          email\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.AccessLogUsersDocument,
    "\n  query AccessLogExtract($cpr: String!) {\n    accessLogExtract(cpr: $cpr) {\n      ...AccessLogEntryFields\n    }\n  }\n": types.AccessLogExtractDocument,
    "\n  query AdminUsers($first: Int!, $after: String) {\n    users(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          name\n          email\n          role\n          disabled\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.AdminUsersDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      name\n      email\n      role\n      disabled\n    }\n  }\n": types.CreateUserDocument,
    "\n  query AdminTeams($first: Int!, $after: String) {\n    teams(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          name\n          activeCitizenCount\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.AdminTeamsDocument,
    "\n  mutation CreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      id\n      name\n      activeCitizenCount\n    }\n  }\n": types.CreateTeamDocument,
    "\n  query AdminTeam($id: ID!) {\n    team(id: $id) {\n      id\n      name\n      members(first: 100) {\n        totalCount\n        edges {\n          cursor\n          node {\n            id\n            discipline\n            fte\n            isTeamLeader\n            user {\n              id\n              name\n              email\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.AdminTeamDocument,
    "\n  mutation AddTeamMember($input: AddTeamMemberInput!) {\n    addTeamMember(input: $input) {\n      id\n      discipline\n      fte\n      isTeamLeader\n      user {\n        id\n        name\n      }\n    }\n  }\n": types.AddTeamMemberDocument,
    "\n  mutation ResetUserMfa($input: ResetUserMfaInput!) {\n    resetUserMfa(input: $input) { enrolled required }\n  }\n": types.ResetUserMfaDocument,
    "\n  mutation SetTeamBudgetedPositions($input: SetTeamBudgetedPositionsInput!) {\n    setTeamBudgetedPositions(input: $input) { id fte from to }\n  }\n": types.SetTeamBudgetedPositionsDocument,
    "\n  query JobQueueHealth {\n    jobQueueHealth {\n      checkedAt\n      queues {\n        name\n        waiting\n        active\n        delayed\n        failed\n        completed\n      }\n      schedulers {\n        id\n        queue\n        count\n        everySeconds\n        pattern\n        timeZone\n        nextRunAt\n        lastRunAt\n        lastOutcome\n        failedCount\n      }\n    }\n  }\n": types.JobQueueHealthDocument,
    "\n  query SsoSettings {\n    ssoSettings {\n      ...SsoSettingsFields\n    }\n    users(first: 100) {\n      edges {\n        node {\n          id\n          name\n          role\n          disabled\n        }\n      }\n    }\n  }\n": types.SsoSettingsDocument,
    "\n  fragment SsoSettingsFields on SsoSettings {\n    enabled\n    issuer\n    clientId\n    clientSecretEnv\n    clientSecretAvailable\n    ssoRequired\n    breakGlassUserId\n    redirectUri\n    postLogoutRedirectUri\n    linkedUsers\n  }\n": types.SsoSettingsFieldsFragmentDoc,
    "\n  mutation SaveSsoSettings($input: SaveSsoSettingsInput!) {\n    saveSsoSettings(input: $input) {\n      ...SsoSettingsFields\n    }\n  }\n": types.SaveSsoSettingsDocument,
    "\n  fragment AgreementFields on CooperationAgreement {\n    id\n    partnerKind\n    partnerName\n    parties\n    covers\n    description\n    status\n    signedOn\n    reviewOn\n    reviewState\n    documentUrl\n    version\n  }\n": types.AgreementFieldsFragmentDoc,
    "\n  query Agreements($status: AgreementStatus) {\n    agreements(status: $status) {\n      ...AgreementFields\n    }\n  }\n": types.AgreementsDocument,
    "\n  query Agreement($id: ID!) {\n    agreement(id: $id) {\n      ...AgreementFields\n    }\n  }\n": types.AgreementDocument,
    "\n  mutation CreateAgreement($input: CreateAgreementInput!) {\n    createAgreement(input: $input) {\n      ...AgreementFields\n    }\n  }\n": types.CreateAgreementDocument,
    "\n  mutation UpdateAgreement($input: UpdateAgreementInput!) {\n    updateAgreement(input: $input) {\n      ...AgreementFields\n    }\n  }\n": types.UpdateAgreementDocument,
    "\n  mutation VerifyLoginCode($input: VerifyLoginCodeInput!) {\n    verifyLoginCode(input: $input) {\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n": types.VerifyLoginCodeDocument,
    "\n  query MfaStatus {\n    mfaStatus {\n      enrolled\n      required\n      recoveryCodesLeft\n    }\n  }\n": types.MfaStatusDocument,
    "\n  mutation StartMfaEnrolment {\n    startMfaEnrolment {\n      secret\n      qrCode\n    }\n  }\n": types.StartMfaEnrolmentDocument,
    "\n  mutation ConfirmMfaEnrolment($input: ConfirmMfaEnrolmentInput!) {\n    confirmMfaEnrolment(input: $input) {\n      recoveryCodes\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n": types.ConfirmMfaEnrolmentDocument,
    "\n  mutation RegenerateMfaRecoveryCodes($input: RegenerateRecoveryCodesInput!) {\n    regenerateMfaRecoveryCodes(input: $input)\n  }\n": types.RegenerateMfaRecoveryCodesDocument,
    "\n  mutation DisableMfa($input: DisableMfaInput!) {\n    disableMfa(input: $input) {\n      enrolled\n      required\n      recoveryCodesLeft\n    }\n  }\n": types.DisableMfaDocument,
    "\n  query SsoLoginOptions {\n    ssoLoginOptions {\n      tenantId\n      tenantName\n    }\n  }\n": types.SsoLoginOptionsDocument,
    "\n  query ViewerSso {\n    me {\n      id\n      signedInWithSso\n    }\n  }\n": types.ViewerSsoDocument,
    "\n  fragment ViewerFields on Viewer {\n    id\n    name\n    email\n    role\n    tenantName\n    teams {\n      id\n      name\n      isTeamLeader\n    }\n    mfaEnrolmentRequired\n  }\n": types.ViewerFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n": types.MeDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      viewer {\n        ...ViewerFields\n      }\n      mfa {\n        token\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  fragment PlanVersionFields on CarePlanVersion {\n    id\n    number\n    status\n    revision\n    previousVersionId\n    citizenWords\n    nextFollowUpOn\n    followUpState\n    agreedOn\n    agreedHow\n    participants\n    agreedByName\n    updatedByName\n    updatedAt\n    goals {\n      id\n      goalKey\n      citizenWords\n      status\n      stageOfChange\n      lifeArea {\n        id\n        name\n        tracksStageOfChange\n      }\n      steps {\n        id\n        description\n        dueOn\n        responsibleMember {\n          id\n          discipline\n          user {\n            id\n            name\n          }\n        }\n      }\n    }\n    declinedAreas {\n      id\n      citizenWords\n      lifeArea {\n        id\n        name\n      }\n    }\n  }\n": types.PlanVersionFieldsFragmentDoc,
    "\n  query CitizenPlanOverview($id: ID!) {\n    citizen(id: $id) {\n      id\n      carePlan {\n        current {\n          ...PlanVersionFields\n        }\n        draft {\n          id\n          number\n          updatedAt\n          updatedByName\n        }\n        versions {\n          id\n        }\n      }\n      consents {\n        id\n        partner\n        purpose\n        validFrom\n        validTo\n        withdrawnOn\n        state\n        agreement {\n          id\n          partnerName\n        }\n      }\n      relatives {\n        id\n        name\n        relation\n        wantsInvolved\n        phone\n      }\n      latestChanges {\n        id\n        operation\n        actorName\n        occurredAt\n      }\n    }\n  }\n": types.CitizenPlanOverviewDocument,
    "\n  query CarePlanPage($citizenId: ID!) {\n    citizen(id: $citizenId) {\n      id\n      name\n      status\n      team {\n        id\n        name\n        members(first: 100) {\n          edges {\n            node {\n              id\n              discipline\n              user {\n                id\n                name\n              }\n            }\n          }\n        }\n      }\n      carePlan {\n        current {\n          ...PlanVersionFields\n        }\n        draft {\n          ...PlanVersionFields\n        }\n        versions {\n          id\n          number\n          status\n          agreedOn\n          agreedHow\n          createdAt\n        }\n      }\n    }\n    lifeAreas {\n      id\n      name\n      tracksStageOfChange\n    }\n  }\n": types.CarePlanPageDocument,
    "\n  query CarePlanVersion($id: ID!) {\n    carePlanVersion(id: $id) {\n      ...PlanVersionFields\n      citizen {\n        id\n        name\n      }\n    }\n  }\n": types.CarePlanVersionDocument,
    "\n  query CarePlanDiff($from: ID!, $to: ID!) {\n    carePlanDiff(fromVersionId: $from, toVersionId: $to) {\n      kind\n      goalKey\n      lifeAreaName\n      before\n      after\n    }\n  }\n": types.CarePlanDiffDocument,
    "\n  query CarePlanPrint($citizenId: ID!) {\n    citizen(id: $citizenId) {\n      id\n      name\n      carePlan {\n        current {\n          ...PlanVersionFields\n        }\n      }\n    }\n  }\n": types.CarePlanPrintDocument,
    "\n  mutation StartCarePlanDraft($input: CitizenRefInput!) {\n    startCarePlanDraft(input: $input) {\n      ...PlanVersionFields\n    }\n  }\n": types.StartCarePlanDraftDocument,
    "\n  mutation SaveCarePlanDraft($input: SaveCarePlanDraftInput!) {\n    saveCarePlanDraft(input: $input) {\n      ...PlanVersionFields\n    }\n  }\n": types.SaveCarePlanDraftDocument,
    "\n  mutation AgreeCarePlan($input: AgreeCarePlanInput!) {\n    agreeCarePlan(input: $input) {\n      ...PlanVersionFields\n    }\n  }\n": types.AgreeCarePlanDocument,
    "\n  mutation RecordConsent($input: RecordConsentInput!) {\n    recordConsent(input: $input) {\n      id\n      partner\n      purpose\n      validFrom\n      validTo\n      withdrawnOn\n      state\n    }\n  }\n": types.RecordConsentDocument,
    "\n  mutation WithdrawConsent($input: WithdrawConsentInput!) {\n    withdrawConsent(input: $input) {\n      id\n      withdrawnOn\n      state\n    }\n  }\n": types.WithdrawConsentDocument,
    "\n  mutation AddRelative($input: AddRelativeInput!) {\n    addRelative(input: $input) {\n      id\n      name\n      relation\n      wantsInvolved\n      phone\n    }\n  }\n": types.AddRelativeDocument,
    "\n  mutation UpdateRelative($input: UpdateRelativeInput!) {\n    updateRelative(input: $input) {\n      id\n      wantsInvolved\n    }\n  }\n": types.UpdateRelativeDocument,
    "\n  query TeamCaseload($teamId: ID!) {\n    teamCaseload(teamId: $teamId) {\n      teamId\n      teamName\n      activeCitizens\n      primaryFte\n      ratio\n      ratioWithinLimit\n      alerts {\n        id\n        kind\n        message\n      }\n      members {\n        name\n        load\n        capacity\n        allowed\n        utilisation\n        overCapacity\n        member {\n          id\n          discipline\n          fte\n          isTeamLeader\n          user {\n            id\n          }\n        }\n        exception {\n          id\n          extra\n          reason\n          validUntil\n          grantedByName\n        }\n        citizens {\n          id\n          name\n          status\n        }\n      }\n      waiting {\n        daysWaiting\n        citizen {\n          id\n          name\n          status\n        }\n        admission {\n          allMet\n          assessedAt\n        }\n      }\n    }\n  }\n": types.TeamCaseloadDocument,
    "\n  query ProposeRebalancing($teamId: ID!) {\n    proposeRebalancing(teamId: $teamId) {\n      stillWaiting\n      stillOver\n      moves {\n        citizenId\n        citizenName\n        fromMemberId\n        fromMemberName\n        toMemberId\n        toMemberName\n        reason\n        basis\n      }\n    }\n  }\n": types.ProposeRebalancingDocument,
    "\n  mutation AssignPrimaryContact($input: AssignPrimaryContactInput!) {\n    assignPrimaryContact(input: $input) {\n      id\n      status\n      primaryContact {\n        id\n        memberId\n        memberName\n        startedAt\n      }\n    }\n  }\n": types.AssignPrimaryContactDocument,
    "\n  mutation SetMemberFte($input: SetMemberFteInput!) {\n    setMemberFte(input: $input) {\n      id\n      fte\n    }\n  }\n": types.SetMemberFteDocument,
    "\n  mutation GrantCaseloadException($input: GrantCaseloadExceptionInput!) {\n    grantCaseloadException(input: $input) {\n      id\n      memberId\n      extra\n      reason\n      validUntil\n    }\n  }\n": types.GrantCaseloadExceptionDocument,
    "\n  fragment CitizenCaseloadFields on Citizen {\n    primaryContact {\n      id\n      memberId\n      memberName\n      startedAt\n      assignedByName\n    }\n    primaryContactHistory {\n      id\n      memberName\n      startedAt\n      endedAt\n      assignedByName\n      endReason\n      endKind\n    }\n    secondaryContacts {\n      id\n      discipline\n      user {\n        id\n        name\n      }\n    }\n    admission {\n      isAdult\n      hasMentalIllness\n      hasSubstanceUse\n      notHeldByOrdinaryServices\n      wantsSupport\n      allMet\n      note\n      assessedAt\n    }\n  }\n": types.CitizenCaseloadFieldsFragmentDoc,
    "\n  mutation RecordAdmission($input: RecordAdmissionInput!) {\n    recordAdmission(input: $input) {\n      id\n      ...CitizenCaseloadFields\n    }\n  }\n": types.RecordAdmissionDocument,
    "\n  query CaseloadSummaries {\n    caseloadSummaries {\n      teamId\n      teamName\n      suppressed\n      activeCitizens\n      primaryFte\n      ratio\n      waiting\n      membersOverCapacity\n      exceptionsInForce\n    }\n  }\n": types.CaseloadSummariesDocument,
    "\n  query CitizenPage($id: ID!) {\n    citizen(id: $id) {\n      id\n      name\n      cprMasked\n      status\n      statusReason\n      phone\n      email\n      address {\n        street\n        postalCode\n        city\n        accessNote\n      }\n      team {\n        id\n        name\n      }\n      updatedAt\n      ...CitizenCaseloadFields\n    }\n  }\n": types.CitizenPageDocument,
    "\n  query CitizenCpr($id: ID!) {\n    citizenCpr(id: $id)\n  }\n": types.CitizenCprDocument,
    "\n  mutation CreateCitizen($input: CreateCitizenInput!) {\n    createCitizen(input: $input) {\n      id\n      name\n      status\n      cprMasked\n      team {\n        id\n      }\n    }\n  }\n": types.CreateCitizenDocument,
    "\n  query TeamCitizens($teamId: ID!, $first: Int!, $after: String) {\n    team(id: $teamId) {\n      id\n      citizens(first: $first, after: $after) {\n        totalCount\n        edges {\n          cursor\n          node {\n            id\n            name\n            status\n            cprMasked\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.TeamCitizensDocument,
    "\n  mutation EndCitizenCourse($input: EndCitizenCourseInput!) {\n    endCitizenCourse(input: $input) {\n      removedVisits\n      stoppedSeries\n      citizen {\n        id\n        status\n        statusReason\n      }\n    }\n  }\n": types.EndCitizenCourseDocument,
    "\n  fragment DashboardTeamFields on DashboardTeam {\n    teamId\n    teamName\n    suppressed\n    averagePrimaryFte\n    membersOverCapacity\n    exceptionsInForce\n    notSeenThresholdDays\n    caseloadRatio { value suppressed }\n    averageCitizens { value suppressed }\n    citizensActive { value suppressed }\n    citizensWaiting { value suppressed }\n    citizensStarted { value suppressed }\n    citizensEnded { value suppressed }\n    faceToFacePerCitizenWeek { value suppressed }\n    agreedPlanShare { value suppressed }\n    followUpOnTimeShare { value suppressed }\n    notSeenShare { value suppressed }\n    meetings { kind planned held notHeld notMarked cancelled }\n    transitions {\n      referrals { value suppressed }\n      admissions { value suppressed }\n      discharges { value suppressed }\n      returns { value suppressed }\n      withdrawn { value suppressed }\n      medianWaitDays { value suppressed }\n    }\n  }\n": types.DashboardTeamFieldsFragmentDoc,
    "\n  query SteeringDashboard($from: String!, $to: String!) {\n    steeringDashboard(from: $from, to: $to) {\n      from\n      to\n      days\n      weeks\n      readingDay\n      minGroupSize\n      teams {\n        ...DashboardTeamFields\n      }\n      allTeams {\n        ...DashboardTeamFields\n      }\n      phases { phase items done notRelevant inProgress progress }\n      latestReadinessRound {\n        roundId\n        title\n        opensOn\n        closesOn\n        submitted\n        invited\n        suppressed\n        drivers { driver mean { value suppressed } }\n      }\n    }\n  }\n": types.SteeringDashboardDocument,
    "\n  query TenantSettings {\n    tenantSettings { minGroupSize accessLogRetentionMonths mfaPolicy }\n  }\n": types.TenantSettingsDocument,
    "\n  mutation SetAccessLogRetention($months: Int!) {\n    setAccessLogRetention(input: { months: $months }) { accessLogRetentionMonths }\n  }\n": types.SetAccessLogRetentionDocument,
    "\n  mutation SetMinGroupSize($input: SetMinGroupSizeInput!) {\n    setMinGroupSize(input: $input) { minGroupSize }\n  }\n": types.SetMinGroupSizeDocument,
    "\n  mutation SetMfaPolicy($input: SetMfaPolicyInput!) {\n    setMfaPolicy(input: $input) { minGroupSize mfaPolicy }\n  }\n": types.SetMfaPolicyDocument,
    "\n  fragment FidelityItemFields on FidelityItemResult {\n    itemId\n    subscale\n    name\n    definition\n    unit\n    kind\n    needsHumanRating\n    value\n    rating\n    unratedReason\n    windowFrom\n    windowTo\n    rule { direction cutoffs }\n    basis { key value }\n    manualRating { id itemId rating note ratedOn ratedByName }\n  }\n": types.FidelityItemFieldsFragmentDoc,
    "\n  query FidelityReport($teamId: ID!, $from: String, $to: String) {\n    fidelityReport(teamId: $teamId, from: $from, to: $to) {\n      teamId\n      teamName\n      from\n      to\n      modelVersionId\n      modelVersionLabel\n      computedAt\n      total { score ratedItems items }\n      subscales { subscale name score ratedItems items }\n      items { ...FidelityItemFields }\n    }\n  }\n": types.FidelityReportDocument,
    "\n  query FidelityTrend($teamId: ID!, $weeks: Int) {\n    fidelityTrend(teamId: $teamId, weeks: $weeks) {\n      from\n      to\n      modelVersionId\n      total { score ratedItems items }\n    }\n  }\n": types.FidelityTrendDocument,
    "\n  query FidelityDrillDown($teamId: ID!, $itemId: String!, $from: String, $to: String) {\n    fidelityDrillDown(teamId: $teamId, itemId: $itemId, from: $from, to: $to) {\n      itemId\n      name\n      columns\n      rows { cells citizenId visitId meetingId }\n      basis { key value }\n    }\n  }\n": types.FidelityDrillDownDocument,
    "\n  mutation RateFidelityItem($input: RateFidelityItemInput!) {\n    rateFidelityItem(input: $input) { id itemId rating note ratedOn ratedByName }\n  }\n": types.RateFidelityItemDocument,
    "\n  query SteeringFidelity($from: String, $to: String) {\n    steeringFidelity(from: $from, to: $to) {\n      teamId\n      teamName\n      withheld\n      total { score ratedItems items }\n      subscales { subscale name score ratedItems items }\n      items { itemId subscale name unit kind value rating unratedReason }\n    }\n  }\n": types.SteeringFidelityDocument,
    "\n  fragment FunctionRoleFields on FunctionRole {\n    id\n    teamId\n    teamName\n    title\n    discipline\n    current {\n      id\n      version\n      purpose\n      tasksOutreach\n      tasksPlan\n      tasksSupport\n      tasksTransition\n      professionalCompetences\n      personalCompetences\n      writtenByName\n      createdAt\n    }\n    versions {\n      id\n      version\n      createdAt\n      writtenByName\n    }\n    members {\n      memberId\n      name\n      fte\n    }\n  }\n": types.FunctionRoleFieldsFragmentDoc,
    "\n  query FunctionsPage($teamId: ID!) {\n    team(id: $teamId) {\n      id\n      name\n      members(first: 100) {\n        edges {\n          node {\n            id\n            discipline\n            fte\n            user {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n    teamComposition(teamId: $teamId) {\n      activeCitizens\n      totalFte\n      missing\n      below\n      lines {\n        discipline\n        fte\n        members\n        needed\n        perHundred\n        required\n        status\n      }\n    }\n    teamFunctionRoles(teamId: $teamId) {\n      ...FunctionRoleFields\n    }\n  }\n": types.FunctionsPageDocument,
    "\n  query FunctionRole($id: ID!) {\n    functionRole(id: $id) {\n      ...FunctionRoleFields\n    }\n  }\n": types.FunctionRoleDocument,
    "\n  mutation CreateFunctionRole($input: CreateFunctionRoleInput!) {\n    createFunctionRole(input: $input) {\n      ...FunctionRoleFields\n    }\n  }\n": types.CreateFunctionRoleDocument,
    "\n  mutation SaveFunctionDescription($input: SaveFunctionDescriptionInput!) {\n    saveFunctionDescription(input: $input) {\n      ...FunctionRoleFields\n    }\n  }\n": types.SaveFunctionDescriptionDocument,
    "\n  mutation LinkMemberFunction($input: LinkMemberFunctionInput!) {\n    linkMemberToFunctionRole(input: $input) {\n      ...FunctionRoleFields\n    }\n  }\n": types.LinkMemberFunctionDocument,
    "\n  fragment GroupSessionFields on GroupSession {\n    id\n    teamId\n    kind\n    title\n    startsAt\n    durationMinutes\n    ledByMemberId\n    ledByName\n    attendees {\n      citizenId\n      name\n    }\n  }\n": types.GroupSessionFieldsFragmentDoc,
    "\n  query GroupSessionsPage($teamId: ID!, $first: Int!, $after: String) {\n    team(id: $teamId) {\n      id\n      name\n      members(first: 100) {\n        edges {\n          node {\n            id\n            user {\n              id\n              name\n            }\n          }\n        }\n      }\n      citizens(first: 100) {\n        edges {\n          node {\n            id\n            name\n            status\n          }\n        }\n      }\n    }\n    groupSessions(teamId: $teamId, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...GroupSessionFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.GroupSessionsPageDocument,
    "\n  mutation CreateGroupSession($input: CreateGroupSessionInput!) {\n    createGroupSession(input: $input) {\n      ...GroupSessionFields\n    }\n  }\n": types.CreateGroupSessionDocument,
    "\n  mutation UpdateGroupSession($input: UpdateGroupSessionInput!) {\n    updateGroupSession(input: $input) {\n      ...GroupSessionFields\n    }\n  }\n": types.UpdateGroupSessionDocument,
    "\n  fragment ChecklistItemFields on ChecklistItem {\n    id\n    phase\n    fromGuide\n    text\n    status\n    statusReason\n    owner\n    dueOn\n    overdue\n    evidenceNote\n    evidenceUrl\n    evidenceRecords {\n      kind\n      id\n      label\n      roleId\n    }\n    completedAt\n    version\n  }\n": types.ChecklistItemFieldsFragmentDoc,
    "\n  query ImplementationPhases {\n    implementationPhases {\n      phase\n      number\n      title\n      summary\n      progress {\n        total\n        done\n        notRelevant\n        inProgress\n        notStarted\n        percent\n        state\n      }\n      items {\n        ...ChecklistItemFields\n      }\n      lastRevisit {\n        id\n        reason\n        actorName\n        at\n      }\n    }\n  }\n": types.ImplementationPhasesDocument,
    "\n  query ImplementationEvidenceOptions {\n    implementationEvidenceOptions {\n      agreements {\n        id\n        label\n      }\n      readinessRounds {\n        id\n        label\n      }\n      functionDescriptions {\n        id\n        label\n      }\n    }\n  }\n": types.ImplementationEvidenceOptionsDocument,
    "\n  query ChecklistItemHistory($itemId: ID!) {\n    checklistItemHistory(itemId: $itemId) {\n      id\n      action\n      fromStatus\n      toStatus\n      reason\n      changedFields\n      actorName\n      at\n    }\n  }\n": types.ChecklistItemHistoryDocument,
    "\n  query ImplementationPhaseHistory($phase: ImplementationPhase!) {\n    implementationPhaseHistory(phase: $phase, first: 50) {\n      id\n      action\n      itemText\n      fromStatus\n      toStatus\n      reason\n      changedFields\n      actorName\n      at\n    }\n  }\n": types.ImplementationPhaseHistoryDocument,
    "\n  mutation AddChecklistItem($input: AddChecklistItemInput!) {\n    addChecklistItem(input: $input) {\n      ...ChecklistItemFields\n    }\n  }\n": types.AddChecklistItemDocument,
    "\n  mutation UpdateChecklistItem($input: UpdateChecklistItemInput!) {\n    updateChecklistItem(input: $input) {\n      ...ChecklistItemFields\n    }\n  }\n": types.UpdateChecklistItemDocument,
    "\n  mutation SetChecklistItemStatus($input: SetChecklistStatusInput!) {\n    setChecklistItemStatus(input: $input) {\n      ...ChecklistItemFields\n    }\n  }\n": types.SetChecklistItemStatusDocument,
    "\n  mutation ReopenChecklistItem($input: ReopenChecklistItemInput!) {\n    reopenChecklistItem(input: $input) {\n      ...ChecklistItemFields\n    }\n  }\n": types.ReopenChecklistItemDocument,
    "\n  mutation RemoveChecklistItem($input: RemoveChecklistItemInput!) {\n    removeChecklistItem(input: $input) {\n      phase\n    }\n  }\n": types.RemoveChecklistItemDocument,
    "\n  mutation RevisitImplementationPhase($input: RevisitPhaseInput!) {\n    revisitImplementationPhase(input: $input) {\n      phase\n    }\n  }\n": types.RevisitImplementationPhaseDocument,
    "\n  fragment ActivityFields on ImplementationActivity {\n    id\n    focusArea\n    title\n    purpose\n    owner\n    startsOn\n    deadline\n    milestone\n    expectedResult\n    status\n    position\n    overdue\n    version\n  }\n": types.ActivityFieldsFragmentDoc,
    "\n  query ImplementationPlan {\n    implementationPlan {\n      today\n      months\n      overdueCount\n      suggestedFocusAreas\n      focusAreas {\n        name\n        activities {\n          ...ActivityFields\n        }\n      }\n    }\n  }\n": types.ImplementationPlanDocument,
    "\n  mutation SaveImplementationActivity($input: SaveActivityInput!) {\n    saveImplementationActivity(input: $input) {\n      ...ActivityFields\n    }\n  }\n": types.SaveImplementationActivityDocument,
    "\n  mutation RemoveImplementationActivity($id: ID!) {\n    removeImplementationActivity(id: $id) {\n      overdueCount\n    }\n  }\n": types.RemoveImplementationActivityDocument,
    "\n  query ImplementationResponsibilities {\n    implementationResponsibilities {\n      group\n      label\n      lines {\n        id\n        group\n        text\n        fromGuide\n      }\n    }\n  }\n": types.ImplementationResponsibilitiesDocument,
    "\n  mutation SaveResponsibility($input: SaveResponsibilityInput!) {\n    saveResponsibility(input: $input) {\n      group\n    }\n  }\n": types.SaveResponsibilityDocument,
    "\n  mutation RemoveResponsibility($id: ID!) {\n    removeResponsibility(id: $id) {\n      group\n    }\n  }\n": types.RemoveResponsibilityDocument,
    "\n  fragment MeetingRhythmFields on MeetingRhythm {\n    teamId\n    cadence\n    weekday\n    startTime\n    endTime\n    place\n    reviewEveryMeetings\n  }\n": types.MeetingRhythmFieldsFragmentDoc,
    "\n  query TeamMeetingsPage($teamId: ID!) {\n    team(id: $teamId) {\n      id\n      name\n    }\n    teamMeetingRhythm(teamId: $teamId) {\n      ...MeetingRhythmFields\n    }\n    upcoming: teamMeetings(teamId: $teamId, period: UPCOMING, first: 20) {\n      edges {\n        node {\n          id\n          startsAt\n          whenText\n          place\n          agendaPreparedAt\n          heldAt\n        }\n      }\n    }\n    past: teamMeetings(teamId: $teamId, period: PAST, first: 20) {\n      edges {\n        node {\n          id\n          whenText\n          place\n          heldAt\n        }\n      }\n    }\n  }\n": types.TeamMeetingsPageDocument,
    "\n  mutation SetMeetingRhythm($input: SetMeetingRhythmInput!) {\n    setTeamMeetingRhythm(input: $input) {\n      ...MeetingRhythmFields\n    }\n  }\n": types.SetMeetingRhythmDocument,
    "\n  mutation CreateTeamMeeting($input: CreateTeamMeetingInput!) {\n    createTeamMeeting(input: $input) {\n      id\n    }\n  }\n": types.CreateTeamMeetingDocument,
    "\n  mutation CreateMeetingsFromRhythm($input: CreateMeetingsFromRhythmInput!) {\n    createTeamMeetingsFromRhythm(input: $input) {\n      id\n    }\n  }\n": types.CreateMeetingsFromRhythmDocument,
    "\n  fragment MeetingDetailFields on TeamMeetingDetail {\n    id\n    teamId\n    teamName\n    whenText\n    place\n    heldAt\n    agendaPreparedAt\n    items {\n      ...MeetingItemFields\n    }\n    citizenItems {\n      ...MeetingItemFields\n    }\n    attendance {\n      memberId\n      name\n      discipline\n      present\n    }\n  }\n": types.MeetingDetailFieldsFragmentDoc,
    "\n  fragment MeetingItemFields on TeamMeetingItem {\n    id\n    source\n    reason\n    title\n    citizenId\n    citizenName\n    position\n    addedByName\n    note\n    citizenAttends\n    decisions {\n      id\n      text\n      decidedByName\n    }\n    tasks {\n      id\n      description\n      dueDate\n      assigneeName\n      done\n    }\n  }\n": types.MeetingItemFieldsFragmentDoc,
    "\n  query TeamMeeting($id: ID!) {\n    teamMeeting(id: $id) {\n      ...MeetingDetailFields\n    }\n  }\n": types.TeamMeetingDocument,
    "\n  query TeamMeetingMinutes($id: ID!) {\n    teamMeetingMinutes(id: $id) {\n      ...MeetingDetailFields\n    }\n  }\n": types.TeamMeetingMinutesDocument,
    "\n  query MeetingTeamOptions($teamId: ID!) {\n    team(id: $teamId) {\n      id\n      members(first: 100) {\n        edges {\n          node {\n            id\n            user {\n              id\n              name\n            }\n          }\n        }\n      }\n      citizens(first: 100, status: ACTIVE) {\n        edges {\n          node {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.MeetingTeamOptionsDocument,
    "\n  mutation PrepareAgenda($id: ID!) {\n    prepareTeamMeetingAgenda(meetingId: $id) {\n      ...MeetingDetailFields\n    }\n  }\n": types.PrepareAgendaDocument,
    "\n  mutation AddMeetingItem($input: AddMeetingItemInput!) {\n    addTeamMeetingItem(input: $input) {\n      ...MeetingDetailFields\n    }\n  }\n": types.AddMeetingItemDocument,
    "\n  mutation UpdateMeetingItem($input: UpdateMeetingItemInput!) {\n    updateTeamMeetingItem(input: $input) {\n      ...MeetingItemFields\n    }\n  }\n": types.UpdateMeetingItemDocument,
    "\n  mutation RecordAttendance($input: RecordAttendanceInput!) {\n    recordTeamMeetingAttendance(input: $input) {\n      ...MeetingDetailFields\n    }\n  }\n": types.RecordAttendanceDocument,
    "\n  mutation AddDecision($input: AddDecisionInput!) {\n    addMeetingDecision(input: $input) {\n      id\n    }\n  }\n": types.AddDecisionDocument,
    "\n  mutation AddTask($input: AddFollowUpTaskInput!) {\n    addFollowUpTask(input: $input) {\n      id\n    }\n  }\n": types.AddTaskDocument,
    "\n  mutation CloseMeeting($id: ID!) {\n    closeTeamMeeting(meetingId: $id) {\n      ...MeetingDetailFields\n    }\n  }\n": types.CloseMeetingDocument,
    "\n  query MyTasks($includeDone: Boolean) {\n    myFollowUpTasks(includeDone: $includeDone, first: 100) {\n      edges {\n        node {\n          id\n          description\n          dueDate\n          done\n          overdue\n          citizenId\n          citizenName\n          meetingId\n          meetingStartsAt\n        }\n      }\n    }\n  }\n": types.MyTasksDocument,
    "\n  mutation CompleteTask($input: CompleteFollowUpTaskInput!) {\n    completeFollowUpTask(input: $input) {\n      id\n      done\n      doneAt\n      overdue\n    }\n  }\n": types.CompleteTaskDocument,
    "\n  query CitizenMeetings($id: ID!) {\n    citizen(id: $id) {\n      id\n      crisisFlag {\n        id\n        reason\n        raisedByName\n        raisedAt\n      }\n      teamBoardEntry {\n        id\n        reason\n        placedOn\n        daysOnBoard\n      }\n      followUpTasks {\n        id\n        description\n        dueDate\n        assigneeName\n        overdue\n      }\n      meetingDecisions {\n        id\n        text\n        meetingStartsAt\n        decidedByName\n      }\n      networkMeetings {\n        id\n        whenText\n        purpose\n        hasSummary\n      }\n    }\n  }\n": types.CitizenMeetingsDocument,
    "\n  mutation RaiseCrisis($input: RaiseCrisisFlagInput!) {\n    raiseCrisisFlag(input: $input) {\n      id\n      crisisFlag {\n        id\n        reason\n        raisedByName\n        raisedAt\n      }\n    }\n  }\n": types.RaiseCrisisDocument,
    "\n  mutation ClearCrisis($id: ID!) {\n    clearCrisisFlag(citizenId: $id) {\n      id\n      crisisFlag {\n        id\n      }\n    }\n  }\n": types.ClearCrisisDocument,
    "\n  fragment NetworkMeetingFields on NetworkMeeting {\n    id\n    citizenId\n    citizenName\n    whenText\n    place\n    purpose\n    invitedByName\n    participants {\n      id\n      name\n      role\n      why\n      chosenByCitizen\n    }\n    agendaPoints {\n      id\n      text\n      fromCitizen\n    }\n    preparation {\n      job\n      network\n      leisure\n      housing\n      coping\n    }\n    summary\n  }\n": types.NetworkMeetingFieldsFragmentDoc,
    "\n  query NetworkMeeting($id: ID!) {\n    networkMeeting(id: $id) {\n      ...NetworkMeetingFields\n    }\n  }\n": types.NetworkMeetingDocument,
    "\n  query NewNetworkMeetingPage($citizenId: ID!) {\n    citizen(id: $citizenId) {\n      id\n      name\n      team {\n        id\n        members(first: 100) {\n          edges {\n            node {\n              id\n              user {\n                id\n                name\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.NewNetworkMeetingPageDocument,
    "\n  mutation CreateNetworkMeeting($input: CreateNetworkMeetingInput!) {\n    createNetworkMeeting(input: $input) {\n      ...NetworkMeetingFields\n    }\n  }\n": types.CreateNetworkMeetingDocument,
    "\n  mutation AddParticipant($input: AddNetworkParticipantInput!) {\n    addNetworkMeetingParticipant(input: $input) {\n      ...NetworkMeetingFields\n    }\n  }\n": types.AddParticipantDocument,
    "\n  mutation RemoveParticipant($id: ID!) {\n    removeNetworkMeetingParticipant(participantId: $id) {\n      ...NetworkMeetingFields\n    }\n  }\n": types.RemoveParticipantDocument,
    "\n  mutation AddAgendaPoint($input: AddNetworkAgendaPointInput!) {\n    addNetworkMeetingAgendaPoint(input: $input) {\n      ...NetworkMeetingFields\n    }\n  }\n": types.AddAgendaPointDocument,
    "\n  mutation SavePreparation($input: SaveNetworkPreparationInput!) {\n    saveNetworkMeetingPreparation(input: $input) {\n      ...NetworkMeetingFields\n    }\n  }\n": types.SavePreparationDocument,
    "\n  mutation SaveSummary($input: SaveNetworkSummaryInput!) {\n    saveNetworkMeetingSummary(input: $input) {\n      ...NetworkMeetingFields\n    }\n  }\n": types.SaveSummaryDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": types.UnreadNotificationCountDocument,
    "\n  fragment NotificationFields on Notification {\n    id\n    kind\n    title\n    text\n    link\n    occursAt\n    createdAt\n    readAt\n  }\n": types.NotificationFieldsFragmentDoc,
    "\n  query Notifications($first: Int!, $after: String, $unreadOnly: Boolean!) {\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...NotificationFields\n        }\n      }\n    }\n  }\n": types.NotificationsDocument,
    "\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      ...NotificationFields\n    }\n  }\n": types.MarkNotificationReadDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n": types.MarkAllNotificationsReadDocument,
    "\n  query NotificationPreferences {\n    notificationPreferences {\n      kind\n      title\n      channel\n      enabled\n      defaultEnabled\n    }\n  }\n": types.NotificationPreferencesDocument,
    "\n  mutation SetNotificationPreference($input: SetNotificationPreferenceInput!) {\n    setNotificationPreference(input: $input) {\n      kind\n      channel\n      enabled\n      defaultEnabled\n    }\n  }\n": types.SetNotificationPreferenceDocument,
    "\n  fragment ReadinessRoundFields on ReadinessRound {\n    id\n    title\n    opensOn\n    closesOn\n    closedAt\n    status\n    invited\n    submitted\n    submittedSuppressed\n    minGroupSize\n    invitedByGroup {\n      group\n      invited\n    }\n    strengths\n    weaknesses\n    opportunities\n    threats\n  }\n": types.ReadinessRoundFieldsFragmentDoc,
    "\n  fragment MyReadinessRoundFields on MyReadinessRound {\n    roundId\n    title\n    opensOn\n    closesOn\n    status\n    group\n    submittedAt\n    statementCount\n    answered\n  }\n": types.MyReadinessRoundFieldsFragmentDoc,
    "\n  query ReadinessOverview {\n    readinessRounds {\n      ...ReadinessRoundFields\n    }\n    myReadinessRounds {\n      ...MyReadinessRoundFields\n    }\n  }\n": types.ReadinessOverviewDocument,
    "\n  query MyReadinessRounds {\n    myReadinessRounds {\n      ...MyReadinessRoundFields\n    }\n  }\n": types.MyReadinessRoundsDocument,
    "\n  query MyReadinessRound($roundId: ID!) {\n    myReadinessRound(roundId: $roundId) {\n      ...MyReadinessRoundFields\n      answers {\n        roundStatementId\n        driver\n        text\n        score\n        dontKnow\n        comment\n      }\n    }\n  }\n": types.MyReadinessRoundDocument,
    "\n  mutation SaveReadinessAnswers($input: SaveReadinessAnswersInput!) {\n    saveReadinessAnswers(input: $input) {\n      ...MyReadinessRoundFields\n    }\n  }\n": types.SaveReadinessAnswersDocument,
    "\n  mutation SubmitReadinessAnswers($input: SaveReadinessAnswersInput!) {\n    submitReadinessAnswers(input: $input) {\n      ...MyReadinessRoundFields\n    }\n  }\n": types.SubmitReadinessAnswersDocument,
    "\n  query ReadinessCandidates {\n    readinessCandidates {\n      minGroupSize\n      people {\n        userId\n        name\n        group\n      }\n      teams {\n        teamId\n        name\n        members\n      }\n    }\n  }\n": types.ReadinessCandidatesDocument,
    "\n  mutation OpenReadinessRound($input: OpenReadinessRoundInput!) {\n    openReadinessRound(input: $input) {\n      ...ReadinessRoundFields\n    }\n  }\n": types.OpenReadinessRoundDocument,
    "\n  query ReadinessRoundPage($id: ID!) {\n    readinessRound(id: $id) {\n      ...ReadinessRoundFields\n    }\n    readinessRounds {\n      id\n      title\n      opensOn\n      closesOn\n      status\n    }\n    readinessResults(roundId: $id) {\n      available\n      suppressed\n      submitted\n      minGroupSize\n      groupsSuppressed\n      groups {\n        group\n        submitted\n        drivers {\n          driver\n          figures {\n            mean\n          }\n        }\n      }\n      drivers {\n        driver\n        figures {\n          answers\n          dontKnowShare\n          mean\n          standardDeviation\n          min\n          max\n          suppressed\n        }\n      }\n      statements {\n        roundStatementId\n        driver\n        text\n        comments\n        figures {\n          answers\n          dontKnowShare\n          mean\n          standardDeviation\n          min\n          max\n          suppressed\n        }\n      }\n    }\n  }\n": types.ReadinessRoundPageDocument,
    "\n  query ReadinessComparison($input: CompareReadinessRoundsInput!) {\n    readinessComparison(input: $input) {\n      rounds {\n        id\n        title\n        closesOn\n        suppressed\n      }\n      drivers {\n        driver\n        text\n        means\n      }\n      statements {\n        statementId\n        driver\n        text\n        means\n      }\n    }\n  }\n": types.ReadinessComparisonDocument,
    "\n  mutation CloseReadinessRound($id: ID!) {\n    closeReadinessRound(id: $id) {\n      ...ReadinessRoundFields\n    }\n  }\n": types.CloseReadinessRoundDocument,
    "\n  mutation SaveReadinessSwot($input: ReadinessSwotInput!) {\n    saveReadinessSwot(input: $input) {\n      ...ReadinessRoundFields\n    }\n  }\n": types.SaveReadinessSwotDocument,
    "\n  query ReadinessStatements {\n    readinessStatements {\n      id\n      driver\n      text\n      isDefault\n      retiredAt\n    }\n  }\n": types.ReadinessStatementsDocument,
    "\n  mutation AddReadinessStatement($input: AddReadinessStatementInput!) {\n    addReadinessStatement(input: $input) {\n      id\n    }\n  }\n": types.AddReadinessStatementDocument,
    "\n  mutation RewordReadinessStatement($input: RewordReadinessStatementInput!) {\n    rewordReadinessStatement(input: $input) {\n      id\n      text\n    }\n  }\n": types.RewordReadinessStatementDocument,
    "\n  mutation RetireReadinessStatement($id: ID!) {\n    retireReadinessStatement(id: $id) {\n      id\n      retiredAt\n    }\n  }\n": types.RetireReadinessStatementDocument,
    "\n  fragment OccurrenceFields on MeetingOccurrence {\n    id\n    seriesId\n    kind\n    teamId\n    title\n    originalDate\n    date\n    startsAt\n    endsAt\n    place\n    moved\n    status\n    statusReason\n    teamMeetingId\n  }\n": types.OccurrenceFieldsFragmentDoc,
    "\n  fragment SeriesFields on MeetingSeries {\n    id\n    kind\n    teamId\n    memberId\n    memberName\n    title\n    rule {\n      rrule\n      frequency\n      interval\n      weekdays\n      monthDay\n      nth\n      weekday\n      until\n      count\n    }\n    startDate\n    startTime\n    durationMinutes\n    place\n    supervisorName\n    supervisorEmail\n    remindMinutesBefore\n    endedOn\n    nextOccurrences(first: 3) {\n      ...OccurrenceFields\n    }\n  }\n": types.SeriesFieldsFragmentDoc,
    "\n  fragment HeldPlannedFields on HeldPlannedStat {\n    teamId\n    teamName\n    kind\n    month\n    planned\n    held\n    notHeld\n    cancelled\n    total\n  }\n": types.HeldPlannedFieldsFragmentDoc,
    "\n  query TeamSchedulePage($teamId: ID!, $from: String!, $to: String!) {\n    team(id: $teamId) {\n      id\n      name\n    }\n    meetingSeries(teamId: $teamId, includeEnded: true) {\n      ...SeriesFields\n    }\n    teamOccurrences(teamId: $teamId, from: $from, to: $to, first: 100) {\n      edges {\n        node {\n          ...OccurrenceFields\n        }\n      }\n    }\n  }\n": types.TeamSchedulePageDocument,
    "\n  query TeamHeldPlanned($teamId: ID!, $from: String!, $to: String!) {\n    heldPlannedStats(teamId: $teamId, from: $from, to: $to) {\n      ...HeldPlannedFields\n    }\n  }\n": types.TeamHeldPlannedDocument,
    "\n  query SteeringMeetingsPage($from: String!, $to: String!, $statsFrom: String!, $statsTo: String!) {\n    steeringOccurrences(from: $from, to: $to, first: 50) {\n      edges {\n        node {\n          ...OccurrenceFields\n        }\n      }\n    }\n    heldPlannedStats(from: $statsFrom, to: $statsTo) {\n      ...HeldPlannedFields\n    }\n  }\n": types.SteeringMeetingsPageDocument,
    "\n  query SteeringSeries {\n    meetingSeries(includeEnded: true) {\n      ...SeriesFields\n    }\n  }\n": types.SteeringSeriesDocument,
    "\n  query SeriesTeamOptions($teamId: ID!) {\n    team(id: $teamId) {\n      id\n      name\n      members(first: 100) {\n        edges {\n          node {\n            id\n            user {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": types.SeriesTeamOptionsDocument,
    "\n  query MeetingSeriesById($id: ID!) {\n    meetingSeriesById(id: $id) {\n      ...SeriesFields\n    }\n  }\n": types.MeetingSeriesByIdDocument,
    "\n  mutation CreateMeetingSeries($input: CreateMeetingSeriesInput!) {\n    createMeetingSeries(input: $input) {\n      ...SeriesFields\n    }\n  }\n": types.CreateMeetingSeriesDocument,
    "\n  mutation UpdateMeetingSeries($input: UpdateMeetingSeriesInput!) {\n    updateMeetingSeries(input: $input) {\n      ...SeriesFields\n    }\n  }\n": types.UpdateMeetingSeriesDocument,
    "\n  mutation EndMeetingSeries($input: EndMeetingSeriesInput!) {\n    endMeetingSeries(input: $input) {\n      ...SeriesFields\n    }\n  }\n": types.EndMeetingSeriesDocument,
    "\n  query OccurrencePage($id: ID!) {\n    meetingOccurrence(id: $id) {\n      ...OccurrenceFields\n      statusSetAt\n      attendees {\n        memberId\n        name\n      }\n      sparringCase {\n        presenterMemberId\n        presenterName\n        citizen {\n          id\n          name\n        }\n      }\n      guide {\n        key\n        title\n        intro\n        points {\n          key\n          text\n        }\n      }\n    }\n  }\n": types.OccurrencePageDocument,
    "\n  query SparringCitizens($teamId: ID!) {\n    team(id: $teamId) {\n      id\n      citizens(first: 100, status: ACTIVE) {\n        edges {\n          node {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.SparringCitizensDocument,
    "\n  mutation MoveOccurrence($input: MoveOccurrenceInput!) {\n    moveOccurrence(input: $input) {\n      ...OccurrenceFields\n    }\n  }\n": types.MoveOccurrenceDocument,
    "\n  mutation CancelOccurrence($input: OccurrenceReasonInput!) {\n    cancelOccurrence(input: $input) {\n      ...OccurrenceFields\n    }\n  }\n": types.CancelOccurrenceDocument,
    "\n  mutation MarkOccurrenceHeld($input: MarkOccurrenceHeldInput!) {\n    markOccurrenceHeld(input: $input) {\n      ...OccurrenceFields\n      statusSetAt\n      attendees {\n        memberId\n        name\n      }\n    }\n  }\n": types.MarkOccurrenceHeldDocument,
    "\n  mutation MarkOccurrenceNotHeld($input: OccurrenceReasonInput!) {\n    markOccurrenceNotHeld(input: $input) {\n      ...OccurrenceFields\n    }\n  }\n": types.MarkOccurrenceNotHeldDocument,
    "\n  mutation ReopenOccurrence($id: ID!) {\n    reopenOccurrence(id: $id) {\n      ...OccurrenceFields\n    }\n  }\n": types.ReopenOccurrenceDocument,
    "\n  mutation SetSparringCase($input: SetSparringCaseInput!) {\n    setSparringCase(input: $input) {\n      ...OccurrenceFields\n    }\n  }\n": types.SetSparringCaseDocument,
    "\n  query MySessions {\n    mySessions {\n      id\n      browser\n      os\n      startedAt\n      lastUsedAt\n      current\n      viaSso\n    }\n  }\n": types.MySessionsDocument,
    "\n  mutation EndSession($id: ID!) {\n    endSession(id: $id)\n  }\n": types.EndSessionDocument,
    "\n  mutation EndOtherSessions {\n    endOtherSessions\n  }\n": types.EndOtherSessionsDocument,
    "\n  mutation EndUserSessions($userId: ID!) {\n    endUserSessions(userId: $userId)\n  }\n": types.EndUserSessionsDocument,
    "\n  query StartPage {\n    startPage {\n      today\n      carePlanFollowUps {\n        citizenId\n        citizenName\n        versionId\n        dueOn\n        overdue\n      }\n      ledTeams {\n        ...TeamAttentionFields\n      }\n    }\n    myDay {\n      visits {\n        id\n        plannedStart\n        plannedEnd\n        outcome\n        citizen {\n          id\n          name\n        }\n      }\n    }\n    notifications(first: 5, unreadOnly: true) {\n      ...UnreadNotificationsFields\n    }\n    myFollowUpTasks(first: 30) {\n      edges {\n        node {\n          id\n          description\n          dueDate\n          overdue\n          citizenId\n          citizenName\n          meetingId\n        }\n      }\n    }\n  }\n": types.StartPageDocument,
    "\n  fragment TeamAttentionFields on TeamAttention {\n    teamId\n    teamName\n    waitingCount\n    waiting {\n      citizenId\n      citizenName\n      days\n    }\n    membersAtCapacity {\n      memberId\n      name\n      load\n      allowed\n      overCapacity\n    }\n    expiringExceptions {\n      memberId\n      memberName\n      extra\n      validUntil\n    }\n    notSeenThresholdDays\n    notSeenCount\n    notSeen {\n      citizenId\n      citizenName\n      days\n    }\n    nextTeamMeeting {\n      id\n      startsAt\n      endsAt\n      place\n    }\n    nextSupervision {\n      id\n      startsAt\n      endsAt\n      place\n    }\n  }\n": types.TeamAttentionFieldsFragmentDoc,
    "\n  fragment UnreadNotificationsFields on NotificationConnection {\n    totalCount\n    edges {\n      node {\n        id\n        title\n        text\n        link\n      }\n    }\n  }\n": types.UnreadNotificationsFieldsFragmentDoc,
    "\n  query SteeringStart {\n    startPage {\n      nextSteeringMeeting {\n        id\n        startsAt\n        endsAt\n        place\n      }\n    }\n    notifications(first: 5, unreadOnly: true) {\n      ...UnreadNotificationsFields\n    }\n  }\n": types.SteeringStartDocument,
    "\n  fragment TeamBoardEntryFields on TeamBoardEntry {\n    id\n    citizenId\n    citizenName\n    reason\n    placedOn\n    daysOnBoard\n    removedOn\n    removedReason\n    contacts {\n      id\n      memberId\n      memberName\n      agreement\n    }\n    latestNotes {\n      id\n      text\n      writtenByName\n      createdAt\n    }\n  }\n": types.TeamBoardEntryFieldsFragmentDoc,
    "\n  query TeamBoardPage($teamId: ID!) {\n    team(id: $teamId) {\n      id\n      name\n      members(first: 100) {\n        edges {\n          node {\n            id\n            user {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n    teamBoard(teamId: $teamId) {\n      ...TeamBoardEntryFields\n    }\n  }\n": types.TeamBoardPageDocument,
    "\n  mutation PutOnBoard($input: PutOnTeamBoardInput!) {\n    putCitizenOnTeamBoard(input: $input) {\n      ...TeamBoardEntryFields\n    }\n  }\n": types.PutOnBoardDocument,
    "\n  mutation AddBoardContact($input: AddTeamBoardContactInput!) {\n    addTeamBoardContact(input: $input) {\n      ...TeamBoardEntryFields\n    }\n  }\n": types.AddBoardContactDocument,
    "\n  mutation AddBoardNote($input: AddTeamBoardNoteInput!) {\n    addTeamBoardNote(input: $input) {\n      ...TeamBoardEntryFields\n    }\n  }\n": types.AddBoardNoteDocument,
    "\n  mutation TakeOffBoard($input: TakeOffTeamBoardInput!) {\n    takeCitizenOffTeamBoard(input: $input) {\n      ...TeamBoardEntryFields\n    }\n  }\n": types.TakeOffBoardDocument,
    "\n  query TeamPage($id: ID!) {\n    team(id: $id) {\n      id\n      name\n      activeCitizenCount\n      members(first: 100) {\n        totalCount\n        edges {\n          cursor\n          node {\n            id\n            discipline\n            fte\n            isTeamLeader\n            user {\n              id\n              name\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.TeamPageDocument,
    "\n  query RegionalTreatmentCourses($citizenId: ID!) {\n    regionalTreatmentCourses(citizenId: $citizenId) {\n      id\n      unit\n      referredOn\n      admittedOn\n      dischargedOn\n      returnedOn\n      withdrawnOn\n      stage\n      waitingDays\n      recordedByName\n      version\n    }\n  }\n": types.RegionalTreatmentCoursesDocument,
    "\n  mutation RecordRegionalReferral($input: RecordRegionalReferralInput!) {\n    recordRegionalReferral(input: $input) {\n      id\n    }\n  }\n": types.RecordRegionalReferralDocument,
    "\n  mutation UpdateRegionalTreatmentCourse($input: UpdateRegionalTreatmentCourseInput!) {\n    updateRegionalTreatmentCourse(input: $input) {\n      id\n      version\n    }\n  }\n": types.UpdateRegionalTreatmentCourseDocument,
    "\n  fragment VisitFields on Visit {\n    id\n    plannedStart\n    plannedEnd\n    placeKind\n    placeText\n    purpose\n    seriesId\n    outcome\n    actualMinutes\n    faceToFace\n    supportNetwork\n    substanceTreatment\n    outcomeNote\n    outcomeLoggedAt\n    participants {\n      memberId\n      userId\n      name\n    }\n    citizen {\n      id\n      name\n      phone\n      address {\n        street\n        postalCode\n        city\n        accessNote\n      }\n    }\n  }\n": types.VisitFieldsFragmentDoc,
    "\n  query MyDay($date: String) {\n    myDay(date: $date) {\n      from\n      to\n      visits {\n        ...VisitFields\n      }\n      doubleBookings {\n        memberId\n        memberName\n        visitIds\n      }\n    }\n  }\n": types.MyDayDocument,
    "\n  query MyWeek($weekOf: String) {\n    myWeek(weekOf: $weekOf) {\n      from\n      to\n      visits {\n        ...VisitFields\n      }\n      doubleBookings {\n        memberId\n        memberName\n        visitIds\n      }\n    }\n  }\n": types.MyWeekDocument,
    "\n  query TeamVisits($teamId: ID!, $weekOf: String) {\n    team(id: $teamId) {\n      id\n      name\n      notSeenThresholdDays\n    }\n    notSeenCitizens(teamId: $teamId) {\n      thresholdDays\n      citizens {\n        daysSince\n        lastFaceToFaceAt\n        nextVisitAt\n        citizen {\n          id\n          name\n        }\n      }\n    }\n    teamWeek(teamId: $teamId, weekOf: $weekOf) {\n      from\n      to\n      visits {\n        ...VisitFields\n      }\n      doubleBookings {\n        memberId\n        memberName\n        visitIds\n      }\n    }\n  }\n": types.TeamVisitsDocument,
    "\n  query Visit($id: ID!) {\n    visit(id: $id) {\n      ...VisitFields\n    }\n  }\n": types.VisitDocument,
    "\n  query PlanVisitOptions($citizenId: ID!) {\n    citizen(id: $citizenId) {\n      id\n      name\n      status\n      team {\n        id\n        name\n        members(first: 100) {\n          edges {\n            node {\n              id\n              discipline\n              user {\n                id\n                name\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.PlanVisitOptionsDocument,
    "\n  mutation PlanVisit($input: PlanVisitInput!) {\n    planVisit(input: $input) {\n      created\n      visit {\n        ...VisitFields\n      }\n      series {\n        id\n        rrule\n        materialisedUntil\n      }\n      doubleBookings {\n        memberId\n        memberName\n        visitIds\n      }\n    }\n  }\n": types.PlanVisitDocument,
    "\n  mutation MoveVisit($input: MoveVisitInput!) {\n    moveVisit(input: $input) {\n      visit {\n        ...VisitFields\n      }\n      doubleBookings {\n        memberId\n        memberName\n        visitIds\n      }\n    }\n  }\n": types.MoveVisitDocument,
    "\n  mutation LogVisitOutcome($input: LogVisitOutcomeInput!) {\n    logVisitOutcome(input: $input) {\n      ...VisitFields\n    }\n  }\n": types.LogVisitOutcomeDocument,
    "\n  mutation StopVisitSeries($input: StopVisitSeriesInput!) {\n    stopVisitSeries(input: $input) {\n      seriesId\n      removed\n    }\n  }\n": types.StopVisitSeriesDocument,
    "\n  mutation SetNotSeenThreshold($input: SetNotSeenThresholdInput!) {\n    setNotSeenThreshold(input: $input) {\n      id\n      notSeenThresholdDays\n    }\n  }\n": types.SetNotSeenThresholdDocument,
    "\n  query CitizenVisitOverview($id: ID!) {\n    citizen(id: $id) {\n      id\n      visitOverview {\n        lastVisits {\n          id\n          plannedStart\n          plannedEnd\n          placeKind\n          placeText\n          outcome\n          actualMinutes\n          faceToFace\n        }\n        nextVisits {\n          id\n          plannedStart\n          plannedEnd\n          placeKind\n          placeText\n          participants {\n            memberId\n            name\n          }\n        }\n        measures {\n          distinctStaffLastTwoWeeks\n          daysSinceLastFaceToFace\n          outsideOfficeShare\n          weeks {\n            week\n            weekStart\n            contacts\n            faceToFaceContacts\n            faceToFaceMinutes\n          }\n        }\n      }\n    }\n  }\n": types.CitizenVisitOverviewDocument,
    "\n  query MyCalendarFeed {\n    myCalendarFeed {\n      active\n      createdAt\n      lastUsedAt\n    }\n  }\n": types.MyCalendarFeedDocument,
    "\n  mutation CreateCalendarFeed {\n    createCalendarFeed {\n      path\n      createdAt\n    }\n  }\n": types.CreateCalendarFeedDocument,
    "\n  mutation RevokeCalendarFeed {\n    revokeCalendarFeed {\n      active\n      createdAt\n      lastUsedAt\n    }\n  }\n": types.RevokeCalendarFeedDocument,
    "\n  query PlanVisitCitizens($teamId: ID!) {\n    team(id: $teamId) {\n      id\n      citizens(first: 100) {\n        edges {\n          node {\n            id\n            name\n            status\n          }\n        }\n      }\n    }\n  }\n": types.PlanVisitCitizensDocument,
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
export function graphql(source: "\n  fragment AccessLogEntryFields on AccessLogEntry {\n    id\n    occurredAt\n    actorName\n    actorId\n    citizenId\n    criterion\n    operation\n    purpose\n    requestId\n  }\n"): (typeof documents)["\n  fragment AccessLogEntryFields on AccessLogEntry {\n    id\n    occurredAt\n    actorName\n    actorId\n    citizenId\n    criterion\n    operation\n    purpose\n    requestId\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccessLog($filter: AccessLogFilter, $first: Int!, $after: String) {\n    accessLog(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...AccessLogEntryFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccessLog($filter: AccessLogFilter, $first: Int!, $after: String) {\n    accessLog(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...AccessLogEntryFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccessLogUsers($first: Int!, $after: String) {\n    users(first: $first, after: $after) {\n      edges {\n        node {\n          id\n          name\n          email\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccessLogUsers($first: Int!, $after: String) {\n    users(first: $first, after: $after) {\n      edges {\n        node {\n          id\n          name\n          email\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation ResetUserMfa($input: ResetUserMfaInput!) {\n    resetUserMfa(input: $input) { enrolled required }\n  }\n"): (typeof documents)["\n  mutation ResetUserMfa($input: ResetUserMfaInput!) {\n    resetUserMfa(input: $input) { enrolled required }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetTeamBudgetedPositions($input: SetTeamBudgetedPositionsInput!) {\n    setTeamBudgetedPositions(input: $input) { id fte from to }\n  }\n"): (typeof documents)["\n  mutation SetTeamBudgetedPositions($input: SetTeamBudgetedPositionsInput!) {\n    setTeamBudgetedPositions(input: $input) { id fte from to }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JobQueueHealth {\n    jobQueueHealth {\n      checkedAt\n      queues {\n        name\n        waiting\n        active\n        delayed\n        failed\n        completed\n      }\n      schedulers {\n        id\n        queue\n        count\n        everySeconds\n        pattern\n        timeZone\n        nextRunAt\n        lastRunAt\n        lastOutcome\n        failedCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query JobQueueHealth {\n    jobQueueHealth {\n      checkedAt\n      queues {\n        name\n        waiting\n        active\n        delayed\n        failed\n        completed\n      }\n      schedulers {\n        id\n        queue\n        count\n        everySeconds\n        pattern\n        timeZone\n        nextRunAt\n        lastRunAt\n        lastOutcome\n        failedCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SsoSettings {\n    ssoSettings {\n      ...SsoSettingsFields\n    }\n    users(first: 100) {\n      edges {\n        node {\n          id\n          name\n          role\n          disabled\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SsoSettings {\n    ssoSettings {\n      ...SsoSettingsFields\n    }\n    users(first: 100) {\n      edges {\n        node {\n          id\n          name\n          role\n          disabled\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SsoSettingsFields on SsoSettings {\n    enabled\n    issuer\n    clientId\n    clientSecretEnv\n    clientSecretAvailable\n    ssoRequired\n    breakGlassUserId\n    redirectUri\n    postLogoutRedirectUri\n    linkedUsers\n  }\n"): (typeof documents)["\n  fragment SsoSettingsFields on SsoSettings {\n    enabled\n    issuer\n    clientId\n    clientSecretEnv\n    clientSecretAvailable\n    ssoRequired\n    breakGlassUserId\n    redirectUri\n    postLogoutRedirectUri\n    linkedUsers\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveSsoSettings($input: SaveSsoSettingsInput!) {\n    saveSsoSettings(input: $input) {\n      ...SsoSettingsFields\n    }\n  }\n"): (typeof documents)["\n  mutation SaveSsoSettings($input: SaveSsoSettingsInput!) {\n    saveSsoSettings(input: $input) {\n      ...SsoSettingsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AgreementFields on CooperationAgreement {\n    id\n    partnerKind\n    partnerName\n    parties\n    covers\n    description\n    status\n    signedOn\n    reviewOn\n    reviewState\n    documentUrl\n    version\n  }\n"): (typeof documents)["\n  fragment AgreementFields on CooperationAgreement {\n    id\n    partnerKind\n    partnerName\n    parties\n    covers\n    description\n    status\n    signedOn\n    reviewOn\n    reviewState\n    documentUrl\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Agreements($status: AgreementStatus) {\n    agreements(status: $status) {\n      ...AgreementFields\n    }\n  }\n"): (typeof documents)["\n  query Agreements($status: AgreementStatus) {\n    agreements(status: $status) {\n      ...AgreementFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Agreement($id: ID!) {\n    agreement(id: $id) {\n      ...AgreementFields\n    }\n  }\n"): (typeof documents)["\n  query Agreement($id: ID!) {\n    agreement(id: $id) {\n      ...AgreementFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAgreement($input: CreateAgreementInput!) {\n    createAgreement(input: $input) {\n      ...AgreementFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateAgreement($input: CreateAgreementInput!) {\n    createAgreement(input: $input) {\n      ...AgreementFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAgreement($input: UpdateAgreementInput!) {\n    updateAgreement(input: $input) {\n      ...AgreementFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateAgreement($input: UpdateAgreementInput!) {\n    updateAgreement(input: $input) {\n      ...AgreementFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyLoginCode($input: VerifyLoginCodeInput!) {\n    verifyLoginCode(input: $input) {\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation VerifyLoginCode($input: VerifyLoginCodeInput!) {\n    verifyLoginCode(input: $input) {\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MfaStatus {\n    mfaStatus {\n      enrolled\n      required\n      recoveryCodesLeft\n    }\n  }\n"): (typeof documents)["\n  query MfaStatus {\n    mfaStatus {\n      enrolled\n      required\n      recoveryCodesLeft\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartMfaEnrolment {\n    startMfaEnrolment {\n      secret\n      qrCode\n    }\n  }\n"): (typeof documents)["\n  mutation StartMfaEnrolment {\n    startMfaEnrolment {\n      secret\n      qrCode\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmMfaEnrolment($input: ConfirmMfaEnrolmentInput!) {\n    confirmMfaEnrolment(input: $input) {\n      recoveryCodes\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmMfaEnrolment($input: ConfirmMfaEnrolmentInput!) {\n    confirmMfaEnrolment(input: $input) {\n      recoveryCodes\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegenerateMfaRecoveryCodes($input: RegenerateRecoveryCodesInput!) {\n    regenerateMfaRecoveryCodes(input: $input)\n  }\n"): (typeof documents)["\n  mutation RegenerateMfaRecoveryCodes($input: RegenerateRecoveryCodesInput!) {\n    regenerateMfaRecoveryCodes(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DisableMfa($input: DisableMfaInput!) {\n    disableMfa(input: $input) {\n      enrolled\n      required\n      recoveryCodesLeft\n    }\n  }\n"): (typeof documents)["\n  mutation DisableMfa($input: DisableMfaInput!) {\n    disableMfa(input: $input) {\n      enrolled\n      required\n      recoveryCodesLeft\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SsoLoginOptions {\n    ssoLoginOptions {\n      tenantId\n      tenantName\n    }\n  }\n"): (typeof documents)["\n  query SsoLoginOptions {\n    ssoLoginOptions {\n      tenantId\n      tenantName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ViewerSso {\n    me {\n      id\n      signedInWithSso\n    }\n  }\n"): (typeof documents)["\n  query ViewerSso {\n    me {\n      id\n      signedInWithSso\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ViewerFields on Viewer {\n    id\n    name\n    email\n    role\n    tenantName\n    teams {\n      id\n      name\n      isTeamLeader\n    }\n    mfaEnrolmentRequired\n  }\n"): (typeof documents)["\n  fragment ViewerFields on Viewer {\n    id\n    name\n    email\n    role\n    tenantName\n    teams {\n      id\n      name\n      isTeamLeader\n    }\n    mfaEnrolmentRequired\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      viewer {\n        ...ViewerFields\n      }\n      mfa {\n        token\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      viewer {\n        ...ViewerFields\n      }\n      mfa {\n        token\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlanVersionFields on CarePlanVersion {\n    id\n    number\n    status\n    revision\n    previousVersionId\n    citizenWords\n    nextFollowUpOn\n    followUpState\n    agreedOn\n    agreedHow\n    participants\n    agreedByName\n    updatedByName\n    updatedAt\n    goals {\n      id\n      goalKey\n      citizenWords\n      status\n      stageOfChange\n      lifeArea {\n        id\n        name\n        tracksStageOfChange\n      }\n      steps {\n        id\n        description\n        dueOn\n        responsibleMember {\n          id\n          discipline\n          user {\n            id\n            name\n          }\n        }\n      }\n    }\n    declinedAreas {\n      id\n      citizenWords\n      lifeArea {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment PlanVersionFields on CarePlanVersion {\n    id\n    number\n    status\n    revision\n    previousVersionId\n    citizenWords\n    nextFollowUpOn\n    followUpState\n    agreedOn\n    agreedHow\n    participants\n    agreedByName\n    updatedByName\n    updatedAt\n    goals {\n      id\n      goalKey\n      citizenWords\n      status\n      stageOfChange\n      lifeArea {\n        id\n        name\n        tracksStageOfChange\n      }\n      steps {\n        id\n        description\n        dueOn\n        responsibleMember {\n          id\n          discipline\n          user {\n            id\n            name\n          }\n        }\n      }\n    }\n    declinedAreas {\n      id\n      citizenWords\n      lifeArea {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CitizenPlanOverview($id: ID!) {\n    citizen(id: $id) {\n      id\n      carePlan {\n        current {\n          ...PlanVersionFields\n        }\n        draft {\n          id\n          number\n          updatedAt\n          updatedByName\n        }\n        versions {\n          id\n        }\n      }\n      consents {\n        id\n        partner\n        purpose\n        validFrom\n        validTo\n        withdrawnOn\n        state\n        agreement {\n          id\n          partnerName\n        }\n      }\n      relatives {\n        id\n        name\n        relation\n        wantsInvolved\n        phone\n      }\n      latestChanges {\n        id\n        operation\n        actorName\n        occurredAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query CitizenPlanOverview($id: ID!) {\n    citizen(id: $id) {\n      id\n      carePlan {\n        current {\n          ...PlanVersionFields\n        }\n        draft {\n          id\n          number\n          updatedAt\n          updatedByName\n        }\n        versions {\n          id\n        }\n      }\n      consents {\n        id\n        partner\n        purpose\n        validFrom\n        validTo\n        withdrawnOn\n        state\n        agreement {\n          id\n          partnerName\n        }\n      }\n      relatives {\n        id\n        name\n        relation\n        wantsInvolved\n        phone\n      }\n      latestChanges {\n        id\n        operation\n        actorName\n        occurredAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CarePlanPage($citizenId: ID!) {\n    citizen(id: $citizenId) {\n      id\n      name\n      status\n      team {\n        id\n        name\n        members(first: 100) {\n          edges {\n            node {\n              id\n              discipline\n              user {\n                id\n                name\n              }\n            }\n          }\n        }\n      }\n      carePlan {\n        current {\n          ...PlanVersionFields\n        }\n        draft {\n          ...PlanVersionFields\n        }\n        versions {\n          id\n          number\n          status\n          agreedOn\n          agreedHow\n          createdAt\n        }\n      }\n    }\n    lifeAreas {\n      id\n      name\n      tracksStageOfChange\n    }\n  }\n"): (typeof documents)["\n  query CarePlanPage($citizenId: ID!) {\n    citizen(id: $citizenId) {\n      id\n      name\n      status\n      team {\n        id\n        name\n        members(first: 100) {\n          edges {\n            node {\n              id\n              discipline\n              user {\n                id\n                name\n              }\n            }\n          }\n        }\n      }\n      carePlan {\n        current {\n          ...PlanVersionFields\n        }\n        draft {\n          ...PlanVersionFields\n        }\n        versions {\n          id\n          number\n          status\n          agreedOn\n          agreedHow\n          createdAt\n        }\n      }\n    }\n    lifeAreas {\n      id\n      name\n      tracksStageOfChange\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CarePlanVersion($id: ID!) {\n    carePlanVersion(id: $id) {\n      ...PlanVersionFields\n      citizen {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query CarePlanVersion($id: ID!) {\n    carePlanVersion(id: $id) {\n      ...PlanVersionFields\n      citizen {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CarePlanDiff($from: ID!, $to: ID!) {\n    carePlanDiff(fromVersionId: $from, toVersionId: $to) {\n      kind\n      goalKey\n      lifeAreaName\n      before\n      after\n    }\n  }\n"): (typeof documents)["\n  query CarePlanDiff($from: ID!, $to: ID!) {\n    carePlanDiff(fromVersionId: $from, toVersionId: $to) {\n      kind\n      goalKey\n      lifeAreaName\n      before\n      after\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CarePlanPrint($citizenId: ID!) {\n    citizen(id: $citizenId) {\n      id\n      name\n      carePlan {\n        current {\n          ...PlanVersionFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CarePlanPrint($citizenId: ID!) {\n    citizen(id: $citizenId) {\n      id\n      name\n      carePlan {\n        current {\n          ...PlanVersionFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartCarePlanDraft($input: CitizenRefInput!) {\n    startCarePlanDraft(input: $input) {\n      ...PlanVersionFields\n    }\n  }\n"): (typeof documents)["\n  mutation StartCarePlanDraft($input: CitizenRefInput!) {\n    startCarePlanDraft(input: $input) {\n      ...PlanVersionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveCarePlanDraft($input: SaveCarePlanDraftInput!) {\n    saveCarePlanDraft(input: $input) {\n      ...PlanVersionFields\n    }\n  }\n"): (typeof documents)["\n  mutation SaveCarePlanDraft($input: SaveCarePlanDraftInput!) {\n    saveCarePlanDraft(input: $input) {\n      ...PlanVersionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AgreeCarePlan($input: AgreeCarePlanInput!) {\n    agreeCarePlan(input: $input) {\n      ...PlanVersionFields\n    }\n  }\n"): (typeof documents)["\n  mutation AgreeCarePlan($input: AgreeCarePlanInput!) {\n    agreeCarePlan(input: $input) {\n      ...PlanVersionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordConsent($input: RecordConsentInput!) {\n    recordConsent(input: $input) {\n      id\n      partner\n      purpose\n      validFrom\n      validTo\n      withdrawnOn\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation RecordConsent($input: RecordConsentInput!) {\n    recordConsent(input: $input) {\n      id\n      partner\n      purpose\n      validFrom\n      validTo\n      withdrawnOn\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawConsent($input: WithdrawConsentInput!) {\n    withdrawConsent(input: $input) {\n      id\n      withdrawnOn\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawConsent($input: WithdrawConsentInput!) {\n    withdrawConsent(input: $input) {\n      id\n      withdrawnOn\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddRelative($input: AddRelativeInput!) {\n    addRelative(input: $input) {\n      id\n      name\n      relation\n      wantsInvolved\n      phone\n    }\n  }\n"): (typeof documents)["\n  mutation AddRelative($input: AddRelativeInput!) {\n    addRelative(input: $input) {\n      id\n      name\n      relation\n      wantsInvolved\n      phone\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateRelative($input: UpdateRelativeInput!) {\n    updateRelative(input: $input) {\n      id\n      wantsInvolved\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateRelative($input: UpdateRelativeInput!) {\n    updateRelative(input: $input) {\n      id\n      wantsInvolved\n    }\n  }\n"];
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
export function graphql(source: "\n  fragment CitizenCaseloadFields on Citizen {\n    primaryContact {\n      id\n      memberId\n      memberName\n      startedAt\n      assignedByName\n    }\n    primaryContactHistory {\n      id\n      memberName\n      startedAt\n      endedAt\n      assignedByName\n      endReason\n      endKind\n    }\n    secondaryContacts {\n      id\n      discipline\n      user {\n        id\n        name\n      }\n    }\n    admission {\n      isAdult\n      hasMentalIllness\n      hasSubstanceUse\n      notHeldByOrdinaryServices\n      wantsSupport\n      allMet\n      note\n      assessedAt\n    }\n  }\n"): (typeof documents)["\n  fragment CitizenCaseloadFields on Citizen {\n    primaryContact {\n      id\n      memberId\n      memberName\n      startedAt\n      assignedByName\n    }\n    primaryContactHistory {\n      id\n      memberName\n      startedAt\n      endedAt\n      assignedByName\n      endReason\n      endKind\n    }\n    secondaryContacts {\n      id\n      discipline\n      user {\n        id\n        name\n      }\n    }\n    admission {\n      isAdult\n      hasMentalIllness\n      hasSubstanceUse\n      notHeldByOrdinaryServices\n      wantsSupport\n      allMet\n      note\n      assessedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordAdmission($input: RecordAdmissionInput!) {\n    recordAdmission(input: $input) {\n      id\n      ...CitizenCaseloadFields\n    }\n  }\n"): (typeof documents)["\n  mutation RecordAdmission($input: RecordAdmissionInput!) {\n    recordAdmission(input: $input) {\n      id\n      ...CitizenCaseloadFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseloadSummaries {\n    caseloadSummaries {\n      teamId\n      teamName\n      suppressed\n      activeCitizens\n      primaryFte\n      ratio\n      waiting\n      membersOverCapacity\n      exceptionsInForce\n    }\n  }\n"): (typeof documents)["\n  query CaseloadSummaries {\n    caseloadSummaries {\n      teamId\n      teamName\n      suppressed\n      activeCitizens\n      primaryFte\n      ratio\n      waiting\n      membersOverCapacity\n      exceptionsInForce\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation EndCitizenCourse($input: EndCitizenCourseInput!) {\n    endCitizenCourse(input: $input) {\n      removedVisits\n      stoppedSeries\n      citizen {\n        id\n        status\n        statusReason\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EndCitizenCourse($input: EndCitizenCourseInput!) {\n    endCitizenCourse(input: $input) {\n      removedVisits\n      stoppedSeries\n      citizen {\n        id\n        status\n        statusReason\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DashboardTeamFields on DashboardTeam {\n    teamId\n    teamName\n    suppressed\n    averagePrimaryFte\n    membersOverCapacity\n    exceptionsInForce\n    notSeenThresholdDays\n    caseloadRatio { value suppressed }\n    averageCitizens { value suppressed }\n    citizensActive { value suppressed }\n    citizensWaiting { value suppressed }\n    citizensStarted { value suppressed }\n    citizensEnded { value suppressed }\n    faceToFacePerCitizenWeek { value suppressed }\n    agreedPlanShare { value suppressed }\n    followUpOnTimeShare { value suppressed }\n    notSeenShare { value suppressed }\n    meetings { kind planned held notHeld notMarked cancelled }\n    transitions {\n      referrals { value suppressed }\n      admissions { value suppressed }\n      discharges { value suppressed }\n      returns { value suppressed }\n      withdrawn { value suppressed }\n      medianWaitDays { value suppressed }\n    }\n  }\n"): (typeof documents)["\n  fragment DashboardTeamFields on DashboardTeam {\n    teamId\n    teamName\n    suppressed\n    averagePrimaryFte\n    membersOverCapacity\n    exceptionsInForce\n    notSeenThresholdDays\n    caseloadRatio { value suppressed }\n    averageCitizens { value suppressed }\n    citizensActive { value suppressed }\n    citizensWaiting { value suppressed }\n    citizensStarted { value suppressed }\n    citizensEnded { value suppressed }\n    faceToFacePerCitizenWeek { value suppressed }\n    agreedPlanShare { value suppressed }\n    followUpOnTimeShare { value suppressed }\n    notSeenShare { value suppressed }\n    meetings { kind planned held notHeld notMarked cancelled }\n    transitions {\n      referrals { value suppressed }\n      admissions { value suppressed }\n      discharges { value suppressed }\n      returns { value suppressed }\n      withdrawn { value suppressed }\n      medianWaitDays { value suppressed }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SteeringDashboard($from: String!, $to: String!) {\n    steeringDashboard(from: $from, to: $to) {\n      from\n      to\n      days\n      weeks\n      readingDay\n      minGroupSize\n      teams {\n        ...DashboardTeamFields\n      }\n      allTeams {\n        ...DashboardTeamFields\n      }\n      phases { phase items done notRelevant inProgress progress }\n      latestReadinessRound {\n        roundId\n        title\n        opensOn\n        closesOn\n        submitted\n        invited\n        suppressed\n        drivers { driver mean { value suppressed } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SteeringDashboard($from: String!, $to: String!) {\n    steeringDashboard(from: $from, to: $to) {\n      from\n      to\n      days\n      weeks\n      readingDay\n      minGroupSize\n      teams {\n        ...DashboardTeamFields\n      }\n      allTeams {\n        ...DashboardTeamFields\n      }\n      phases { phase items done notRelevant inProgress progress }\n      latestReadinessRound {\n        roundId\n        title\n        opensOn\n        closesOn\n        submitted\n        invited\n        suppressed\n        drivers { driver mean { value suppressed } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TenantSettings {\n    tenantSettings { minGroupSize accessLogRetentionMonths mfaPolicy }\n  }\n"): (typeof documents)["\n  query TenantSettings {\n    tenantSettings { minGroupSize accessLogRetentionMonths mfaPolicy }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetAccessLogRetention($months: Int!) {\n    setAccessLogRetention(input: { months: $months }) { accessLogRetentionMonths }\n  }\n"): (typeof documents)["\n  mutation SetAccessLogRetention($months: Int!) {\n    setAccessLogRetention(input: { months: $months }) { accessLogRetentionMonths }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMinGroupSize($input: SetMinGroupSizeInput!) {\n    setMinGroupSize(input: $input) { minGroupSize }\n  }\n"): (typeof documents)["\n  mutation SetMinGroupSize($input: SetMinGroupSizeInput!) {\n    setMinGroupSize(input: $input) { minGroupSize }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMfaPolicy($input: SetMfaPolicyInput!) {\n    setMfaPolicy(input: $input) { minGroupSize mfaPolicy }\n  }\n"): (typeof documents)["\n  mutation SetMfaPolicy($input: SetMfaPolicyInput!) {\n    setMfaPolicy(input: $input) { minGroupSize mfaPolicy }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FidelityItemFields on FidelityItemResult {\n    itemId\n    subscale\n    name\n    definition\n    unit\n    kind\n    needsHumanRating\n    value\n    rating\n    unratedReason\n    windowFrom\n    windowTo\n    rule { direction cutoffs }\n    basis { key value }\n    manualRating { id itemId rating note ratedOn ratedByName }\n  }\n"): (typeof documents)["\n  fragment FidelityItemFields on FidelityItemResult {\n    itemId\n    subscale\n    name\n    definition\n    unit\n    kind\n    needsHumanRating\n    value\n    rating\n    unratedReason\n    windowFrom\n    windowTo\n    rule { direction cutoffs }\n    basis { key value }\n    manualRating { id itemId rating note ratedOn ratedByName }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FidelityReport($teamId: ID!, $from: String, $to: String) {\n    fidelityReport(teamId: $teamId, from: $from, to: $to) {\n      teamId\n      teamName\n      from\n      to\n      modelVersionId\n      modelVersionLabel\n      computedAt\n      total { score ratedItems items }\n      subscales { subscale name score ratedItems items }\n      items { ...FidelityItemFields }\n    }\n  }\n"): (typeof documents)["\n  query FidelityReport($teamId: ID!, $from: String, $to: String) {\n    fidelityReport(teamId: $teamId, from: $from, to: $to) {\n      teamId\n      teamName\n      from\n      to\n      modelVersionId\n      modelVersionLabel\n      computedAt\n      total { score ratedItems items }\n      subscales { subscale name score ratedItems items }\n      items { ...FidelityItemFields }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FidelityTrend($teamId: ID!, $weeks: Int) {\n    fidelityTrend(teamId: $teamId, weeks: $weeks) {\n      from\n      to\n      modelVersionId\n      total { score ratedItems items }\n    }\n  }\n"): (typeof documents)["\n  query FidelityTrend($teamId: ID!, $weeks: Int) {\n    fidelityTrend(teamId: $teamId, weeks: $weeks) {\n      from\n      to\n      modelVersionId\n      total { score ratedItems items }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FidelityDrillDown($teamId: ID!, $itemId: String!, $from: String, $to: String) {\n    fidelityDrillDown(teamId: $teamId, itemId: $itemId, from: $from, to: $to) {\n      itemId\n      name\n      columns\n      rows { cells citizenId visitId meetingId }\n      basis { key value }\n    }\n  }\n"): (typeof documents)["\n  query FidelityDrillDown($teamId: ID!, $itemId: String!, $from: String, $to: String) {\n    fidelityDrillDown(teamId: $teamId, itemId: $itemId, from: $from, to: $to) {\n      itemId\n      name\n      columns\n      rows { cells citizenId visitId meetingId }\n      basis { key value }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RateFidelityItem($input: RateFidelityItemInput!) {\n    rateFidelityItem(input: $input) { id itemId rating note ratedOn ratedByName }\n  }\n"): (typeof documents)["\n  mutation RateFidelityItem($input: RateFidelityItemInput!) {\n    rateFidelityItem(input: $input) { id itemId rating note ratedOn ratedByName }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SteeringFidelity($from: String, $to: String) {\n    steeringFidelity(from: $from, to: $to) {\n      teamId\n      teamName\n      withheld\n      total { score ratedItems items }\n      subscales { subscale name score ratedItems items }\n      items { itemId subscale name unit kind value rating unratedReason }\n    }\n  }\n"): (typeof documents)["\n  query SteeringFidelity($from: String, $to: String) {\n    steeringFidelity(from: $from, to: $to) {\n      teamId\n      teamName\n      withheld\n      total { score ratedItems items }\n      subscales { subscale name score ratedItems items }\n      items { itemId subscale name unit kind value rating unratedReason }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FunctionRoleFields on FunctionRole {\n    id\n    teamId\n    teamName\n    title\n    discipline\n    current {\n      id\n      version\n      purpose\n      tasksOutreach\n      tasksPlan\n      tasksSupport\n      tasksTransition\n      professionalCompetences\n      personalCompetences\n      writtenByName\n      createdAt\n    }\n    versions {\n      id\n      version\n      createdAt\n      writtenByName\n    }\n    members {\n      memberId\n      name\n      fte\n    }\n  }\n"): (typeof documents)["\n  fragment FunctionRoleFields on FunctionRole {\n    id\n    teamId\n    teamName\n    title\n    discipline\n    current {\n      id\n      version\n      purpose\n      tasksOutreach\n      tasksPlan\n      tasksSupport\n      tasksTransition\n      professionalCompetences\n      personalCompetences\n      writtenByName\n      createdAt\n    }\n    versions {\n      id\n      version\n      createdAt\n      writtenByName\n    }\n    members {\n      memberId\n      name\n      fte\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FunctionsPage($teamId: ID!) {\n    team(id: $teamId) {\n      id\n      name\n      members(first: 100) {\n        edges {\n          node {\n            id\n            discipline\n            fte\n            user {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n    teamComposition(teamId: $teamId) {\n      activeCitizens\n      totalFte\n      missing\n      below\n      lines {\n        discipline\n        fte\n        members\n        needed\n        perHundred\n        required\n        status\n      }\n    }\n    teamFunctionRoles(teamId: $teamId) {\n      ...FunctionRoleFields\n    }\n  }\n"): (typeof documents)["\n  query FunctionsPage($teamId: ID!) {\n    team(id: $teamId) {\n      id\n      name\n      members(first: 100) {\n        edges {\n          node {\n            id\n            discipline\n            fte\n            user {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n    teamComposition(teamId: $teamId) {\n      activeCitizens\n      totalFte\n      missing\n      below\n      lines {\n        discipline\n        fte\n        members\n        needed\n        perHundred\n        required\n        status\n      }\n    }\n    teamFunctionRoles(teamId: $teamId) {\n      ...FunctionRoleFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FunctionRole($id: ID!) {\n    functionRole(id: $id) {\n      ...FunctionRoleFields\n    }\n  }\n"): (typeof documents)["\n  query FunctionRole($id: ID!) {\n    functionRole(id: $id) {\n      ...FunctionRoleFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateFunctionRole($input: CreateFunctionRoleInput!) {\n    createFunctionRole(input: $input) {\n      ...FunctionRoleFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateFunctionRole($input: CreateFunctionRoleInput!) {\n    createFunctionRole(input: $input) {\n      ...FunctionRoleFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveFunctionDescription($input: SaveFunctionDescriptionInput!) {\n    saveFunctionDescription(input: $input) {\n      ...FunctionRoleFields\n    }\n  }\n"): (typeof documents)["\n  mutation SaveFunctionDescription($input: SaveFunctionDescriptionInput!) {\n    saveFunctionDescription(input: $input) {\n      ...FunctionRoleFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LinkMemberFunction($input: LinkMemberFunctionInput!) {\n    linkMemberToFunctionRole(input: $input) {\n      ...FunctionRoleFields\n    }\n  }\n"): (typeof documents)["\n  mutation LinkMemberFunction($input: LinkMemberFunctionInput!) {\n    linkMemberToFunctionRole(input: $input) {\n      ...FunctionRoleFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GroupSessionFields on GroupSession {\n    id\n    teamId\n    kind\n    title\n    startsAt\n    durationMinutes\n    ledByMemberId\n    ledByName\n    attendees {\n      citizenId\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment GroupSessionFields on GroupSession {\n    id\n    teamId\n    kind\n    title\n    startsAt\n    durationMinutes\n    ledByMemberId\n    ledByName\n    attendees {\n      citizenId\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GroupSessionsPage($teamId: ID!, $first: Int!, $after: String) {\n    team(id: $teamId) {\n      id\n      name\n      members(first: 100) {\n        edges {\n          node {\n            id\n            user {\n              id\n              name\n            }\n          }\n        }\n      }\n      citizens(first: 100) {\n        edges {\n          node {\n            id\n            name\n            status\n          }\n        }\n      }\n    }\n    groupSessions(teamId: $teamId, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...GroupSessionFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query GroupSessionsPage($teamId: ID!, $first: Int!, $after: String) {\n    team(id: $teamId) {\n      id\n      name\n      members(first: 100) {\n        edges {\n          node {\n            id\n            user {\n              id\n              name\n            }\n          }\n        }\n      }\n      citizens(first: 100) {\n        edges {\n          node {\n            id\n            name\n            status\n          }\n        }\n      }\n    }\n    groupSessions(teamId: $teamId, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...GroupSessionFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateGroupSession($input: CreateGroupSessionInput!) {\n    createGroupSession(input: $input) {\n      ...GroupSessionFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateGroupSession($input: CreateGroupSessionInput!) {\n    createGroupSession(input: $input) {\n      ...GroupSessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateGroupSession($input: UpdateGroupSessionInput!) {\n    updateGroupSession(input: $input) {\n      ...GroupSessionFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateGroupSession($input: UpdateGroupSessionInput!) {\n    updateGroupSession(input: $input) {\n      ...GroupSessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChecklistItemFields on ChecklistItem {\n    id\n    phase\n    fromGuide\n    text\n    status\n    statusReason\n    owner\n    dueOn\n    overdue\n    evidenceNote\n    evidenceUrl\n    evidenceRecords {\n      kind\n      id\n      label\n      roleId\n    }\n    completedAt\n    version\n  }\n"): (typeof documents)["\n  fragment ChecklistItemFields on ChecklistItem {\n    id\n    phase\n    fromGuide\n    text\n    status\n    statusReason\n    owner\n    dueOn\n    overdue\n    evidenceNote\n    evidenceUrl\n    evidenceRecords {\n      kind\n      id\n      label\n      roleId\n    }\n    completedAt\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImplementationPhases {\n    implementationPhases {\n      phase\n      number\n      title\n      summary\n      progress {\n        total\n        done\n        notRelevant\n        inProgress\n        notStarted\n        percent\n        state\n      }\n      items {\n        ...ChecklistItemFields\n      }\n      lastRevisit {\n        id\n        reason\n        actorName\n        at\n      }\n    }\n  }\n"): (typeof documents)["\n  query ImplementationPhases {\n    implementationPhases {\n      phase\n      number\n      title\n      summary\n      progress {\n        total\n        done\n        notRelevant\n        inProgress\n        notStarted\n        percent\n        state\n      }\n      items {\n        ...ChecklistItemFields\n      }\n      lastRevisit {\n        id\n        reason\n        actorName\n        at\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImplementationEvidenceOptions {\n    implementationEvidenceOptions {\n      agreements {\n        id\n        label\n      }\n      readinessRounds {\n        id\n        label\n      }\n      functionDescriptions {\n        id\n        label\n      }\n    }\n  }\n"): (typeof documents)["\n  query ImplementationEvidenceOptions {\n    implementationEvidenceOptions {\n      agreements {\n        id\n        label\n      }\n      readinessRounds {\n        id\n        label\n      }\n      functionDescriptions {\n        id\n        label\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChecklistItemHistory($itemId: ID!) {\n    checklistItemHistory(itemId: $itemId) {\n      id\n      action\n      fromStatus\n      toStatus\n      reason\n      changedFields\n      actorName\n      at\n    }\n  }\n"): (typeof documents)["\n  query ChecklistItemHistory($itemId: ID!) {\n    checklistItemHistory(itemId: $itemId) {\n      id\n      action\n      fromStatus\n      toStatus\n      reason\n      changedFields\n      actorName\n      at\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImplementationPhaseHistory($phase: ImplementationPhase!) {\n    implementationPhaseHistory(phase: $phase, first: 50) {\n      id\n      action\n      itemText\n      fromStatus\n      toStatus\n      reason\n      changedFields\n      actorName\n      at\n    }\n  }\n"): (typeof documents)["\n  query ImplementationPhaseHistory($phase: ImplementationPhase!) {\n    implementationPhaseHistory(phase: $phase, first: 50) {\n      id\n      action\n      itemText\n      fromStatus\n      toStatus\n      reason\n      changedFields\n      actorName\n      at\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddChecklistItem($input: AddChecklistItemInput!) {\n    addChecklistItem(input: $input) {\n      ...ChecklistItemFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddChecklistItem($input: AddChecklistItemInput!) {\n    addChecklistItem(input: $input) {\n      ...ChecklistItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateChecklistItem($input: UpdateChecklistItemInput!) {\n    updateChecklistItem(input: $input) {\n      ...ChecklistItemFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateChecklistItem($input: UpdateChecklistItemInput!) {\n    updateChecklistItem(input: $input) {\n      ...ChecklistItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetChecklistItemStatus($input: SetChecklistStatusInput!) {\n    setChecklistItemStatus(input: $input) {\n      ...ChecklistItemFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetChecklistItemStatus($input: SetChecklistStatusInput!) {\n    setChecklistItemStatus(input: $input) {\n      ...ChecklistItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenChecklistItem($input: ReopenChecklistItemInput!) {\n    reopenChecklistItem(input: $input) {\n      ...ChecklistItemFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReopenChecklistItem($input: ReopenChecklistItemInput!) {\n    reopenChecklistItem(input: $input) {\n      ...ChecklistItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveChecklistItem($input: RemoveChecklistItemInput!) {\n    removeChecklistItem(input: $input) {\n      phase\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveChecklistItem($input: RemoveChecklistItemInput!) {\n    removeChecklistItem(input: $input) {\n      phase\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevisitImplementationPhase($input: RevisitPhaseInput!) {\n    revisitImplementationPhase(input: $input) {\n      phase\n    }\n  }\n"): (typeof documents)["\n  mutation RevisitImplementationPhase($input: RevisitPhaseInput!) {\n    revisitImplementationPhase(input: $input) {\n      phase\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ActivityFields on ImplementationActivity {\n    id\n    focusArea\n    title\n    purpose\n    owner\n    startsOn\n    deadline\n    milestone\n    expectedResult\n    status\n    position\n    overdue\n    version\n  }\n"): (typeof documents)["\n  fragment ActivityFields on ImplementationActivity {\n    id\n    focusArea\n    title\n    purpose\n    owner\n    startsOn\n    deadline\n    milestone\n    expectedResult\n    status\n    position\n    overdue\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImplementationPlan {\n    implementationPlan {\n      today\n      months\n      overdueCount\n      suggestedFocusAreas\n      focusAreas {\n        name\n        activities {\n          ...ActivityFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ImplementationPlan {\n    implementationPlan {\n      today\n      months\n      overdueCount\n      suggestedFocusAreas\n      focusAreas {\n        name\n        activities {\n          ...ActivityFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveImplementationActivity($input: SaveActivityInput!) {\n    saveImplementationActivity(input: $input) {\n      ...ActivityFields\n    }\n  }\n"): (typeof documents)["\n  mutation SaveImplementationActivity($input: SaveActivityInput!) {\n    saveImplementationActivity(input: $input) {\n      ...ActivityFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveImplementationActivity($id: ID!) {\n    removeImplementationActivity(id: $id) {\n      overdueCount\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveImplementationActivity($id: ID!) {\n    removeImplementationActivity(id: $id) {\n      overdueCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImplementationResponsibilities {\n    implementationResponsibilities {\n      group\n      label\n      lines {\n        id\n        group\n        text\n        fromGuide\n      }\n    }\n  }\n"): (typeof documents)["\n  query ImplementationResponsibilities {\n    implementationResponsibilities {\n      group\n      label\n      lines {\n        id\n        group\n        text\n        fromGuide\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveResponsibility($input: SaveResponsibilityInput!) {\n    saveResponsibility(input: $input) {\n      group\n    }\n  }\n"): (typeof documents)["\n  mutation SaveResponsibility($input: SaveResponsibilityInput!) {\n    saveResponsibility(input: $input) {\n      group\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveResponsibility($id: ID!) {\n    removeResponsibility(id: $id) {\n      group\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveResponsibility($id: ID!) {\n    removeResponsibility(id: $id) {\n      group\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeetingRhythmFields on MeetingRhythm {\n    teamId\n    cadence\n    weekday\n    startTime\n    endTime\n    place\n    reviewEveryMeetings\n  }\n"): (typeof documents)["\n  fragment MeetingRhythmFields on MeetingRhythm {\n    teamId\n    cadence\n    weekday\n    startTime\n    endTime\n    place\n    reviewEveryMeetings\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamMeetingsPage($teamId: ID!) {\n    team(id: $teamId) {\n      id\n      name\n    }\n    teamMeetingRhythm(teamId: $teamId) {\n      ...MeetingRhythmFields\n    }\n    upcoming: teamMeetings(teamId: $teamId, period: UPCOMING, first: 20) {\n      edges {\n        node {\n          id\n          startsAt\n          whenText\n          place\n          agendaPreparedAt\n          heldAt\n        }\n      }\n    }\n    past: teamMeetings(teamId: $teamId, period: PAST, first: 20) {\n      edges {\n        node {\n          id\n          whenText\n          place\n          heldAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TeamMeetingsPage($teamId: ID!) {\n    team(id: $teamId) {\n      id\n      name\n    }\n    teamMeetingRhythm(teamId: $teamId) {\n      ...MeetingRhythmFields\n    }\n    upcoming: teamMeetings(teamId: $teamId, period: UPCOMING, first: 20) {\n      edges {\n        node {\n          id\n          startsAt\n          whenText\n          place\n          agendaPreparedAt\n          heldAt\n        }\n      }\n    }\n    past: teamMeetings(teamId: $teamId, period: PAST, first: 20) {\n      edges {\n        node {\n          id\n          whenText\n          place\n          heldAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMeetingRhythm($input: SetMeetingRhythmInput!) {\n    setTeamMeetingRhythm(input: $input) {\n      ...MeetingRhythmFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetMeetingRhythm($input: SetMeetingRhythmInput!) {\n    setTeamMeetingRhythm(input: $input) {\n      ...MeetingRhythmFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTeamMeeting($input: CreateTeamMeetingInput!) {\n    createTeamMeeting(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateTeamMeeting($input: CreateTeamMeetingInput!) {\n    createTeamMeeting(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateMeetingsFromRhythm($input: CreateMeetingsFromRhythmInput!) {\n    createTeamMeetingsFromRhythm(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateMeetingsFromRhythm($input: CreateMeetingsFromRhythmInput!) {\n    createTeamMeetingsFromRhythm(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeetingDetailFields on TeamMeetingDetail {\n    id\n    teamId\n    teamName\n    whenText\n    place\n    heldAt\n    agendaPreparedAt\n    items {\n      ...MeetingItemFields\n    }\n    citizenItems {\n      ...MeetingItemFields\n    }\n    attendance {\n      memberId\n      name\n      discipline\n      present\n    }\n  }\n"): (typeof documents)["\n  fragment MeetingDetailFields on TeamMeetingDetail {\n    id\n    teamId\n    teamName\n    whenText\n    place\n    heldAt\n    agendaPreparedAt\n    items {\n      ...MeetingItemFields\n    }\n    citizenItems {\n      ...MeetingItemFields\n    }\n    attendance {\n      memberId\n      name\n      discipline\n      present\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeetingItemFields on TeamMeetingItem {\n    id\n    source\n    reason\n    title\n    citizenId\n    citizenName\n    position\n    addedByName\n    note\n    citizenAttends\n    decisions {\n      id\n      text\n      decidedByName\n    }\n    tasks {\n      id\n      description\n      dueDate\n      assigneeName\n      done\n    }\n  }\n"): (typeof documents)["\n  fragment MeetingItemFields on TeamMeetingItem {\n    id\n    source\n    reason\n    title\n    citizenId\n    citizenName\n    position\n    addedByName\n    note\n    citizenAttends\n    decisions {\n      id\n      text\n      decidedByName\n    }\n    tasks {\n      id\n      description\n      dueDate\n      assigneeName\n      done\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamMeeting($id: ID!) {\n    teamMeeting(id: $id) {\n      ...MeetingDetailFields\n    }\n  }\n"): (typeof documents)["\n  query TeamMeeting($id: ID!) {\n    teamMeeting(id: $id) {\n      ...MeetingDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamMeetingMinutes($id: ID!) {\n    teamMeetingMinutes(id: $id) {\n      ...MeetingDetailFields\n    }\n  }\n"): (typeof documents)["\n  query TeamMeetingMinutes($id: ID!) {\n    teamMeetingMinutes(id: $id) {\n      ...MeetingDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingTeamOptions($teamId: ID!) {\n    team(id: $teamId) {\n      id\n      members(first: 100) {\n        edges {\n          node {\n            id\n            user {\n              id\n              name\n            }\n          }\n        }\n      }\n      citizens(first: 100, status: ACTIVE) {\n        edges {\n          node {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MeetingTeamOptions($teamId: ID!) {\n    team(id: $teamId) {\n      id\n      members(first: 100) {\n        edges {\n          node {\n            id\n            user {\n              id\n              name\n            }\n          }\n        }\n      }\n      citizens(first: 100, status: ACTIVE) {\n        edges {\n          node {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PrepareAgenda($id: ID!) {\n    prepareTeamMeetingAgenda(meetingId: $id) {\n      ...MeetingDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation PrepareAgenda($id: ID!) {\n    prepareTeamMeetingAgenda(meetingId: $id) {\n      ...MeetingDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddMeetingItem($input: AddMeetingItemInput!) {\n    addTeamMeetingItem(input: $input) {\n      ...MeetingDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddMeetingItem($input: AddMeetingItemInput!) {\n    addTeamMeetingItem(input: $input) {\n      ...MeetingDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMeetingItem($input: UpdateMeetingItemInput!) {\n    updateTeamMeetingItem(input: $input) {\n      ...MeetingItemFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMeetingItem($input: UpdateMeetingItemInput!) {\n    updateTeamMeetingItem(input: $input) {\n      ...MeetingItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordAttendance($input: RecordAttendanceInput!) {\n    recordTeamMeetingAttendance(input: $input) {\n      ...MeetingDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation RecordAttendance($input: RecordAttendanceInput!) {\n    recordTeamMeetingAttendance(input: $input) {\n      ...MeetingDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddDecision($input: AddDecisionInput!) {\n    addMeetingDecision(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddDecision($input: AddDecisionInput!) {\n    addMeetingDecision(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddTask($input: AddFollowUpTaskInput!) {\n    addFollowUpTask(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddTask($input: AddFollowUpTaskInput!) {\n    addFollowUpTask(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseMeeting($id: ID!) {\n    closeTeamMeeting(meetingId: $id) {\n      ...MeetingDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation CloseMeeting($id: ID!) {\n    closeTeamMeeting(meetingId: $id) {\n      ...MeetingDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyTasks($includeDone: Boolean) {\n    myFollowUpTasks(includeDone: $includeDone, first: 100) {\n      edges {\n        node {\n          id\n          description\n          dueDate\n          done\n          overdue\n          citizenId\n          citizenName\n          meetingId\n          meetingStartsAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyTasks($includeDone: Boolean) {\n    myFollowUpTasks(includeDone: $includeDone, first: 100) {\n      edges {\n        node {\n          id\n          description\n          dueDate\n          done\n          overdue\n          citizenId\n          citizenName\n          meetingId\n          meetingStartsAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteTask($input: CompleteFollowUpTaskInput!) {\n    completeFollowUpTask(input: $input) {\n      id\n      done\n      doneAt\n      overdue\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteTask($input: CompleteFollowUpTaskInput!) {\n    completeFollowUpTask(input: $input) {\n      id\n      done\n      doneAt\n      overdue\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CitizenMeetings($id: ID!) {\n    citizen(id: $id) {\n      id\n      crisisFlag {\n        id\n        reason\n        raisedByName\n        raisedAt\n      }\n      teamBoardEntry {\n        id\n        reason\n        placedOn\n        daysOnBoard\n      }\n      followUpTasks {\n        id\n        description\n        dueDate\n        assigneeName\n        overdue\n      }\n      meetingDecisions {\n        id\n        text\n        meetingStartsAt\n        decidedByName\n      }\n      networkMeetings {\n        id\n        whenText\n        purpose\n        hasSummary\n      }\n    }\n  }\n"): (typeof documents)["\n  query CitizenMeetings($id: ID!) {\n    citizen(id: $id) {\n      id\n      crisisFlag {\n        id\n        reason\n        raisedByName\n        raisedAt\n      }\n      teamBoardEntry {\n        id\n        reason\n        placedOn\n        daysOnBoard\n      }\n      followUpTasks {\n        id\n        description\n        dueDate\n        assigneeName\n        overdue\n      }\n      meetingDecisions {\n        id\n        text\n        meetingStartsAt\n        decidedByName\n      }\n      networkMeetings {\n        id\n        whenText\n        purpose\n        hasSummary\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RaiseCrisis($input: RaiseCrisisFlagInput!) {\n    raiseCrisisFlag(input: $input) {\n      id\n      crisisFlag {\n        id\n        reason\n        raisedByName\n        raisedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RaiseCrisis($input: RaiseCrisisFlagInput!) {\n    raiseCrisisFlag(input: $input) {\n      id\n      crisisFlag {\n        id\n        reason\n        raisedByName\n        raisedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClearCrisis($id: ID!) {\n    clearCrisisFlag(citizenId: $id) {\n      id\n      crisisFlag {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ClearCrisis($id: ID!) {\n    clearCrisisFlag(citizenId: $id) {\n      id\n      crisisFlag {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NetworkMeetingFields on NetworkMeeting {\n    id\n    citizenId\n    citizenName\n    whenText\n    place\n    purpose\n    invitedByName\n    participants {\n      id\n      name\n      role\n      why\n      chosenByCitizen\n    }\n    agendaPoints {\n      id\n      text\n      fromCitizen\n    }\n    preparation {\n      job\n      network\n      leisure\n      housing\n      coping\n    }\n    summary\n  }\n"): (typeof documents)["\n  fragment NetworkMeetingFields on NetworkMeeting {\n    id\n    citizenId\n    citizenName\n    whenText\n    place\n    purpose\n    invitedByName\n    participants {\n      id\n      name\n      role\n      why\n      chosenByCitizen\n    }\n    agendaPoints {\n      id\n      text\n      fromCitizen\n    }\n    preparation {\n      job\n      network\n      leisure\n      housing\n      coping\n    }\n    summary\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NetworkMeeting($id: ID!) {\n    networkMeeting(id: $id) {\n      ...NetworkMeetingFields\n    }\n  }\n"): (typeof documents)["\n  query NetworkMeeting($id: ID!) {\n    networkMeeting(id: $id) {\n      ...NetworkMeetingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NewNetworkMeetingPage($citizenId: ID!) {\n    citizen(id: $citizenId) {\n      id\n      name\n      team {\n        id\n        members(first: 100) {\n          edges {\n            node {\n              id\n              user {\n                id\n                name\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query NewNetworkMeetingPage($citizenId: ID!) {\n    citizen(id: $citizenId) {\n      id\n      name\n      team {\n        id\n        members(first: 100) {\n          edges {\n            node {\n              id\n              user {\n                id\n                name\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateNetworkMeeting($input: CreateNetworkMeetingInput!) {\n    createNetworkMeeting(input: $input) {\n      ...NetworkMeetingFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateNetworkMeeting($input: CreateNetworkMeetingInput!) {\n    createNetworkMeeting(input: $input) {\n      ...NetworkMeetingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddParticipant($input: AddNetworkParticipantInput!) {\n    addNetworkMeetingParticipant(input: $input) {\n      ...NetworkMeetingFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddParticipant($input: AddNetworkParticipantInput!) {\n    addNetworkMeetingParticipant(input: $input) {\n      ...NetworkMeetingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveParticipant($id: ID!) {\n    removeNetworkMeetingParticipant(participantId: $id) {\n      ...NetworkMeetingFields\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveParticipant($id: ID!) {\n    removeNetworkMeetingParticipant(participantId: $id) {\n      ...NetworkMeetingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddAgendaPoint($input: AddNetworkAgendaPointInput!) {\n    addNetworkMeetingAgendaPoint(input: $input) {\n      ...NetworkMeetingFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddAgendaPoint($input: AddNetworkAgendaPointInput!) {\n    addNetworkMeetingAgendaPoint(input: $input) {\n      ...NetworkMeetingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SavePreparation($input: SaveNetworkPreparationInput!) {\n    saveNetworkMeetingPreparation(input: $input) {\n      ...NetworkMeetingFields\n    }\n  }\n"): (typeof documents)["\n  mutation SavePreparation($input: SaveNetworkPreparationInput!) {\n    saveNetworkMeetingPreparation(input: $input) {\n      ...NetworkMeetingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveSummary($input: SaveNetworkSummaryInput!) {\n    saveNetworkMeetingSummary(input: $input) {\n      ...NetworkMeetingFields\n    }\n  }\n"): (typeof documents)["\n  mutation SaveSummary($input: SaveNetworkSummaryInput!) {\n    saveNetworkMeetingSummary(input: $input) {\n      ...NetworkMeetingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"): (typeof documents)["\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NotificationFields on Notification {\n    id\n    kind\n    title\n    text\n    link\n    occursAt\n    createdAt\n    readAt\n  }\n"): (typeof documents)["\n  fragment NotificationFields on Notification {\n    id\n    kind\n    title\n    text\n    link\n    occursAt\n    createdAt\n    readAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications($first: Int!, $after: String, $unreadOnly: Boolean!) {\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...NotificationFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Notifications($first: Int!, $after: String, $unreadOnly: Boolean!) {\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...NotificationFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      ...NotificationFields\n    }\n  }\n"): (typeof documents)["\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      ...NotificationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n"): (typeof documents)["\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationPreferences {\n    notificationPreferences {\n      kind\n      title\n      channel\n      enabled\n      defaultEnabled\n    }\n  }\n"): (typeof documents)["\n  query NotificationPreferences {\n    notificationPreferences {\n      kind\n      title\n      channel\n      enabled\n      defaultEnabled\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetNotificationPreference($input: SetNotificationPreferenceInput!) {\n    setNotificationPreference(input: $input) {\n      kind\n      channel\n      enabled\n      defaultEnabled\n    }\n  }\n"): (typeof documents)["\n  mutation SetNotificationPreference($input: SetNotificationPreferenceInput!) {\n    setNotificationPreference(input: $input) {\n      kind\n      channel\n      enabled\n      defaultEnabled\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReadinessRoundFields on ReadinessRound {\n    id\n    title\n    opensOn\n    closesOn\n    closedAt\n    status\n    invited\n    submitted\n    submittedSuppressed\n    minGroupSize\n    invitedByGroup {\n      group\n      invited\n    }\n    strengths\n    weaknesses\n    opportunities\n    threats\n  }\n"): (typeof documents)["\n  fragment ReadinessRoundFields on ReadinessRound {\n    id\n    title\n    opensOn\n    closesOn\n    closedAt\n    status\n    invited\n    submitted\n    submittedSuppressed\n    minGroupSize\n    invitedByGroup {\n      group\n      invited\n    }\n    strengths\n    weaknesses\n    opportunities\n    threats\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MyReadinessRoundFields on MyReadinessRound {\n    roundId\n    title\n    opensOn\n    closesOn\n    status\n    group\n    submittedAt\n    statementCount\n    answered\n  }\n"): (typeof documents)["\n  fragment MyReadinessRoundFields on MyReadinessRound {\n    roundId\n    title\n    opensOn\n    closesOn\n    status\n    group\n    submittedAt\n    statementCount\n    answered\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReadinessOverview {\n    readinessRounds {\n      ...ReadinessRoundFields\n    }\n    myReadinessRounds {\n      ...MyReadinessRoundFields\n    }\n  }\n"): (typeof documents)["\n  query ReadinessOverview {\n    readinessRounds {\n      ...ReadinessRoundFields\n    }\n    myReadinessRounds {\n      ...MyReadinessRoundFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyReadinessRounds {\n    myReadinessRounds {\n      ...MyReadinessRoundFields\n    }\n  }\n"): (typeof documents)["\n  query MyReadinessRounds {\n    myReadinessRounds {\n      ...MyReadinessRoundFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyReadinessRound($roundId: ID!) {\n    myReadinessRound(roundId: $roundId) {\n      ...MyReadinessRoundFields\n      answers {\n        roundStatementId\n        driver\n        text\n        score\n        dontKnow\n        comment\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyReadinessRound($roundId: ID!) {\n    myReadinessRound(roundId: $roundId) {\n      ...MyReadinessRoundFields\n      answers {\n        roundStatementId\n        driver\n        text\n        score\n        dontKnow\n        comment\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveReadinessAnswers($input: SaveReadinessAnswersInput!) {\n    saveReadinessAnswers(input: $input) {\n      ...MyReadinessRoundFields\n    }\n  }\n"): (typeof documents)["\n  mutation SaveReadinessAnswers($input: SaveReadinessAnswersInput!) {\n    saveReadinessAnswers(input: $input) {\n      ...MyReadinessRoundFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitReadinessAnswers($input: SaveReadinessAnswersInput!) {\n    submitReadinessAnswers(input: $input) {\n      ...MyReadinessRoundFields\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitReadinessAnswers($input: SaveReadinessAnswersInput!) {\n    submitReadinessAnswers(input: $input) {\n      ...MyReadinessRoundFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReadinessCandidates {\n    readinessCandidates {\n      minGroupSize\n      people {\n        userId\n        name\n        group\n      }\n      teams {\n        teamId\n        name\n        members\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReadinessCandidates {\n    readinessCandidates {\n      minGroupSize\n      people {\n        userId\n        name\n        group\n      }\n      teams {\n        teamId\n        name\n        members\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenReadinessRound($input: OpenReadinessRoundInput!) {\n    openReadinessRound(input: $input) {\n      ...ReadinessRoundFields\n    }\n  }\n"): (typeof documents)["\n  mutation OpenReadinessRound($input: OpenReadinessRoundInput!) {\n    openReadinessRound(input: $input) {\n      ...ReadinessRoundFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReadinessRoundPage($id: ID!) {\n    readinessRound(id: $id) {\n      ...ReadinessRoundFields\n    }\n    readinessRounds {\n      id\n      title\n      opensOn\n      closesOn\n      status\n    }\n    readinessResults(roundId: $id) {\n      available\n      suppressed\n      submitted\n      minGroupSize\n      groupsSuppressed\n      groups {\n        group\n        submitted\n        drivers {\n          driver\n          figures {\n            mean\n          }\n        }\n      }\n      drivers {\n        driver\n        figures {\n          answers\n          dontKnowShare\n          mean\n          standardDeviation\n          min\n          max\n          suppressed\n        }\n      }\n      statements {\n        roundStatementId\n        driver\n        text\n        comments\n        figures {\n          answers\n          dontKnowShare\n          mean\n          standardDeviation\n          min\n          max\n          suppressed\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReadinessRoundPage($id: ID!) {\n    readinessRound(id: $id) {\n      ...ReadinessRoundFields\n    }\n    readinessRounds {\n      id\n      title\n      opensOn\n      closesOn\n      status\n    }\n    readinessResults(roundId: $id) {\n      available\n      suppressed\n      submitted\n      minGroupSize\n      groupsSuppressed\n      groups {\n        group\n        submitted\n        drivers {\n          driver\n          figures {\n            mean\n          }\n        }\n      }\n      drivers {\n        driver\n        figures {\n          answers\n          dontKnowShare\n          mean\n          standardDeviation\n          min\n          max\n          suppressed\n        }\n      }\n      statements {\n        roundStatementId\n        driver\n        text\n        comments\n        figures {\n          answers\n          dontKnowShare\n          mean\n          standardDeviation\n          min\n          max\n          suppressed\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReadinessComparison($input: CompareReadinessRoundsInput!) {\n    readinessComparison(input: $input) {\n      rounds {\n        id\n        title\n        closesOn\n        suppressed\n      }\n      drivers {\n        driver\n        text\n        means\n      }\n      statements {\n        statementId\n        driver\n        text\n        means\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReadinessComparison($input: CompareReadinessRoundsInput!) {\n    readinessComparison(input: $input) {\n      rounds {\n        id\n        title\n        closesOn\n        suppressed\n      }\n      drivers {\n        driver\n        text\n        means\n      }\n      statements {\n        statementId\n        driver\n        text\n        means\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseReadinessRound($id: ID!) {\n    closeReadinessRound(id: $id) {\n      ...ReadinessRoundFields\n    }\n  }\n"): (typeof documents)["\n  mutation CloseReadinessRound($id: ID!) {\n    closeReadinessRound(id: $id) {\n      ...ReadinessRoundFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveReadinessSwot($input: ReadinessSwotInput!) {\n    saveReadinessSwot(input: $input) {\n      ...ReadinessRoundFields\n    }\n  }\n"): (typeof documents)["\n  mutation SaveReadinessSwot($input: ReadinessSwotInput!) {\n    saveReadinessSwot(input: $input) {\n      ...ReadinessRoundFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReadinessStatements {\n    readinessStatements {\n      id\n      driver\n      text\n      isDefault\n      retiredAt\n    }\n  }\n"): (typeof documents)["\n  query ReadinessStatements {\n    readinessStatements {\n      id\n      driver\n      text\n      isDefault\n      retiredAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddReadinessStatement($input: AddReadinessStatementInput!) {\n    addReadinessStatement(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddReadinessStatement($input: AddReadinessStatementInput!) {\n    addReadinessStatement(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RewordReadinessStatement($input: RewordReadinessStatementInput!) {\n    rewordReadinessStatement(input: $input) {\n      id\n      text\n    }\n  }\n"): (typeof documents)["\n  mutation RewordReadinessStatement($input: RewordReadinessStatementInput!) {\n    rewordReadinessStatement(input: $input) {\n      id\n      text\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetireReadinessStatement($id: ID!) {\n    retireReadinessStatement(id: $id) {\n      id\n      retiredAt\n    }\n  }\n"): (typeof documents)["\n  mutation RetireReadinessStatement($id: ID!) {\n    retireReadinessStatement(id: $id) {\n      id\n      retiredAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OccurrenceFields on MeetingOccurrence {\n    id\n    seriesId\n    kind\n    teamId\n    title\n    originalDate\n    date\n    startsAt\n    endsAt\n    place\n    moved\n    status\n    statusReason\n    teamMeetingId\n  }\n"): (typeof documents)["\n  fragment OccurrenceFields on MeetingOccurrence {\n    id\n    seriesId\n    kind\n    teamId\n    title\n    originalDate\n    date\n    startsAt\n    endsAt\n    place\n    moved\n    status\n    statusReason\n    teamMeetingId\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SeriesFields on MeetingSeries {\n    id\n    kind\n    teamId\n    memberId\n    memberName\n    title\n    rule {\n      rrule\n      frequency\n      interval\n      weekdays\n      monthDay\n      nth\n      weekday\n      until\n      count\n    }\n    startDate\n    startTime\n    durationMinutes\n    place\n    supervisorName\n    supervisorEmail\n    remindMinutesBefore\n    endedOn\n    nextOccurrences(first: 3) {\n      ...OccurrenceFields\n    }\n  }\n"): (typeof documents)["\n  fragment SeriesFields on MeetingSeries {\n    id\n    kind\n    teamId\n    memberId\n    memberName\n    title\n    rule {\n      rrule\n      frequency\n      interval\n      weekdays\n      monthDay\n      nth\n      weekday\n      until\n      count\n    }\n    startDate\n    startTime\n    durationMinutes\n    place\n    supervisorName\n    supervisorEmail\n    remindMinutesBefore\n    endedOn\n    nextOccurrences(first: 3) {\n      ...OccurrenceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment HeldPlannedFields on HeldPlannedStat {\n    teamId\n    teamName\n    kind\n    month\n    planned\n    held\n    notHeld\n    cancelled\n    total\n  }\n"): (typeof documents)["\n  fragment HeldPlannedFields on HeldPlannedStat {\n    teamId\n    teamName\n    kind\n    month\n    planned\n    held\n    notHeld\n    cancelled\n    total\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamSchedulePage($teamId: ID!, $from: String!, $to: String!) {\n    team(id: $teamId) {\n      id\n      name\n    }\n    meetingSeries(teamId: $teamId, includeEnded: true) {\n      ...SeriesFields\n    }\n    teamOccurrences(teamId: $teamId, from: $from, to: $to, first: 100) {\n      edges {\n        node {\n          ...OccurrenceFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TeamSchedulePage($teamId: ID!, $from: String!, $to: String!) {\n    team(id: $teamId) {\n      id\n      name\n    }\n    meetingSeries(teamId: $teamId, includeEnded: true) {\n      ...SeriesFields\n    }\n    teamOccurrences(teamId: $teamId, from: $from, to: $to, first: 100) {\n      edges {\n        node {\n          ...OccurrenceFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamHeldPlanned($teamId: ID!, $from: String!, $to: String!) {\n    heldPlannedStats(teamId: $teamId, from: $from, to: $to) {\n      ...HeldPlannedFields\n    }\n  }\n"): (typeof documents)["\n  query TeamHeldPlanned($teamId: ID!, $from: String!, $to: String!) {\n    heldPlannedStats(teamId: $teamId, from: $from, to: $to) {\n      ...HeldPlannedFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SteeringMeetingsPage($from: String!, $to: String!, $statsFrom: String!, $statsTo: String!) {\n    steeringOccurrences(from: $from, to: $to, first: 50) {\n      edges {\n        node {\n          ...OccurrenceFields\n        }\n      }\n    }\n    heldPlannedStats(from: $statsFrom, to: $statsTo) {\n      ...HeldPlannedFields\n    }\n  }\n"): (typeof documents)["\n  query SteeringMeetingsPage($from: String!, $to: String!, $statsFrom: String!, $statsTo: String!) {\n    steeringOccurrences(from: $from, to: $to, first: 50) {\n      edges {\n        node {\n          ...OccurrenceFields\n        }\n      }\n    }\n    heldPlannedStats(from: $statsFrom, to: $statsTo) {\n      ...HeldPlannedFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SteeringSeries {\n    meetingSeries(includeEnded: true) {\n      ...SeriesFields\n    }\n  }\n"): (typeof documents)["\n  query SteeringSeries {\n    meetingSeries(includeEnded: true) {\n      ...SeriesFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SeriesTeamOptions($teamId: ID!) {\n    team(id: $teamId) {\n      id\n      name\n      members(first: 100) {\n        edges {\n          node {\n            id\n            user {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SeriesTeamOptions($teamId: ID!) {\n    team(id: $teamId) {\n      id\n      name\n      members(first: 100) {\n        edges {\n          node {\n            id\n            user {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingSeriesById($id: ID!) {\n    meetingSeriesById(id: $id) {\n      ...SeriesFields\n    }\n  }\n"): (typeof documents)["\n  query MeetingSeriesById($id: ID!) {\n    meetingSeriesById(id: $id) {\n      ...SeriesFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateMeetingSeries($input: CreateMeetingSeriesInput!) {\n    createMeetingSeries(input: $input) {\n      ...SeriesFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateMeetingSeries($input: CreateMeetingSeriesInput!) {\n    createMeetingSeries(input: $input) {\n      ...SeriesFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMeetingSeries($input: UpdateMeetingSeriesInput!) {\n    updateMeetingSeries(input: $input) {\n      ...SeriesFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMeetingSeries($input: UpdateMeetingSeriesInput!) {\n    updateMeetingSeries(input: $input) {\n      ...SeriesFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndMeetingSeries($input: EndMeetingSeriesInput!) {\n    endMeetingSeries(input: $input) {\n      ...SeriesFields\n    }\n  }\n"): (typeof documents)["\n  mutation EndMeetingSeries($input: EndMeetingSeriesInput!) {\n    endMeetingSeries(input: $input) {\n      ...SeriesFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OccurrencePage($id: ID!) {\n    meetingOccurrence(id: $id) {\n      ...OccurrenceFields\n      statusSetAt\n      attendees {\n        memberId\n        name\n      }\n      sparringCase {\n        presenterMemberId\n        presenterName\n        citizen {\n          id\n          name\n        }\n      }\n      guide {\n        key\n        title\n        intro\n        points {\n          key\n          text\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OccurrencePage($id: ID!) {\n    meetingOccurrence(id: $id) {\n      ...OccurrenceFields\n      statusSetAt\n      attendees {\n        memberId\n        name\n      }\n      sparringCase {\n        presenterMemberId\n        presenterName\n        citizen {\n          id\n          name\n        }\n      }\n      guide {\n        key\n        title\n        intro\n        points {\n          key\n          text\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SparringCitizens($teamId: ID!) {\n    team(id: $teamId) {\n      id\n      citizens(first: 100, status: ACTIVE) {\n        edges {\n          node {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SparringCitizens($teamId: ID!) {\n    team(id: $teamId) {\n      id\n      citizens(first: 100, status: ACTIVE) {\n        edges {\n          node {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveOccurrence($input: MoveOccurrenceInput!) {\n    moveOccurrence(input: $input) {\n      ...OccurrenceFields\n    }\n  }\n"): (typeof documents)["\n  mutation MoveOccurrence($input: MoveOccurrenceInput!) {\n    moveOccurrence(input: $input) {\n      ...OccurrenceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelOccurrence($input: OccurrenceReasonInput!) {\n    cancelOccurrence(input: $input) {\n      ...OccurrenceFields\n    }\n  }\n"): (typeof documents)["\n  mutation CancelOccurrence($input: OccurrenceReasonInput!) {\n    cancelOccurrence(input: $input) {\n      ...OccurrenceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkOccurrenceHeld($input: MarkOccurrenceHeldInput!) {\n    markOccurrenceHeld(input: $input) {\n      ...OccurrenceFields\n      statusSetAt\n      attendees {\n        memberId\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MarkOccurrenceHeld($input: MarkOccurrenceHeldInput!) {\n    markOccurrenceHeld(input: $input) {\n      ...OccurrenceFields\n      statusSetAt\n      attendees {\n        memberId\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkOccurrenceNotHeld($input: OccurrenceReasonInput!) {\n    markOccurrenceNotHeld(input: $input) {\n      ...OccurrenceFields\n    }\n  }\n"): (typeof documents)["\n  mutation MarkOccurrenceNotHeld($input: OccurrenceReasonInput!) {\n    markOccurrenceNotHeld(input: $input) {\n      ...OccurrenceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenOccurrence($id: ID!) {\n    reopenOccurrence(id: $id) {\n      ...OccurrenceFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReopenOccurrence($id: ID!) {\n    reopenOccurrence(id: $id) {\n      ...OccurrenceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetSparringCase($input: SetSparringCaseInput!) {\n    setSparringCase(input: $input) {\n      ...OccurrenceFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetSparringCase($input: SetSparringCaseInput!) {\n    setSparringCase(input: $input) {\n      ...OccurrenceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MySessions {\n    mySessions {\n      id\n      browser\n      os\n      startedAt\n      lastUsedAt\n      current\n      viaSso\n    }\n  }\n"): (typeof documents)["\n  query MySessions {\n    mySessions {\n      id\n      browser\n      os\n      startedAt\n      lastUsedAt\n      current\n      viaSso\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndSession($id: ID!) {\n    endSession(id: $id)\n  }\n"): (typeof documents)["\n  mutation EndSession($id: ID!) {\n    endSession(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndOtherSessions {\n    endOtherSessions\n  }\n"): (typeof documents)["\n  mutation EndOtherSessions {\n    endOtherSessions\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndUserSessions($userId: ID!) {\n    endUserSessions(userId: $userId)\n  }\n"): (typeof documents)["\n  mutation EndUserSessions($userId: ID!) {\n    endUserSessions(userId: $userId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StartPage {\n    startPage {\n      today\n      carePlanFollowUps {\n        citizenId\n        citizenName\n        versionId\n        dueOn\n        overdue\n      }\n      ledTeams {\n        ...TeamAttentionFields\n      }\n    }\n    myDay {\n      visits {\n        id\n        plannedStart\n        plannedEnd\n        outcome\n        citizen {\n          id\n          name\n        }\n      }\n    }\n    notifications(first: 5, unreadOnly: true) {\n      ...UnreadNotificationsFields\n    }\n    myFollowUpTasks(first: 30) {\n      edges {\n        node {\n          id\n          description\n          dueDate\n          overdue\n          citizenId\n          citizenName\n          meetingId\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StartPage {\n    startPage {\n      today\n      carePlanFollowUps {\n        citizenId\n        citizenName\n        versionId\n        dueOn\n        overdue\n      }\n      ledTeams {\n        ...TeamAttentionFields\n      }\n    }\n    myDay {\n      visits {\n        id\n        plannedStart\n        plannedEnd\n        outcome\n        citizen {\n          id\n          name\n        }\n      }\n    }\n    notifications(first: 5, unreadOnly: true) {\n      ...UnreadNotificationsFields\n    }\n    myFollowUpTasks(first: 30) {\n      edges {\n        node {\n          id\n          description\n          dueDate\n          overdue\n          citizenId\n          citizenName\n          meetingId\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TeamAttentionFields on TeamAttention {\n    teamId\n    teamName\n    waitingCount\n    waiting {\n      citizenId\n      citizenName\n      days\n    }\n    membersAtCapacity {\n      memberId\n      name\n      load\n      allowed\n      overCapacity\n    }\n    expiringExceptions {\n      memberId\n      memberName\n      extra\n      validUntil\n    }\n    notSeenThresholdDays\n    notSeenCount\n    notSeen {\n      citizenId\n      citizenName\n      days\n    }\n    nextTeamMeeting {\n      id\n      startsAt\n      endsAt\n      place\n    }\n    nextSupervision {\n      id\n      startsAt\n      endsAt\n      place\n    }\n  }\n"): (typeof documents)["\n  fragment TeamAttentionFields on TeamAttention {\n    teamId\n    teamName\n    waitingCount\n    waiting {\n      citizenId\n      citizenName\n      days\n    }\n    membersAtCapacity {\n      memberId\n      name\n      load\n      allowed\n      overCapacity\n    }\n    expiringExceptions {\n      memberId\n      memberName\n      extra\n      validUntil\n    }\n    notSeenThresholdDays\n    notSeenCount\n    notSeen {\n      citizenId\n      citizenName\n      days\n    }\n    nextTeamMeeting {\n      id\n      startsAt\n      endsAt\n      place\n    }\n    nextSupervision {\n      id\n      startsAt\n      endsAt\n      place\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UnreadNotificationsFields on NotificationConnection {\n    totalCount\n    edges {\n      node {\n        id\n        title\n        text\n        link\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment UnreadNotificationsFields on NotificationConnection {\n    totalCount\n    edges {\n      node {\n        id\n        title\n        text\n        link\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SteeringStart {\n    startPage {\n      nextSteeringMeeting {\n        id\n        startsAt\n        endsAt\n        place\n      }\n    }\n    notifications(first: 5, unreadOnly: true) {\n      ...UnreadNotificationsFields\n    }\n  }\n"): (typeof documents)["\n  query SteeringStart {\n    startPage {\n      nextSteeringMeeting {\n        id\n        startsAt\n        endsAt\n        place\n      }\n    }\n    notifications(first: 5, unreadOnly: true) {\n      ...UnreadNotificationsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TeamBoardEntryFields on TeamBoardEntry {\n    id\n    citizenId\n    citizenName\n    reason\n    placedOn\n    daysOnBoard\n    removedOn\n    removedReason\n    contacts {\n      id\n      memberId\n      memberName\n      agreement\n    }\n    latestNotes {\n      id\n      text\n      writtenByName\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  fragment TeamBoardEntryFields on TeamBoardEntry {\n    id\n    citizenId\n    citizenName\n    reason\n    placedOn\n    daysOnBoard\n    removedOn\n    removedReason\n    contacts {\n      id\n      memberId\n      memberName\n      agreement\n    }\n    latestNotes {\n      id\n      text\n      writtenByName\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamBoardPage($teamId: ID!) {\n    team(id: $teamId) {\n      id\n      name\n      members(first: 100) {\n        edges {\n          node {\n            id\n            user {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n    teamBoard(teamId: $teamId) {\n      ...TeamBoardEntryFields\n    }\n  }\n"): (typeof documents)["\n  query TeamBoardPage($teamId: ID!) {\n    team(id: $teamId) {\n      id\n      name\n      members(first: 100) {\n        edges {\n          node {\n            id\n            user {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n    teamBoard(teamId: $teamId) {\n      ...TeamBoardEntryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PutOnBoard($input: PutOnTeamBoardInput!) {\n    putCitizenOnTeamBoard(input: $input) {\n      ...TeamBoardEntryFields\n    }\n  }\n"): (typeof documents)["\n  mutation PutOnBoard($input: PutOnTeamBoardInput!) {\n    putCitizenOnTeamBoard(input: $input) {\n      ...TeamBoardEntryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddBoardContact($input: AddTeamBoardContactInput!) {\n    addTeamBoardContact(input: $input) {\n      ...TeamBoardEntryFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddBoardContact($input: AddTeamBoardContactInput!) {\n    addTeamBoardContact(input: $input) {\n      ...TeamBoardEntryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddBoardNote($input: AddTeamBoardNoteInput!) {\n    addTeamBoardNote(input: $input) {\n      ...TeamBoardEntryFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddBoardNote($input: AddTeamBoardNoteInput!) {\n    addTeamBoardNote(input: $input) {\n      ...TeamBoardEntryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TakeOffBoard($input: TakeOffTeamBoardInput!) {\n    takeCitizenOffTeamBoard(input: $input) {\n      ...TeamBoardEntryFields\n    }\n  }\n"): (typeof documents)["\n  mutation TakeOffBoard($input: TakeOffTeamBoardInput!) {\n    takeCitizenOffTeamBoard(input: $input) {\n      ...TeamBoardEntryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamPage($id: ID!) {\n    team(id: $id) {\n      id\n      name\n      activeCitizenCount\n      members(first: 100) {\n        totalCount\n        edges {\n          cursor\n          node {\n            id\n            discipline\n            fte\n            isTeamLeader\n            user {\n              id\n              name\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TeamPage($id: ID!) {\n    team(id: $id) {\n      id\n      name\n      activeCitizenCount\n      members(first: 100) {\n        totalCount\n        edges {\n          cursor\n          node {\n            id\n            discipline\n            fte\n            isTeamLeader\n            user {\n              id\n              name\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegionalTreatmentCourses($citizenId: ID!) {\n    regionalTreatmentCourses(citizenId: $citizenId) {\n      id\n      unit\n      referredOn\n      admittedOn\n      dischargedOn\n      returnedOn\n      withdrawnOn\n      stage\n      waitingDays\n      recordedByName\n      version\n    }\n  }\n"): (typeof documents)["\n  query RegionalTreatmentCourses($citizenId: ID!) {\n    regionalTreatmentCourses(citizenId: $citizenId) {\n      id\n      unit\n      referredOn\n      admittedOn\n      dischargedOn\n      returnedOn\n      withdrawnOn\n      stage\n      waitingDays\n      recordedByName\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordRegionalReferral($input: RecordRegionalReferralInput!) {\n    recordRegionalReferral(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RecordRegionalReferral($input: RecordRegionalReferralInput!) {\n    recordRegionalReferral(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateRegionalTreatmentCourse($input: UpdateRegionalTreatmentCourseInput!) {\n    updateRegionalTreatmentCourse(input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateRegionalTreatmentCourse($input: UpdateRegionalTreatmentCourseInput!) {\n    updateRegionalTreatmentCourse(input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VisitFields on Visit {\n    id\n    plannedStart\n    plannedEnd\n    placeKind\n    placeText\n    purpose\n    seriesId\n    outcome\n    actualMinutes\n    faceToFace\n    supportNetwork\n    substanceTreatment\n    outcomeNote\n    outcomeLoggedAt\n    participants {\n      memberId\n      userId\n      name\n    }\n    citizen {\n      id\n      name\n      phone\n      address {\n        street\n        postalCode\n        city\n        accessNote\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment VisitFields on Visit {\n    id\n    plannedStart\n    plannedEnd\n    placeKind\n    placeText\n    purpose\n    seriesId\n    outcome\n    actualMinutes\n    faceToFace\n    supportNetwork\n    substanceTreatment\n    outcomeNote\n    outcomeLoggedAt\n    participants {\n      memberId\n      userId\n      name\n    }\n    citizen {\n      id\n      name\n      phone\n      address {\n        street\n        postalCode\n        city\n        accessNote\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyDay($date: String) {\n    myDay(date: $date) {\n      from\n      to\n      visits {\n        ...VisitFields\n      }\n      doubleBookings {\n        memberId\n        memberName\n        visitIds\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyDay($date: String) {\n    myDay(date: $date) {\n      from\n      to\n      visits {\n        ...VisitFields\n      }\n      doubleBookings {\n        memberId\n        memberName\n        visitIds\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyWeek($weekOf: String) {\n    myWeek(weekOf: $weekOf) {\n      from\n      to\n      visits {\n        ...VisitFields\n      }\n      doubleBookings {\n        memberId\n        memberName\n        visitIds\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyWeek($weekOf: String) {\n    myWeek(weekOf: $weekOf) {\n      from\n      to\n      visits {\n        ...VisitFields\n      }\n      doubleBookings {\n        memberId\n        memberName\n        visitIds\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamVisits($teamId: ID!, $weekOf: String) {\n    team(id: $teamId) {\n      id\n      name\n      notSeenThresholdDays\n    }\n    notSeenCitizens(teamId: $teamId) {\n      thresholdDays\n      citizens {\n        daysSince\n        lastFaceToFaceAt\n        nextVisitAt\n        citizen {\n          id\n          name\n        }\n      }\n    }\n    teamWeek(teamId: $teamId, weekOf: $weekOf) {\n      from\n      to\n      visits {\n        ...VisitFields\n      }\n      doubleBookings {\n        memberId\n        memberName\n        visitIds\n      }\n    }\n  }\n"): (typeof documents)["\n  query TeamVisits($teamId: ID!, $weekOf: String) {\n    team(id: $teamId) {\n      id\n      name\n      notSeenThresholdDays\n    }\n    notSeenCitizens(teamId: $teamId) {\n      thresholdDays\n      citizens {\n        daysSince\n        lastFaceToFaceAt\n        nextVisitAt\n        citizen {\n          id\n          name\n        }\n      }\n    }\n    teamWeek(teamId: $teamId, weekOf: $weekOf) {\n      from\n      to\n      visits {\n        ...VisitFields\n      }\n      doubleBookings {\n        memberId\n        memberName\n        visitIds\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Visit($id: ID!) {\n    visit(id: $id) {\n      ...VisitFields\n    }\n  }\n"): (typeof documents)["\n  query Visit($id: ID!) {\n    visit(id: $id) {\n      ...VisitFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanVisitOptions($citizenId: ID!) {\n    citizen(id: $citizenId) {\n      id\n      name\n      status\n      team {\n        id\n        name\n        members(first: 100) {\n          edges {\n            node {\n              id\n              discipline\n              user {\n                id\n                name\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PlanVisitOptions($citizenId: ID!) {\n    citizen(id: $citizenId) {\n      id\n      name\n      status\n      team {\n        id\n        name\n        members(first: 100) {\n          edges {\n            node {\n              id\n              discipline\n              user {\n                id\n                name\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlanVisit($input: PlanVisitInput!) {\n    planVisit(input: $input) {\n      created\n      visit {\n        ...VisitFields\n      }\n      series {\n        id\n        rrule\n        materialisedUntil\n      }\n      doubleBookings {\n        memberId\n        memberName\n        visitIds\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PlanVisit($input: PlanVisitInput!) {\n    planVisit(input: $input) {\n      created\n      visit {\n        ...VisitFields\n      }\n      series {\n        id\n        rrule\n        materialisedUntil\n      }\n      doubleBookings {\n        memberId\n        memberName\n        visitIds\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveVisit($input: MoveVisitInput!) {\n    moveVisit(input: $input) {\n      visit {\n        ...VisitFields\n      }\n      doubleBookings {\n        memberId\n        memberName\n        visitIds\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MoveVisit($input: MoveVisitInput!) {\n    moveVisit(input: $input) {\n      visit {\n        ...VisitFields\n      }\n      doubleBookings {\n        memberId\n        memberName\n        visitIds\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogVisitOutcome($input: LogVisitOutcomeInput!) {\n    logVisitOutcome(input: $input) {\n      ...VisitFields\n    }\n  }\n"): (typeof documents)["\n  mutation LogVisitOutcome($input: LogVisitOutcomeInput!) {\n    logVisitOutcome(input: $input) {\n      ...VisitFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StopVisitSeries($input: StopVisitSeriesInput!) {\n    stopVisitSeries(input: $input) {\n      seriesId\n      removed\n    }\n  }\n"): (typeof documents)["\n  mutation StopVisitSeries($input: StopVisitSeriesInput!) {\n    stopVisitSeries(input: $input) {\n      seriesId\n      removed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetNotSeenThreshold($input: SetNotSeenThresholdInput!) {\n    setNotSeenThreshold(input: $input) {\n      id\n      notSeenThresholdDays\n    }\n  }\n"): (typeof documents)["\n  mutation SetNotSeenThreshold($input: SetNotSeenThresholdInput!) {\n    setNotSeenThreshold(input: $input) {\n      id\n      notSeenThresholdDays\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CitizenVisitOverview($id: ID!) {\n    citizen(id: $id) {\n      id\n      visitOverview {\n        lastVisits {\n          id\n          plannedStart\n          plannedEnd\n          placeKind\n          placeText\n          outcome\n          actualMinutes\n          faceToFace\n        }\n        nextVisits {\n          id\n          plannedStart\n          plannedEnd\n          placeKind\n          placeText\n          participants {\n            memberId\n            name\n          }\n        }\n        measures {\n          distinctStaffLastTwoWeeks\n          daysSinceLastFaceToFace\n          outsideOfficeShare\n          weeks {\n            week\n            weekStart\n            contacts\n            faceToFaceContacts\n            faceToFaceMinutes\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CitizenVisitOverview($id: ID!) {\n    citizen(id: $id) {\n      id\n      visitOverview {\n        lastVisits {\n          id\n          plannedStart\n          plannedEnd\n          placeKind\n          placeText\n          outcome\n          actualMinutes\n          faceToFace\n        }\n        nextVisits {\n          id\n          plannedStart\n          plannedEnd\n          placeKind\n          placeText\n          participants {\n            memberId\n            name\n          }\n        }\n        measures {\n          distinctStaffLastTwoWeeks\n          daysSinceLastFaceToFace\n          outsideOfficeShare\n          weeks {\n            week\n            weekStart\n            contacts\n            faceToFaceContacts\n            faceToFaceMinutes\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyCalendarFeed {\n    myCalendarFeed {\n      active\n      createdAt\n      lastUsedAt\n    }\n  }\n"): (typeof documents)["\n  query MyCalendarFeed {\n    myCalendarFeed {\n      active\n      createdAt\n      lastUsedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCalendarFeed {\n    createCalendarFeed {\n      path\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCalendarFeed {\n    createCalendarFeed {\n      path\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeCalendarFeed {\n    revokeCalendarFeed {\n      active\n      createdAt\n      lastUsedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeCalendarFeed {\n    revokeCalendarFeed {\n      active\n      createdAt\n      lastUsedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanVisitCitizens($teamId: ID!) {\n    team(id: $teamId) {\n      id\n      citizens(first: 100) {\n        edges {\n          node {\n            id\n            name\n            status\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PlanVisitCitizens($teamId: ID!) {\n    team(id: $teamId) {\n      id\n      citizens(first: 100) {\n        edges {\n          node {\n            id\n            name\n            status\n          }\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;