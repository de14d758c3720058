/* eslint-disable */
import * as types from './graphql.js';
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
    "\n  query AuditEntries($filter: AuditEntriesFilter) {\n    auditEntries(filter: $filter) {\n      entries {\n        id\n        seq\n        occurredAt\n        action\n        actorName\n        actorFromAnotherOrganisation\n        actorOrganisationName\n        subjectType\n        subjectId\n        detail\n        people {\n          id\n          name\n        }\n        operations {\n          id\n          reference\n          type\n          generalArea\n        }\n        organisations {\n          id\n          name\n        }\n      }\n      nextBeforeSeq\n    }\n  }\n": typeof types.AuditEntriesDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation VerifySecondFactor($input: SecondFactorCodeInput!) {\n    verifySecondFactor(input: $input) {\n      ...ViewerFields\n    }\n  }\n": typeof types.VerifySecondFactorDocument,
    "\n  mutation BeginTwoFactorEnrolment {\n    beginTwoFactorEnrolment {\n      secret\n      otpauthUri\n      qrCodeSvg\n    }\n  }\n": typeof types.BeginTwoFactorEnrolmentDocument,
    "\n  mutation ConfirmTwoFactorEnrolment($input: SecondFactorCodeInput!) {\n    confirmTwoFactorEnrolment(input: $input) {\n      recoveryCodes\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n": typeof types.ConfirmTwoFactorEnrolmentDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...ViewerFields\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n": typeof types.SignOutEverywhereDocument,
    "\n  fragment ViewerFields on Viewer {\n    user {\n      id\n      email\n      displayName\n      role\n      organisationId\n    }\n    organisationName\n    permissions\n    secondFactorStep\n    twoFactorEnabled\n  }\n": typeof types.ViewerFieldsFragmentDoc,
    "\n  query Viewer {\n    viewer {\n      ...ViewerFields\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  query PartnerHome($first: Int!) {\n    awaitingAnswer: invitations(statuses: [PENDING], first: $first) {\n      items {\n        id\n        respondBy\n        forceName\n        operation {\n          id\n          type\n          plannedDay\n          generalArea\n        }\n      }\n      totalCount\n    }\n    accepted: invitations(statuses: [ACCEPTED], first: $first) {\n      items {\n        id\n        forceName\n        operation {\n          id\n          type\n          state\n          plannedDay\n          generalArea\n        }\n        attendees {\n          userId\n          name\n        }\n      }\n    }\n  }\n": typeof types.PartnerHomeDocument,
    "\n  fragment InvitationFields on Invitation {\n    id\n    status\n    respondBy\n    reason\n    respondedAt\n    createdAt\n    version\n    forceName\n    partnerName\n    partnerOrganisationId\n    availableActions\n    operation {\n      id\n      type\n      state\n      plannedDay\n      expectedDurationMinutes\n      generalArea\n      expectedPeople\n      expectedLanguages\n      dependentsExpected\n      proportionalityStatement\n      mediaDecision\n      mediaReason\n      safeguardingLeadRole\n      disclosure {\n        plannedStart\n        addresses\n        briefingPoint\n      }\n    }\n    attendees {\n      userId\n      name\n      organisationName\n      mshtTrainingCurrent\n      attended\n    }\n  }\n": typeof types.InvitationFieldsFragmentDoc,
    "\n  query InvitationInbox($statuses: [InvitationStatus!], $first: Int, $after: String) {\n    invitations(statuses: $statuses, first: $first, after: $after) {\n      items {\n        id\n        status\n        respondBy\n        forceName\n        createdAt\n        operation {\n          id\n          type\n          state\n          plannedDay\n          generalArea\n        }\n      }\n      nextCursor\n      totalCount\n    }\n  }\n": typeof types.InvitationInboxDocument,
    "\n  query InvitationDetail($id: ID!) {\n    invitation(id: $id) {\n      ...InvitationFields\n    }\n  }\n": typeof types.InvitationDetailDocument,
    "\n  query InvitationColleagues($id: ID!) {\n    invitationColleagues(id: $id) {\n      id\n      name\n      mshtTrainingCurrent\n    }\n  }\n": typeof types.InvitationColleaguesDocument,
    "\n  mutation AcceptInvitation($id: ID!, $version: Int!, $attendeeUserIds: [ID!]!) {\n    acceptInvitation(id: $id, version: $version, attendeeUserIds: $attendeeUserIds) {\n      ...InvitationFields\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  mutation DeclineInvitation($id: ID!, $version: Int!, $reason: String!) {\n    declineInvitation(id: $id, version: $version, reason: $reason) {\n      ...InvitationFields\n    }\n  }\n": typeof types.DeclineInvitationDocument,
    "\n  mutation WithdrawAcceptance($id: ID!, $reason: String!) {\n    withdrawAcceptance(id: $id, reason: $reason) {\n      ...InvitationFields\n    }\n  }\n": typeof types.WithdrawAcceptanceDocument,
    "\n  fragment NotificationFields on Notification {\n    id\n    event\n    text\n    subjectType\n    subjectId\n    link\n    createdAt\n    read\n    about {\n      operationId\n      operationReference\n      operationType\n      generalArea\n      forceName\n      partnerName\n    }\n  }\n": typeof types.NotificationFieldsFragmentDoc,
    "\n  query Notifications($first: Int, $after: String) {\n    notifications(first: $first, after: $after) {\n      items {\n        ...NotificationFields\n      }\n      nextCursor\n      unreadCount\n    }\n  }\n": typeof types.NotificationsDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": typeof types.UnreadNotificationCountDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n": typeof types.MarkAllNotificationsReadDocument,
    "\n  query NotificationPreferences {\n    notificationPreferences {\n      event\n      description\n      email\n    }\n  }\n": typeof types.NotificationPreferencesDocument,
    "\n  mutation SetNotificationPreference($event: NotificationEvent!, $email: Boolean!) {\n    setNotificationPreference(event: $event, email: $email) {\n      event\n      description\n      email\n    }\n  }\n": typeof types.SetNotificationPreferenceDocument,
    "\n  subscription NotificationReceived {\n    notificationReceived {\n      ...NotificationFields\n    }\n  }\n": typeof types.NotificationReceivedDocument,
    "\n  query ForceHome($week: OperationsFilter!, $answerable: OperationsFilter!, $first: Int!) {\n    thisWeek: operations(filter: $week, first: $first) {\n      items {\n        ...OperationSummaryFields\n      }\n      totalCount\n    }\n    answerable: operations(filter: $answerable, first: $first) {\n      items {\n        id\n        reference\n        plannedStart\n        invitations {\n          id\n          status\n          partnerName\n          respondBy\n        }\n      }\n    }\n  }\n": typeof types.ForceHomeDocument,
    "\n  query InvitationsOfOperation($id: ID!) {\n    operation(id: $id) {\n      id\n      invitations {\n        id\n        status\n        respondBy\n        reason\n        respondedAt\n        createdAt\n        version\n        partnerName\n        partnerOrganisationId\n        availableActions\n        attendees {\n          userId\n          name\n          organisationName\n          mshtTrainingCurrent\n          attended\n        }\n      }\n    }\n  }\n": typeof types.InvitationsOfOperationDocument,
    "\n  mutation NotifyPartners($id: ID!, $version: Int!, $invitations: [InvitePartnerInput!]!) {\n    notifyPartners(id: $id, version: $version, invitations: $invitations) {\n      ...OperationFields\n    }\n  }\n": typeof types.NotifyPartnersDocument,
    "\n  mutation InvitePartner($id: ID!, $invitation: InvitePartnerInput!) {\n    invitePartner(id: $id, invitation: $invitation) {\n      id\n      status\n    }\n  }\n": typeof types.InvitePartnerDocument,
    "\n  mutation WithdrawInvitation($id: ID!, $reason: String!) {\n    withdrawInvitation(id: $id, reason: $reason) {\n      id\n      status\n      reason\n      availableActions\n    }\n  }\n": typeof types.WithdrawInvitationDocument,
    "\n  mutation RecordAttendance($id: ID!, $attendance: [AttendanceInput!]!) {\n    recordAttendance(id: $id, attendance: $attendance) {\n      id\n      version\n    }\n  }\n": typeof types.RecordAttendanceDocument,
    "\n  fragment OperationSummaryFields on Operation {\n    id\n    reference\n    type\n    state\n    plannedStart\n    expectedDurationMinutes\n    generalArea\n  }\n": typeof types.OperationSummaryFieldsFragmentDoc,
    "\n  fragment OperationFields on Operation {\n    id\n    reference\n    type\n    state\n    plannedStart\n    expectedDurationMinutes\n    generalArea\n    addresses\n    briefingPoint\n    expectedPeople\n    expectedLanguages\n    dependentsExpected\n    dependentsArrangements\n    mediaDecision\n    mediaReason\n    safeguardingLeadName\n    safeguardingLeadRole\n    officersAttending\n    femaleOfficersAttending\n    noFemaleOfficersReason\n    interpreterArranged\n    proportionalityStatement\n    intelligenceReference\n    partnershipPlanId\n    disclosureAt\n    releasedEarlyAt\n    releaseReason\n    officersAttended\n    namedOfficers {\n      userId\n      name\n      mshtTrainingCurrent\n      attended\n    }\n    version\n    createdAt\n    updatedAt\n    availableActions\n    checklistComplete\n    checklist {\n      key\n      title\n      hint\n      answer\n      reason\n      answeredByName\n      answeredAt\n    }\n    transitions {\n      action\n      fromState\n      toState\n      reason\n      byName\n      at\n    }\n  }\n": typeof types.OperationFieldsFragmentDoc,
    "\n  query Operations($filter: OperationsFilter, $first: Int, $after: String) {\n    operations(filter: $filter, first: $first, after: $after) {\n      items {\n        ...OperationSummaryFields\n      }\n      nextCursor\n      totalCount\n    }\n  }\n": typeof types.OperationsDocument,
    "\n  query Operation($id: ID!) {\n    operation(id: $id) {\n      ...OperationFields\n    }\n  }\n": typeof types.OperationDocument,
    "\n  query ChecklistItemDefinitions {\n    checklistItemDefinitions {\n      key\n      title\n      hint\n      builtIn\n    }\n  }\n": typeof types.ChecklistItemDefinitionsDocument,
    "\n  query ActivePartners {\n    partnerships(status: [ACTIVE]) {\n      id\n      project {\n        id\n        name\n        kind\n        areasServed\n      }\n    }\n  }\n": typeof types.ActivePartnersDocument,
    "\n  query MyOrganisationKind {\n    myOrganisation {\n      id\n      kind\n    }\n  }\n": typeof types.MyOrganisationKindDocument,
    "\n  mutation CreateOperation($input: OperationDetailsInput!) {\n    createOperation(input: $input) {\n      ...OperationFields\n    }\n  }\n": typeof types.CreateOperationDocument,
    "\n  mutation UpdateOperation($id: ID!, $version: Int!, $input: OperationDetailsInput!) {\n    updateOperation(id: $id, version: $version, input: $input) {\n      ...OperationFields\n    }\n  }\n": typeof types.UpdateOperationDocument,
    "\n  mutation AnswerChecklist($id: ID!, $version: Int!, $answers: [ChecklistAnswerInput!]!) {\n    answerChecklist(id: $id, version: $version, answers: $answers) {\n      ...OperationFields\n    }\n  }\n": typeof types.AnswerChecklistDocument,
    "\n  mutation TransitionOperation($id: ID!, $version: Int!, $action: OperationAction!, $reason: String) {\n    transitionOperation(id: $id, version: $version, action: $action, reason: $reason) {\n      ...OperationFields\n    }\n  }\n": typeof types.TransitionOperationDocument,
    "\n  mutation ReleaseDetailsEarly($id: ID!, $version: Int!, $reason: String!) {\n    releaseDetailsEarly(id: $id, version: $version, reason: $reason) {\n      ...OperationFields\n    }\n  }\n": typeof types.ReleaseDetailsEarlyDocument,
    "\n  mutation RecordForceAttendance($id: ID!, $version: Int!, $officersAttended: Int!, $attendedOfficerIds: [ID!]) {\n    recordForceAttendance(id: $id, version: $version, officersAttended: $officersAttended, attendedOfficerIds: $attendedOfficerIds) {\n      ...OperationFields\n    }\n  }\n": typeof types.RecordForceAttendanceDocument,
    "\n  query OfficerChoices {\n    officerChoices {\n      userId\n      name\n      mshtTrainingCurrent\n    }\n  }\n": typeof types.OfficerChoicesDocument,
    "\n  mutation NameOfficers($id: ID!, $version: Int!, $userIds: [ID!]!) {\n    nameOfficers(id: $id, version: $version, userIds: $userIds) {\n      ...OperationFields\n    }\n  }\n": typeof types.NameOfficersDocument,
    "\n  mutation AddChecklistItemDefinition($title: String!, $hint: String!) {\n    addChecklistItemDefinition(title: $title, hint: $hint) {\n      key\n      title\n      hint\n      builtIn\n    }\n  }\n": typeof types.AddChecklistItemDefinitionDocument,
    "\n  mutation RetireChecklistItemDefinition($key: String!) {\n    retireChecklistItemDefinition(key: $key) {\n      key\n      title\n      hint\n      builtIn\n    }\n  }\n": typeof types.RetireChecklistItemDefinitionDocument,
    "\n  query PlatformOrganisations {\n    organisationsForPlatform {\n      id\n      kind\n      name\n      status\n    }\n  }\n": typeof types.PlatformOrganisationsDocument,
    "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateOrganisationDocument,
    "\n  mutation InviteOrganisationAdministrator($input: InviteOrganisationAdministratorInput!) {\n    inviteOrganisationAdministrator(input: $input) {\n      email\n    }\n  }\n": typeof types.InviteOrganisationAdministratorDocument,
    "\n  mutation SuspendOrganisation($id: ID!) {\n    suspendOrganisation(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.SuspendOrganisationDocument,
    "\n  mutation ReactivateOrganisation($id: ID!) {\n    reactivateOrganisation(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.ReactivateOrganisationDocument,
    "\n  query MyOrganisation {\n    myOrganisation {\n      id\n      kind\n      name\n      status\n      areasServed\n      contactEmail\n      contactPhone\n      languagesOffered\n      version\n    }\n  }\n": typeof types.MyOrganisationDocument,
    "\n  mutation UpdateMyOrganisation($input: UpdateMyOrganisationInput!) {\n    updateMyOrganisation(input: $input) {\n      id\n      kind\n      name\n      status\n      areasServed\n      contactEmail\n      contactPhone\n      languagesOffered\n      version\n    }\n  }\n": typeof types.UpdateMyOrganisationDocument,
    "\n  fragment PartnershipFields on Partnership {\n    id\n    status\n    mySide\n    availableActions\n    legalBasis\n    agreementReference\n    signedOn\n    reviewOn\n    statusReason\n    statusChangedBy\n    statusChangedAt\n    proposedAt\n    version\n    force {\n      id\n      kind\n      name\n      status\n      areasServed\n      contactEmail\n      contactPhone\n    }\n    project {\n      id\n      kind\n      name\n      status\n      areasServed\n      contactEmail\n      contactPhone\n    }\n  }\n": typeof types.PartnershipFieldsFragmentDoc,
    "\n  query Partnerships {\n    partnerships {\n      ...PartnershipFields\n    }\n    myOrganisation {\n      id\n      kind\n    }\n  }\n": typeof types.PartnershipsDocument,
    "\n  query Partnership($id: ID!) {\n    partnership(id: $id) {\n      ...PartnershipFields\n    }\n  }\n": typeof types.PartnershipDocument,
    "\n  query PartnerDirectory {\n    organisations {\n      id\n      kind\n      name\n      areasServed\n    }\n    myOrganisation {\n      id\n      kind\n    }\n  }\n": typeof types.PartnerDirectoryDocument,
    "\n  mutation ProposePartnership($input: ProposePartnershipInput!) {\n    proposePartnership(input: $input) {\n      ...PartnershipFields\n    }\n  }\n": typeof types.ProposePartnershipDocument,
    "\n  mutation RespondToPartnership($id: ID!, $accept: Boolean!, $reason: String) {\n    respondToPartnership(id: $id, accept: $accept, reason: $reason) {\n      ...PartnershipFields\n    }\n  }\n": typeof types.RespondToPartnershipDocument,
    "\n  mutation SuspendPartnership($id: ID!, $reason: String!) {\n    suspendPartnership(id: $id, reason: $reason) {\n      ...PartnershipFields\n    }\n  }\n": typeof types.SuspendPartnershipDocument,
    "\n  mutation ResumePartnership($id: ID!) {\n    resumePartnership(id: $id) {\n      ...PartnershipFields\n    }\n  }\n": typeof types.ResumePartnershipDocument,
    "\n  mutation EndPartnership($id: ID!, $reason: String!) {\n    endPartnership(id: $id, reason: $reason) {\n      ...PartnershipFields\n    }\n  }\n": typeof types.EndPartnershipDocument,
    "\n  mutation UpdatePartnershipAgreement($input: UpdatePartnershipAgreementInput!) {\n    updatePartnershipAgreement(input: $input) {\n      ...PartnershipFields\n    }\n  }\n": typeof types.UpdatePartnershipAgreementDocument,
    "\n  query UserInvitationPreview($token: String!) {\n    userInvitation(token: $token) {\n      email\n      organisationName\n      role\n      expiresAt\n    }\n  }\n": typeof types.UserInvitationPreviewDocument,
    "\n  mutation AcceptUserInvitation($input: AcceptUserInvitationInput!) {\n    acceptUserInvitation(input: $input) {\n      ...ViewerFields\n    }\n  }\n": typeof types.AcceptUserInvitationDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n": typeof types.ResetPasswordDocument,
    "\n  query People {\n    people {\n      id\n      displayName\n      email\n      role\n      status\n      lastSignInAt\n    }\n    userInvitations {\n      id\n      email\n      role\n      invitedAt\n      expiresAt\n      expired\n      invitedByName\n    }\n    grantableRoles\n  }\n": typeof types.PeopleDocument,
    "\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      id\n      email\n    }\n  }\n": typeof types.InviteUserDocument,
    "\n  mutation RevokeUserInvitation($id: ID!) {\n    revokeUserInvitation(id: $id)\n  }\n": typeof types.RevokeUserInvitationDocument,
    "\n  mutation ChangeRole($userId: ID!, $role: Role!) {\n    changeRole(userId: $userId, role: $role) {\n      id\n      role\n    }\n  }\n": typeof types.ChangeRoleDocument,
    "\n  mutation DisableUser($userId: ID!) {\n    disableUser(userId: $userId) {\n      id\n      status\n    }\n  }\n": typeof types.DisableUserDocument,
    "\n  mutation EnableUser($userId: ID!) {\n    enableUser(userId: $userId) {\n      id\n      status\n    }\n  }\n": typeof types.EnableUserDocument,
    "\n  query ServiceInfo {\n    serviceInfo {\n      name\n      demoMode\n      version\n    }\n  }\n": typeof types.ServiceInfoDocument,
    "\n  fragment TrainingRecordFields on TrainingRecord {\n    id\n    userId\n    provider\n    completedOn\n    expiresOn\n    note\n    status\n    version\n    course {\n      id\n      name\n      validityMonths\n      countsAsMsht\n    }\n  }\n": typeof types.TrainingRecordFieldsFragmentDoc,
    "\n  query MyTraining {\n    myTraining {\n      ...TrainingRecordFields\n    }\n  }\n": typeof types.MyTrainingDocument,
    "\n  query TrainingCourses {\n    trainingCourses {\n      id\n      name\n      validityMonths\n      countsAsMsht\n      ownCourse\n    }\n  }\n": typeof types.TrainingCoursesDocument,
    "\n  query TrainingRecord($id: ID!) {\n    trainingRecord(id: $id) {\n      ...TrainingRecordFields\n    }\n  }\n": typeof types.TrainingRecordDocument,
    "\n  query PeopleTraining {\n    peopleTraining {\n      user {\n        id\n        displayName\n        role\n      }\n      mshtCurrent\n      courses {\n        course {\n          id\n          name\n          countsAsMsht\n        }\n        status\n        expiresOn\n      }\n      records {\n        ...TrainingRecordFields\n      }\n    }\n  }\n": typeof types.PeopleTrainingDocument,
    "\n  mutation AddTrainingRecord($input: AddTrainingRecordInput!) {\n    addTrainingRecord(input: $input) {\n      ...TrainingRecordFields\n    }\n  }\n": typeof types.AddTrainingRecordDocument,
    "\n  mutation UpdateTrainingRecord($input: UpdateTrainingRecordInput!) {\n    updateTrainingRecord(input: $input) {\n      ...TrainingRecordFields\n    }\n  }\n": typeof types.UpdateTrainingRecordDocument,
    "\n  mutation RemoveTrainingRecord($id: ID!) {\n    removeTrainingRecord(id: $id)\n  }\n": typeof types.RemoveTrainingRecordDocument,
};
const documents: Documents = {
    "\n  query AuditEntries($filter: AuditEntriesFilter) {\n    auditEntries(filter: $filter) {\n      entries {\n        id\n        seq\n        occurredAt\n        action\n        actorName\n        actorFromAnotherOrganisation\n        actorOrganisationName\n        subjectType\n        subjectId\n        detail\n        people {\n          id\n          name\n        }\n        operations {\n          id\n          reference\n          type\n          generalArea\n        }\n        organisations {\n          id\n          name\n        }\n      }\n      nextBeforeSeq\n    }\n  }\n": types.AuditEntriesDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": types.ChangePasswordDocument,
    "\n  mutation VerifySecondFactor($input: SecondFactorCodeInput!) {\n    verifySecondFactor(input: $input) {\n      ...ViewerFields\n    }\n  }\n": types.VerifySecondFactorDocument,
    "\n  mutation BeginTwoFactorEnrolment {\n    beginTwoFactorEnrolment {\n      secret\n      otpauthUri\n      qrCodeSvg\n    }\n  }\n": types.BeginTwoFactorEnrolmentDocument,
    "\n  mutation ConfirmTwoFactorEnrolment($input: SecondFactorCodeInput!) {\n    confirmTwoFactorEnrolment(input: $input) {\n      recoveryCodes\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n": types.ConfirmTwoFactorEnrolmentDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...ViewerFields\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n": types.SignOutEverywhereDocument,
    "\n  fragment ViewerFields on Viewer {\n    user {\n      id\n      email\n      displayName\n      role\n      organisationId\n    }\n    organisationName\n    permissions\n    secondFactorStep\n    twoFactorEnabled\n  }\n": types.ViewerFieldsFragmentDoc,
    "\n  query Viewer {\n    viewer {\n      ...ViewerFields\n    }\n  }\n": types.ViewerDocument,
    "\n  query PartnerHome($first: Int!) {\n    awaitingAnswer: invitations(statuses: [PENDING], first: $first) {\n      items {\n        id\n        respondBy\n        forceName\n        operation {\n          id\n          type\n          plannedDay\n          generalArea\n        }\n      }\n      totalCount\n    }\n    accepted: invitations(statuses: [ACCEPTED], first: $first) {\n      items {\n        id\n        forceName\n        operation {\n          id\n          type\n          state\n          plannedDay\n          generalArea\n        }\n        attendees {\n          userId\n          name\n        }\n      }\n    }\n  }\n": types.PartnerHomeDocument,
    "\n  fragment InvitationFields on Invitation {\n    id\n    status\n    respondBy\n    reason\n    respondedAt\n    createdAt\n    version\n    forceName\n    partnerName\n    partnerOrganisationId\n    availableActions\n    operation {\n      id\n      type\n      state\n      plannedDay\n      expectedDurationMinutes\n      generalArea\n      expectedPeople\n      expectedLanguages\n      dependentsExpected\n      proportionalityStatement\n      mediaDecision\n      mediaReason\n      safeguardingLeadRole\n      disclosure {\n        plannedStart\n        addresses\n        briefingPoint\n      }\n    }\n    attendees {\n      userId\n      name\n      organisationName\n      mshtTrainingCurrent\n      attended\n    }\n  }\n": types.InvitationFieldsFragmentDoc,
    "\n  query InvitationInbox($statuses: [InvitationStatus!], $first: Int, $after: String) {\n    invitations(statuses: $statuses, first: $first, after: $after) {\n      items {\n        id\n        status\n        respondBy\n        forceName\n        createdAt\n        operation {\n          id\n          type\n          state\n          plannedDay\n          generalArea\n        }\n      }\n      nextCursor\n      totalCount\n    }\n  }\n": types.InvitationInboxDocument,
    "\n  query InvitationDetail($id: ID!) {\n    invitation(id: $id) {\n      ...InvitationFields\n    }\n  }\n": types.InvitationDetailDocument,
    "\n  query InvitationColleagues($id: ID!) {\n    invitationColleagues(id: $id) {\n      id\n      name\n      mshtTrainingCurrent\n    }\n  }\n": types.InvitationColleaguesDocument,
    "\n  mutation AcceptInvitation($id: ID!, $version: Int!, $attendeeUserIds: [ID!]!) {\n    acceptInvitation(id: $id, version: $version, attendeeUserIds: $attendeeUserIds) {\n      ...InvitationFields\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  mutation DeclineInvitation($id: ID!, $version: Int!, $reason: String!) {\n    declineInvitation(id: $id, version: $version, reason: $reason) {\n      ...InvitationFields\n    }\n  }\n": types.DeclineInvitationDocument,
    "\n  mutation WithdrawAcceptance($id: ID!, $reason: String!) {\n    withdrawAcceptance(id: $id, reason: $reason) {\n      ...InvitationFields\n    }\n  }\n": types.WithdrawAcceptanceDocument,
    "\n  fragment NotificationFields on Notification {\n    id\n    event\n    text\n    subjectType\n    subjectId\n    link\n    createdAt\n    read\n    about {\n      operationId\n      operationReference\n      operationType\n      generalArea\n      forceName\n      partnerName\n    }\n  }\n": types.NotificationFieldsFragmentDoc,
    "\n  query Notifications($first: Int, $after: String) {\n    notifications(first: $first, after: $after) {\n      items {\n        ...NotificationFields\n      }\n      nextCursor\n      unreadCount\n    }\n  }\n": types.NotificationsDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": types.UnreadNotificationCountDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n": types.MarkNotificationsReadDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n": types.MarkAllNotificationsReadDocument,
    "\n  query NotificationPreferences {\n    notificationPreferences {\n      event\n      description\n      email\n    }\n  }\n": types.NotificationPreferencesDocument,
    "\n  mutation SetNotificationPreference($event: NotificationEvent!, $email: Boolean!) {\n    setNotificationPreference(event: $event, email: $email) {\n      event\n      description\n      email\n    }\n  }\n": types.SetNotificationPreferenceDocument,
    "\n  subscription NotificationReceived {\n    notificationReceived {\n      ...NotificationFields\n    }\n  }\n": types.NotificationReceivedDocument,
    "\n  query ForceHome($week: OperationsFilter!, $answerable: OperationsFilter!, $first: Int!) {\n    thisWeek: operations(filter: $week, first: $first) {\n      items {\n        ...OperationSummaryFields\n      }\n      totalCount\n    }\n    answerable: operations(filter: $answerable, first: $first) {\n      items {\n        id\n        reference\n        plannedStart\n        invitations {\n          id\n          status\n          partnerName\n          respondBy\n        }\n      }\n    }\n  }\n": types.ForceHomeDocument,
    "\n  query InvitationsOfOperation($id: ID!) {\n    operation(id: $id) {\n      id\n      invitations {\n        id\n        status\n        respondBy\n        reason\n        respondedAt\n        createdAt\n        version\n        partnerName\n        partnerOrganisationId\n        availableActions\n        attendees {\n          userId\n          name\n          organisationName\n          mshtTrainingCurrent\n          attended\n        }\n      }\n    }\n  }\n": types.InvitationsOfOperationDocument,
    "\n  mutation NotifyPartners($id: ID!, $version: Int!, $invitations: [InvitePartnerInput!]!) {\n    notifyPartners(id: $id, version: $version, invitations: $invitations) {\n      ...OperationFields\n    }\n  }\n": types.NotifyPartnersDocument,
    "\n  mutation InvitePartner($id: ID!, $invitation: InvitePartnerInput!) {\n    invitePartner(id: $id, invitation: $invitation) {\n      id\n      status\n    }\n  }\n": types.InvitePartnerDocument,
    "\n  mutation WithdrawInvitation($id: ID!, $reason: String!) {\n    withdrawInvitation(id: $id, reason: $reason) {\n      id\n      status\n      reason\n      availableActions\n    }\n  }\n": types.WithdrawInvitationDocument,
    "\n  mutation RecordAttendance($id: ID!, $attendance: [AttendanceInput!]!) {\n    recordAttendance(id: $id, attendance: $attendance) {\n      id\n      version\n    }\n  }\n": types.RecordAttendanceDocument,
    "\n  fragment OperationSummaryFields on Operation {\n    id\n    reference\n    type\n    state\n    plannedStart\n    expectedDurationMinutes\n    generalArea\n  }\n": types.OperationSummaryFieldsFragmentDoc,
    "\n  fragment OperationFields on Operation {\n    id\n    reference\n    type\n    state\n    plannedStart\n    expectedDurationMinutes\n    generalArea\n    addresses\n    briefingPoint\n    expectedPeople\n    expectedLanguages\n    dependentsExpected\n    dependentsArrangements\n    mediaDecision\n    mediaReason\n    safeguardingLeadName\n    safeguardingLeadRole\n    officersAttending\n    femaleOfficersAttending\n    noFemaleOfficersReason\n    interpreterArranged\n    proportionalityStatement\n    intelligenceReference\n    partnershipPlanId\n    disclosureAt\n    releasedEarlyAt\n    releaseReason\n    officersAttended\n    namedOfficers {\n      userId\n      name\n      mshtTrainingCurrent\n      attended\n    }\n    version\n    createdAt\n    updatedAt\n    availableActions\n    checklistComplete\n    checklist {\n      key\n      title\n      hint\n      answer\n      reason\n      answeredByName\n      answeredAt\n    }\n    transitions {\n      action\n      fromState\n      toState\n      reason\n      byName\n      at\n    }\n  }\n": types.OperationFieldsFragmentDoc,
    "\n  query Operations($filter: OperationsFilter, $first: Int, $after: String) {\n    operations(filter: $filter, first: $first, after: $after) {\n      items {\n        ...OperationSummaryFields\n      }\n      nextCursor\n      totalCount\n    }\n  }\n": types.OperationsDocument,
    "\n  query Operation($id: ID!) {\n    operation(id: $id) {\n      ...OperationFields\n    }\n  }\n": types.OperationDocument,
    "\n  query ChecklistItemDefinitions {\n    checklistItemDefinitions {\n      key\n      title\n      hint\n      builtIn\n    }\n  }\n": types.ChecklistItemDefinitionsDocument,
    "\n  query ActivePartners {\n    partnerships(status: [ACTIVE]) {\n      id\n      project {\n        id\n        name\n        kind\n        areasServed\n      }\n    }\n  }\n": types.ActivePartnersDocument,
    "\n  query MyOrganisationKind {\n    myOrganisation {\n      id\n      kind\n    }\n  }\n": types.MyOrganisationKindDocument,
    "\n  mutation CreateOperation($input: OperationDetailsInput!) {\n    createOperation(input: $input) {\n      ...OperationFields\n    }\n  }\n": types.CreateOperationDocument,
    "\n  mutation UpdateOperation($id: ID!, $version: Int!, $input: OperationDetailsInput!) {\n    updateOperation(id: $id, version: $version, input: $input) {\n      ...OperationFields\n    }\n  }\n": types.UpdateOperationDocument,
    "\n  mutation AnswerChecklist($id: ID!, $version: Int!, $answers: [ChecklistAnswerInput!]!) {\n    answerChecklist(id: $id, version: $version, answers: $answers) {\n      ...OperationFields\n    }\n  }\n": types.AnswerChecklistDocument,
    "\n  mutation TransitionOperation($id: ID!, $version: Int!, $action: OperationAction!, $reason: String) {\n    transitionOperation(id: $id, version: $version, action: $action, reason: $reason) {\n      ...OperationFields\n    }\n  }\n": types.TransitionOperationDocument,
    "\n  mutation ReleaseDetailsEarly($id: ID!, $version: Int!, $reason: String!) {\n    releaseDetailsEarly(id: $id, version: $version, reason: $reason) {\n      ...OperationFields\n    }\n  }\n": types.ReleaseDetailsEarlyDocument,
    "\n  mutation RecordForceAttendance($id: ID!, $version: Int!, $officersAttended: Int!, $attendedOfficerIds: [ID!]) {\n    recordForceAttendance(id: $id, version: $version, officersAttended: $officersAttended, attendedOfficerIds: $attendedOfficerIds) {\n      ...OperationFields\n    }\n  }\n": types.RecordForceAttendanceDocument,
    "\n  query OfficerChoices {\n    officerChoices {\n      userId\n      name\n      mshtTrainingCurrent\n    }\n  }\n": types.OfficerChoicesDocument,
    "\n  mutation NameOfficers($id: ID!, $version: Int!, $userIds: [ID!]!) {\n    nameOfficers(id: $id, version: $version, userIds: $userIds) {\n      ...OperationFields\n    }\n  }\n": types.NameOfficersDocument,
    "\n  mutation AddChecklistItemDefinition($title: String!, $hint: String!) {\n    addChecklistItemDefinition(title: $title, hint: $hint) {\n      key\n      title\n      hint\n      builtIn\n    }\n  }\n": types.AddChecklistItemDefinitionDocument,
    "\n  mutation RetireChecklistItemDefinition($key: String!) {\n    retireChecklistItemDefinition(key: $key) {\n      key\n      title\n      hint\n      builtIn\n    }\n  }\n": types.RetireChecklistItemDefinitionDocument,
    "\n  query PlatformOrganisations {\n    organisationsForPlatform {\n      id\n      kind\n      name\n      status\n    }\n  }\n": types.PlatformOrganisationsDocument,
    "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n    }\n  }\n": types.CreateOrganisationDocument,
    "\n  mutation InviteOrganisationAdministrator($input: InviteOrganisationAdministratorInput!) {\n    inviteOrganisationAdministrator(input: $input) {\n      email\n    }\n  }\n": types.InviteOrganisationAdministratorDocument,
    "\n  mutation SuspendOrganisation($id: ID!) {\n    suspendOrganisation(id: $id) {\n      id\n      status\n    }\n  }\n": types.SuspendOrganisationDocument,
    "\n  mutation ReactivateOrganisation($id: ID!) {\n    reactivateOrganisation(id: $id) {\n      id\n      status\n    }\n  }\n": types.ReactivateOrganisationDocument,
    "\n  query MyOrganisation {\n    myOrganisation {\n      id\n      kind\n      name\n      status\n      areasServed\n      contactEmail\n      contactPhone\n      languagesOffered\n      version\n    }\n  }\n": types.MyOrganisationDocument,
    "\n  mutation UpdateMyOrganisation($input: UpdateMyOrganisationInput!) {\n    updateMyOrganisation(input: $input) {\n      id\n      kind\n      name\n      status\n      areasServed\n      contactEmail\n      contactPhone\n      languagesOffered\n      version\n    }\n  }\n": types.UpdateMyOrganisationDocument,
    "\n  fragment PartnershipFields on Partnership {\n    id\n    status\n    mySide\n    availableActions\n    legalBasis\n    agreementReference\n    signedOn\n    reviewOn\n    statusReason\n    statusChangedBy\n    statusChangedAt\n    proposedAt\n    version\n    force {\n      id\n      kind\n      name\n      status\n      areasServed\n      contactEmail\n      contactPhone\n    }\n    project {\n      id\n      kind\n      name\n      status\n      areasServed\n      contactEmail\n      contactPhone\n    }\n  }\n": types.PartnershipFieldsFragmentDoc,
    "\n  query Partnerships {\n    partnerships {\n      ...PartnershipFields\n    }\n    myOrganisation {\n      id\n      kind\n    }\n  }\n": types.PartnershipsDocument,
    "\n  query Partnership($id: ID!) {\n    partnership(id: $id) {\n      ...PartnershipFields\n    }\n  }\n": types.PartnershipDocument,
    "\n  query PartnerDirectory {\n    organisations {\n      id\n      kind\n      name\n      areasServed\n    }\n    myOrganisation {\n      id\n      kind\n    }\n  }\n": types.PartnerDirectoryDocument,
    "\n  mutation ProposePartnership($input: ProposePartnershipInput!) {\n    proposePartnership(input: $input) {\n      ...PartnershipFields\n    }\n  }\n": types.ProposePartnershipDocument,
    "\n  mutation RespondToPartnership($id: ID!, $accept: Boolean!, $reason: String) {\n    respondToPartnership(id: $id, accept: $accept, reason: $reason) {\n      ...PartnershipFields\n    }\n  }\n": types.RespondToPartnershipDocument,
    "\n  mutation SuspendPartnership($id: ID!, $reason: String!) {\n    suspendPartnership(id: $id, reason: $reason) {\n      ...PartnershipFields\n    }\n  }\n": types.SuspendPartnershipDocument,
    "\n  mutation ResumePartnership($id: ID!) {\n    resumePartnership(id: $id) {\n      ...PartnershipFields\n    }\n  }\n": types.ResumePartnershipDocument,
    "\n  mutation EndPartnership($id: ID!, $reason: String!) {\n    endPartnership(id: $id, reason: $reason) {\n      ...PartnershipFields\n    }\n  }\n": types.EndPartnershipDocument,
    "\n  mutation UpdatePartnershipAgreement($input: UpdatePartnershipAgreementInput!) {\n    updatePartnershipAgreement(input: $input) {\n      ...PartnershipFields\n    }\n  }\n": types.UpdatePartnershipAgreementDocument,
    "\n  query UserInvitationPreview($token: String!) {\n    userInvitation(token: $token) {\n      email\n      organisationName\n      role\n      expiresAt\n    }\n  }\n": types.UserInvitationPreviewDocument,
    "\n  mutation AcceptUserInvitation($input: AcceptUserInvitationInput!) {\n    acceptUserInvitation(input: $input) {\n      ...ViewerFields\n    }\n  }\n": types.AcceptUserInvitationDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n": types.ResetPasswordDocument,
    "\n  query People {\n    people {\n      id\n      displayName\n      email\n      role\n      status\n      lastSignInAt\n    }\n    userInvitations {\n      id\n      email\n      role\n      invitedAt\n      expiresAt\n      expired\n      invitedByName\n    }\n    grantableRoles\n  }\n": types.PeopleDocument,
    "\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      id\n      email\n    }\n  }\n": types.InviteUserDocument,
    "\n  mutation RevokeUserInvitation($id: ID!) {\n    revokeUserInvitation(id: $id)\n  }\n": types.RevokeUserInvitationDocument,
    "\n  mutation ChangeRole($userId: ID!, $role: Role!) {\n    changeRole(userId: $userId, role: $role) {\n      id\n      role\n    }\n  }\n": types.ChangeRoleDocument,
    "\n  mutation DisableUser($userId: ID!) {\n    disableUser(userId: $userId) {\n      id\n      status\n    }\n  }\n": types.DisableUserDocument,
    "\n  mutation EnableUser($userId: ID!) {\n    enableUser(userId: $userId) {\n      id\n      status\n    }\n  }\n": types.EnableUserDocument,
    "\n  query ServiceInfo {\n    serviceInfo {\n      name\n      demoMode\n      version\n    }\n  }\n": types.ServiceInfoDocument,
    "\n  fragment TrainingRecordFields on TrainingRecord {\n    id\n    userId\n    provider\n    completedOn\n    expiresOn\n    note\n    status\n    version\n    course {\n      id\n      name\n      validityMonths\n      countsAsMsht\n    }\n  }\n": types.TrainingRecordFieldsFragmentDoc,
    "\n  query MyTraining {\n    myTraining {\n      ...TrainingRecordFields\n    }\n  }\n": types.MyTrainingDocument,
    "\n  query TrainingCourses {\n    trainingCourses {\n      id\n      name\n      validityMonths\n      countsAsMsht\n      ownCourse\n    }\n  }\n": types.TrainingCoursesDocument,
    "\n  query TrainingRecord($id: ID!) {\n    trainingRecord(id: $id) {\n      ...TrainingRecordFields\n    }\n  }\n": types.TrainingRecordDocument,
    "\n  query PeopleTraining {\n    peopleTraining {\n      user {\n        id\n        displayName\n        role\n      }\n      mshtCurrent\n      courses {\n        course {\n          id\n          name\n          countsAsMsht\n        }\n        status\n        expiresOn\n      }\n      records {\n        ...TrainingRecordFields\n      }\n    }\n  }\n": types.PeopleTrainingDocument,
    "\n  mutation AddTrainingRecord($input: AddTrainingRecordInput!) {\n    addTrainingRecord(input: $input) {\n      ...TrainingRecordFields\n    }\n  }\n": types.AddTrainingRecordDocument,
    "\n  mutation UpdateTrainingRecord($input: UpdateTrainingRecordInput!) {\n    updateTrainingRecord(input: $input) {\n      ...TrainingRecordFields\n    }\n  }\n": types.UpdateTrainingRecordDocument,
    "\n  mutation RemoveTrainingRecord($id: ID!) {\n    removeTrainingRecord(id: $id)\n  }\n": types.RemoveTrainingRecordDocument,
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
export function graphql(source: "\n  query AuditEntries($filter: AuditEntriesFilter) {\n    auditEntries(filter: $filter) {\n      entries {\n        id\n        seq\n        occurredAt\n        action\n        actorName\n        actorFromAnotherOrganisation\n        actorOrganisationName\n        subjectType\n        subjectId\n        detail\n        people {\n          id\n          name\n        }\n        operations {\n          id\n          reference\n          type\n          generalArea\n        }\n        organisations {\n          id\n          name\n        }\n      }\n      nextBeforeSeq\n    }\n  }\n"): (typeof documents)["\n  query AuditEntries($filter: AuditEntriesFilter) {\n    auditEntries(filter: $filter) {\n      entries {\n        id\n        seq\n        occurredAt\n        action\n        actorName\n        actorFromAnotherOrganisation\n        actorOrganisationName\n        subjectType\n        subjectId\n        detail\n        people {\n          id\n          name\n        }\n        operations {\n          id\n          reference\n          type\n          generalArea\n        }\n        organisations {\n          id\n          name\n        }\n      }\n      nextBeforeSeq\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifySecondFactor($input: SecondFactorCodeInput!) {\n    verifySecondFactor(input: $input) {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  mutation VerifySecondFactor($input: SecondFactorCodeInput!) {\n    verifySecondFactor(input: $input) {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BeginTwoFactorEnrolment {\n    beginTwoFactorEnrolment {\n      secret\n      otpauthUri\n      qrCodeSvg\n    }\n  }\n"): (typeof documents)["\n  mutation BeginTwoFactorEnrolment {\n    beginTwoFactorEnrolment {\n      secret\n      otpauthUri\n      qrCodeSvg\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmTwoFactorEnrolment($input: SecondFactorCodeInput!) {\n    confirmTwoFactorEnrolment(input: $input) {\n      recoveryCodes\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmTwoFactorEnrolment($input: SecondFactorCodeInput!) {\n    confirmTwoFactorEnrolment(input: $input) {\n      recoveryCodes\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n"): (typeof documents)["\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ViewerFields on Viewer {\n    user {\n      id\n      email\n      displayName\n      role\n      organisationId\n    }\n    organisationName\n    permissions\n    secondFactorStep\n    twoFactorEnabled\n  }\n"): (typeof documents)["\n  fragment ViewerFields on Viewer {\n    user {\n      id\n      email\n      displayName\n      role\n      organisationId\n    }\n    organisationName\n    permissions\n    secondFactorStep\n    twoFactorEnabled\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    viewer {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerHome($first: Int!) {\n    awaitingAnswer: invitations(statuses: [PENDING], first: $first) {\n      items {\n        id\n        respondBy\n        forceName\n        operation {\n          id\n          type\n          plannedDay\n          generalArea\n        }\n      }\n      totalCount\n    }\n    accepted: invitations(statuses: [ACCEPTED], first: $first) {\n      items {\n        id\n        forceName\n        operation {\n          id\n          type\n          state\n          plannedDay\n          generalArea\n        }\n        attendees {\n          userId\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartnerHome($first: Int!) {\n    awaitingAnswer: invitations(statuses: [PENDING], first: $first) {\n      items {\n        id\n        respondBy\n        forceName\n        operation {\n          id\n          type\n          plannedDay\n          generalArea\n        }\n      }\n      totalCount\n    }\n    accepted: invitations(statuses: [ACCEPTED], first: $first) {\n      items {\n        id\n        forceName\n        operation {\n          id\n          type\n          state\n          plannedDay\n          generalArea\n        }\n        attendees {\n          userId\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InvitationFields on Invitation {\n    id\n    status\n    respondBy\n    reason\n    respondedAt\n    createdAt\n    version\n    forceName\n    partnerName\n    partnerOrganisationId\n    availableActions\n    operation {\n      id\n      type\n      state\n      plannedDay\n      expectedDurationMinutes\n      generalArea\n      expectedPeople\n      expectedLanguages\n      dependentsExpected\n      proportionalityStatement\n      mediaDecision\n      mediaReason\n      safeguardingLeadRole\n      disclosure {\n        plannedStart\n        addresses\n        briefingPoint\n      }\n    }\n    attendees {\n      userId\n      name\n      organisationName\n      mshtTrainingCurrent\n      attended\n    }\n  }\n"): (typeof documents)["\n  fragment InvitationFields on Invitation {\n    id\n    status\n    respondBy\n    reason\n    respondedAt\n    createdAt\n    version\n    forceName\n    partnerName\n    partnerOrganisationId\n    availableActions\n    operation {\n      id\n      type\n      state\n      plannedDay\n      expectedDurationMinutes\n      generalArea\n      expectedPeople\n      expectedLanguages\n      dependentsExpected\n      proportionalityStatement\n      mediaDecision\n      mediaReason\n      safeguardingLeadRole\n      disclosure {\n        plannedStart\n        addresses\n        briefingPoint\n      }\n    }\n    attendees {\n      userId\n      name\n      organisationName\n      mshtTrainingCurrent\n      attended\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitationInbox($statuses: [InvitationStatus!], $first: Int, $after: String) {\n    invitations(statuses: $statuses, first: $first, after: $after) {\n      items {\n        id\n        status\n        respondBy\n        forceName\n        createdAt\n        operation {\n          id\n          type\n          state\n          plannedDay\n          generalArea\n        }\n      }\n      nextCursor\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query InvitationInbox($statuses: [InvitationStatus!], $first: Int, $after: String) {\n    invitations(statuses: $statuses, first: $first, after: $after) {\n      items {\n        id\n        status\n        respondBy\n        forceName\n        createdAt\n        operation {\n          id\n          type\n          state\n          plannedDay\n          generalArea\n        }\n      }\n      nextCursor\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitationDetail($id: ID!) {\n    invitation(id: $id) {\n      ...InvitationFields\n    }\n  }\n"): (typeof documents)["\n  query InvitationDetail($id: ID!) {\n    invitation(id: $id) {\n      ...InvitationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitationColleagues($id: ID!) {\n    invitationColleagues(id: $id) {\n      id\n      name\n      mshtTrainingCurrent\n    }\n  }\n"): (typeof documents)["\n  query InvitationColleagues($id: ID!) {\n    invitationColleagues(id: $id) {\n      id\n      name\n      mshtTrainingCurrent\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($id: ID!, $version: Int!, $attendeeUserIds: [ID!]!) {\n    acceptInvitation(id: $id, version: $version, attendeeUserIds: $attendeeUserIds) {\n      ...InvitationFields\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($id: ID!, $version: Int!, $attendeeUserIds: [ID!]!) {\n    acceptInvitation(id: $id, version: $version, attendeeUserIds: $attendeeUserIds) {\n      ...InvitationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclineInvitation($id: ID!, $version: Int!, $reason: String!) {\n    declineInvitation(id: $id, version: $version, reason: $reason) {\n      ...InvitationFields\n    }\n  }\n"): (typeof documents)["\n  mutation DeclineInvitation($id: ID!, $version: Int!, $reason: String!) {\n    declineInvitation(id: $id, version: $version, reason: $reason) {\n      ...InvitationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawAcceptance($id: ID!, $reason: String!) {\n    withdrawAcceptance(id: $id, reason: $reason) {\n      ...InvitationFields\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawAcceptance($id: ID!, $reason: String!) {\n    withdrawAcceptance(id: $id, reason: $reason) {\n      ...InvitationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NotificationFields on Notification {\n    id\n    event\n    text\n    subjectType\n    subjectId\n    link\n    createdAt\n    read\n    about {\n      operationId\n      operationReference\n      operationType\n      generalArea\n      forceName\n      partnerName\n    }\n  }\n"): (typeof documents)["\n  fragment NotificationFields on Notification {\n    id\n    event\n    text\n    subjectType\n    subjectId\n    link\n    createdAt\n    read\n    about {\n      operationId\n      operationReference\n      operationType\n      generalArea\n      forceName\n      partnerName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications($first: Int, $after: String) {\n    notifications(first: $first, after: $after) {\n      items {\n        ...NotificationFields\n      }\n      nextCursor\n      unreadCount\n    }\n  }\n"): (typeof documents)["\n  query Notifications($first: Int, $after: String) {\n    notifications(first: $first, after: $after) {\n      items {\n        ...NotificationFields\n      }\n      nextCursor\n      unreadCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"): (typeof documents)["\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n"): (typeof documents)["\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationPreferences {\n    notificationPreferences {\n      event\n      description\n      email\n    }\n  }\n"): (typeof documents)["\n  query NotificationPreferences {\n    notificationPreferences {\n      event\n      description\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetNotificationPreference($event: NotificationEvent!, $email: Boolean!) {\n    setNotificationPreference(event: $event, email: $email) {\n      event\n      description\n      email\n    }\n  }\n"): (typeof documents)["\n  mutation SetNotificationPreference($event: NotificationEvent!, $email: Boolean!) {\n    setNotificationPreference(event: $event, email: $email) {\n      event\n      description\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription NotificationReceived {\n    notificationReceived {\n      ...NotificationFields\n    }\n  }\n"): (typeof documents)["\n  subscription NotificationReceived {\n    notificationReceived {\n      ...NotificationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ForceHome($week: OperationsFilter!, $answerable: OperationsFilter!, $first: Int!) {\n    thisWeek: operations(filter: $week, first: $first) {\n      items {\n        ...OperationSummaryFields\n      }\n      totalCount\n    }\n    answerable: operations(filter: $answerable, first: $first) {\n      items {\n        id\n        reference\n        plannedStart\n        invitations {\n          id\n          status\n          partnerName\n          respondBy\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ForceHome($week: OperationsFilter!, $answerable: OperationsFilter!, $first: Int!) {\n    thisWeek: operations(filter: $week, first: $first) {\n      items {\n        ...OperationSummaryFields\n      }\n      totalCount\n    }\n    answerable: operations(filter: $answerable, first: $first) {\n      items {\n        id\n        reference\n        plannedStart\n        invitations {\n          id\n          status\n          partnerName\n          respondBy\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitationsOfOperation($id: ID!) {\n    operation(id: $id) {\n      id\n      invitations {\n        id\n        status\n        respondBy\n        reason\n        respondedAt\n        createdAt\n        version\n        partnerName\n        partnerOrganisationId\n        availableActions\n        attendees {\n          userId\n          name\n          organisationName\n          mshtTrainingCurrent\n          attended\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query InvitationsOfOperation($id: ID!) {\n    operation(id: $id) {\n      id\n      invitations {\n        id\n        status\n        respondBy\n        reason\n        respondedAt\n        createdAt\n        version\n        partnerName\n        partnerOrganisationId\n        availableActions\n        attendees {\n          userId\n          name\n          organisationName\n          mshtTrainingCurrent\n          attended\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NotifyPartners($id: ID!, $version: Int!, $invitations: [InvitePartnerInput!]!) {\n    notifyPartners(id: $id, version: $version, invitations: $invitations) {\n      ...OperationFields\n    }\n  }\n"): (typeof documents)["\n  mutation NotifyPartners($id: ID!, $version: Int!, $invitations: [InvitePartnerInput!]!) {\n    notifyPartners(id: $id, version: $version, invitations: $invitations) {\n      ...OperationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvitePartner($id: ID!, $invitation: InvitePartnerInput!) {\n    invitePartner(id: $id, invitation: $invitation) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation InvitePartner($id: ID!, $invitation: InvitePartnerInput!) {\n    invitePartner(id: $id, invitation: $invitation) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawInvitation($id: ID!, $reason: String!) {\n    withdrawInvitation(id: $id, reason: $reason) {\n      id\n      status\n      reason\n      availableActions\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawInvitation($id: ID!, $reason: String!) {\n    withdrawInvitation(id: $id, reason: $reason) {\n      id\n      status\n      reason\n      availableActions\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordAttendance($id: ID!, $attendance: [AttendanceInput!]!) {\n    recordAttendance(id: $id, attendance: $attendance) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation RecordAttendance($id: ID!, $attendance: [AttendanceInput!]!) {\n    recordAttendance(id: $id, attendance: $attendance) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OperationSummaryFields on Operation {\n    id\n    reference\n    type\n    state\n    plannedStart\n    expectedDurationMinutes\n    generalArea\n  }\n"): (typeof documents)["\n  fragment OperationSummaryFields on Operation {\n    id\n    reference\n    type\n    state\n    plannedStart\n    expectedDurationMinutes\n    generalArea\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OperationFields on Operation {\n    id\n    reference\n    type\n    state\n    plannedStart\n    expectedDurationMinutes\n    generalArea\n    addresses\n    briefingPoint\n    expectedPeople\n    expectedLanguages\n    dependentsExpected\n    dependentsArrangements\n    mediaDecision\n    mediaReason\n    safeguardingLeadName\n    safeguardingLeadRole\n    officersAttending\n    femaleOfficersAttending\n    noFemaleOfficersReason\n    interpreterArranged\n    proportionalityStatement\n    intelligenceReference\n    partnershipPlanId\n    disclosureAt\n    releasedEarlyAt\n    releaseReason\n    officersAttended\n    namedOfficers {\n      userId\n      name\n      mshtTrainingCurrent\n      attended\n    }\n    version\n    createdAt\n    updatedAt\n    availableActions\n    checklistComplete\n    checklist {\n      key\n      title\n      hint\n      answer\n      reason\n      answeredByName\n      answeredAt\n    }\n    transitions {\n      action\n      fromState\n      toState\n      reason\n      byName\n      at\n    }\n  }\n"): (typeof documents)["\n  fragment OperationFields on Operation {\n    id\n    reference\n    type\n    state\n    plannedStart\n    expectedDurationMinutes\n    generalArea\n    addresses\n    briefingPoint\n    expectedPeople\n    expectedLanguages\n    dependentsExpected\n    dependentsArrangements\n    mediaDecision\n    mediaReason\n    safeguardingLeadName\n    safeguardingLeadRole\n    officersAttending\n    femaleOfficersAttending\n    noFemaleOfficersReason\n    interpreterArranged\n    proportionalityStatement\n    intelligenceReference\n    partnershipPlanId\n    disclosureAt\n    releasedEarlyAt\n    releaseReason\n    officersAttended\n    namedOfficers {\n      userId\n      name\n      mshtTrainingCurrent\n      attended\n    }\n    version\n    createdAt\n    updatedAt\n    availableActions\n    checklistComplete\n    checklist {\n      key\n      title\n      hint\n      answer\n      reason\n      answeredByName\n      answeredAt\n    }\n    transitions {\n      action\n      fromState\n      toState\n      reason\n      byName\n      at\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Operations($filter: OperationsFilter, $first: Int, $after: String) {\n    operations(filter: $filter, first: $first, after: $after) {\n      items {\n        ...OperationSummaryFields\n      }\n      nextCursor\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query Operations($filter: OperationsFilter, $first: Int, $after: String) {\n    operations(filter: $filter, first: $first, after: $after) {\n      items {\n        ...OperationSummaryFields\n      }\n      nextCursor\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Operation($id: ID!) {\n    operation(id: $id) {\n      ...OperationFields\n    }\n  }\n"): (typeof documents)["\n  query Operation($id: ID!) {\n    operation(id: $id) {\n      ...OperationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChecklistItemDefinitions {\n    checklistItemDefinitions {\n      key\n      title\n      hint\n      builtIn\n    }\n  }\n"): (typeof documents)["\n  query ChecklistItemDefinitions {\n    checklistItemDefinitions {\n      key\n      title\n      hint\n      builtIn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActivePartners {\n    partnerships(status: [ACTIVE]) {\n      id\n      project {\n        id\n        name\n        kind\n        areasServed\n      }\n    }\n  }\n"): (typeof documents)["\n  query ActivePartners {\n    partnerships(status: [ACTIVE]) {\n      id\n      project {\n        id\n        name\n        kind\n        areasServed\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyOrganisationKind {\n    myOrganisation {\n      id\n      kind\n    }\n  }\n"): (typeof documents)["\n  query MyOrganisationKind {\n    myOrganisation {\n      id\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOperation($input: OperationDetailsInput!) {\n    createOperation(input: $input) {\n      ...OperationFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateOperation($input: OperationDetailsInput!) {\n    createOperation(input: $input) {\n      ...OperationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOperation($id: ID!, $version: Int!, $input: OperationDetailsInput!) {\n    updateOperation(id: $id, version: $version, input: $input) {\n      ...OperationFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateOperation($id: ID!, $version: Int!, $input: OperationDetailsInput!) {\n    updateOperation(id: $id, version: $version, input: $input) {\n      ...OperationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerChecklist($id: ID!, $version: Int!, $answers: [ChecklistAnswerInput!]!) {\n    answerChecklist(id: $id, version: $version, answers: $answers) {\n      ...OperationFields\n    }\n  }\n"): (typeof documents)["\n  mutation AnswerChecklist($id: ID!, $version: Int!, $answers: [ChecklistAnswerInput!]!) {\n    answerChecklist(id: $id, version: $version, answers: $answers) {\n      ...OperationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TransitionOperation($id: ID!, $version: Int!, $action: OperationAction!, $reason: String) {\n    transitionOperation(id: $id, version: $version, action: $action, reason: $reason) {\n      ...OperationFields\n    }\n  }\n"): (typeof documents)["\n  mutation TransitionOperation($id: ID!, $version: Int!, $action: OperationAction!, $reason: String) {\n    transitionOperation(id: $id, version: $version, action: $action, reason: $reason) {\n      ...OperationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReleaseDetailsEarly($id: ID!, $version: Int!, $reason: String!) {\n    releaseDetailsEarly(id: $id, version: $version, reason: $reason) {\n      ...OperationFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReleaseDetailsEarly($id: ID!, $version: Int!, $reason: String!) {\n    releaseDetailsEarly(id: $id, version: $version, reason: $reason) {\n      ...OperationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordForceAttendance($id: ID!, $version: Int!, $officersAttended: Int!, $attendedOfficerIds: [ID!]) {\n    recordForceAttendance(id: $id, version: $version, officersAttended: $officersAttended, attendedOfficerIds: $attendedOfficerIds) {\n      ...OperationFields\n    }\n  }\n"): (typeof documents)["\n  mutation RecordForceAttendance($id: ID!, $version: Int!, $officersAttended: Int!, $attendedOfficerIds: [ID!]) {\n    recordForceAttendance(id: $id, version: $version, officersAttended: $officersAttended, attendedOfficerIds: $attendedOfficerIds) {\n      ...OperationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfficerChoices {\n    officerChoices {\n      userId\n      name\n      mshtTrainingCurrent\n    }\n  }\n"): (typeof documents)["\n  query OfficerChoices {\n    officerChoices {\n      userId\n      name\n      mshtTrainingCurrent\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NameOfficers($id: ID!, $version: Int!, $userIds: [ID!]!) {\n    nameOfficers(id: $id, version: $version, userIds: $userIds) {\n      ...OperationFields\n    }\n  }\n"): (typeof documents)["\n  mutation NameOfficers($id: ID!, $version: Int!, $userIds: [ID!]!) {\n    nameOfficers(id: $id, version: $version, userIds: $userIds) {\n      ...OperationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddChecklistItemDefinition($title: String!, $hint: String!) {\n    addChecklistItemDefinition(title: $title, hint: $hint) {\n      key\n      title\n      hint\n      builtIn\n    }\n  }\n"): (typeof documents)["\n  mutation AddChecklistItemDefinition($title: String!, $hint: String!) {\n    addChecklistItemDefinition(title: $title, hint: $hint) {\n      key\n      title\n      hint\n      builtIn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetireChecklistItemDefinition($key: String!) {\n    retireChecklistItemDefinition(key: $key) {\n      key\n      title\n      hint\n      builtIn\n    }\n  }\n"): (typeof documents)["\n  mutation RetireChecklistItemDefinition($key: String!) {\n    retireChecklistItemDefinition(key: $key) {\n      key\n      title\n      hint\n      builtIn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlatformOrganisations {\n    organisationsForPlatform {\n      id\n      kind\n      name\n      status\n    }\n  }\n"): (typeof documents)["\n  query PlatformOrganisations {\n    organisationsForPlatform {\n      id\n      kind\n      name\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteOrganisationAdministrator($input: InviteOrganisationAdministratorInput!) {\n    inviteOrganisationAdministrator(input: $input) {\n      email\n    }\n  }\n"): (typeof documents)["\n  mutation InviteOrganisationAdministrator($input: InviteOrganisationAdministratorInput!) {\n    inviteOrganisationAdministrator(input: $input) {\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SuspendOrganisation($id: ID!) {\n    suspendOrganisation(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation SuspendOrganisation($id: ID!) {\n    suspendOrganisation(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReactivateOrganisation($id: ID!) {\n    reactivateOrganisation(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ReactivateOrganisation($id: ID!) {\n    reactivateOrganisation(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyOrganisation {\n    myOrganisation {\n      id\n      kind\n      name\n      status\n      areasServed\n      contactEmail\n      contactPhone\n      languagesOffered\n      version\n    }\n  }\n"): (typeof documents)["\n  query MyOrganisation {\n    myOrganisation {\n      id\n      kind\n      name\n      status\n      areasServed\n      contactEmail\n      contactPhone\n      languagesOffered\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMyOrganisation($input: UpdateMyOrganisationInput!) {\n    updateMyOrganisation(input: $input) {\n      id\n      kind\n      name\n      status\n      areasServed\n      contactEmail\n      contactPhone\n      languagesOffered\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMyOrganisation($input: UpdateMyOrganisationInput!) {\n    updateMyOrganisation(input: $input) {\n      id\n      kind\n      name\n      status\n      areasServed\n      contactEmail\n      contactPhone\n      languagesOffered\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PartnershipFields on Partnership {\n    id\n    status\n    mySide\n    availableActions\n    legalBasis\n    agreementReference\n    signedOn\n    reviewOn\n    statusReason\n    statusChangedBy\n    statusChangedAt\n    proposedAt\n    version\n    force {\n      id\n      kind\n      name\n      status\n      areasServed\n      contactEmail\n      contactPhone\n    }\n    project {\n      id\n      kind\n      name\n      status\n      areasServed\n      contactEmail\n      contactPhone\n    }\n  }\n"): (typeof documents)["\n  fragment PartnershipFields on Partnership {\n    id\n    status\n    mySide\n    availableActions\n    legalBasis\n    agreementReference\n    signedOn\n    reviewOn\n    statusReason\n    statusChangedBy\n    statusChangedAt\n    proposedAt\n    version\n    force {\n      id\n      kind\n      name\n      status\n      areasServed\n      contactEmail\n      contactPhone\n    }\n    project {\n      id\n      kind\n      name\n      status\n      areasServed\n      contactEmail\n      contactPhone\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Partnerships {\n    partnerships {\n      ...PartnershipFields\n    }\n    myOrganisation {\n      id\n      kind\n    }\n  }\n"): (typeof documents)["\n  query Partnerships {\n    partnerships {\n      ...PartnershipFields\n    }\n    myOrganisation {\n      id\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Partnership($id: ID!) {\n    partnership(id: $id) {\n      ...PartnershipFields\n    }\n  }\n"): (typeof documents)["\n  query Partnership($id: ID!) {\n    partnership(id: $id) {\n      ...PartnershipFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerDirectory {\n    organisations {\n      id\n      kind\n      name\n      areasServed\n    }\n    myOrganisation {\n      id\n      kind\n    }\n  }\n"): (typeof documents)["\n  query PartnerDirectory {\n    organisations {\n      id\n      kind\n      name\n      areasServed\n    }\n    myOrganisation {\n      id\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProposePartnership($input: ProposePartnershipInput!) {\n    proposePartnership(input: $input) {\n      ...PartnershipFields\n    }\n  }\n"): (typeof documents)["\n  mutation ProposePartnership($input: ProposePartnershipInput!) {\n    proposePartnership(input: $input) {\n      ...PartnershipFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RespondToPartnership($id: ID!, $accept: Boolean!, $reason: String) {\n    respondToPartnership(id: $id, accept: $accept, reason: $reason) {\n      ...PartnershipFields\n    }\n  }\n"): (typeof documents)["\n  mutation RespondToPartnership($id: ID!, $accept: Boolean!, $reason: String) {\n    respondToPartnership(id: $id, accept: $accept, reason: $reason) {\n      ...PartnershipFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SuspendPartnership($id: ID!, $reason: String!) {\n    suspendPartnership(id: $id, reason: $reason) {\n      ...PartnershipFields\n    }\n  }\n"): (typeof documents)["\n  mutation SuspendPartnership($id: ID!, $reason: String!) {\n    suspendPartnership(id: $id, reason: $reason) {\n      ...PartnershipFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResumePartnership($id: ID!) {\n    resumePartnership(id: $id) {\n      ...PartnershipFields\n    }\n  }\n"): (typeof documents)["\n  mutation ResumePartnership($id: ID!) {\n    resumePartnership(id: $id) {\n      ...PartnershipFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndPartnership($id: ID!, $reason: String!) {\n    endPartnership(id: $id, reason: $reason) {\n      ...PartnershipFields\n    }\n  }\n"): (typeof documents)["\n  mutation EndPartnership($id: ID!, $reason: String!) {\n    endPartnership(id: $id, reason: $reason) {\n      ...PartnershipFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePartnershipAgreement($input: UpdatePartnershipAgreementInput!) {\n    updatePartnershipAgreement(input: $input) {\n      ...PartnershipFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePartnershipAgreement($input: UpdatePartnershipAgreementInput!) {\n    updatePartnershipAgreement(input: $input) {\n      ...PartnershipFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UserInvitationPreview($token: String!) {\n    userInvitation(token: $token) {\n      email\n      organisationName\n      role\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  query UserInvitationPreview($token: String!) {\n    userInvitation(token: $token) {\n      email\n      organisationName\n      role\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptUserInvitation($input: AcceptUserInvitationInput!) {\n    acceptUserInvitation(input: $input) {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptUserInvitation($input: AcceptUserInvitationInput!) {\n    acceptUserInvitation(input: $input) {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query People {\n    people {\n      id\n      displayName\n      email\n      role\n      status\n      lastSignInAt\n    }\n    userInvitations {\n      id\n      email\n      role\n      invitedAt\n      expiresAt\n      expired\n      invitedByName\n    }\n    grantableRoles\n  }\n"): (typeof documents)["\n  query People {\n    people {\n      id\n      displayName\n      email\n      role\n      status\n      lastSignInAt\n    }\n    userInvitations {\n      id\n      email\n      role\n      invitedAt\n      expiresAt\n      expired\n      invitedByName\n    }\n    grantableRoles\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      id\n      email\n    }\n  }\n"): (typeof documents)["\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      id\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeUserInvitation($id: ID!) {\n    revokeUserInvitation(id: $id)\n  }\n"): (typeof documents)["\n  mutation RevokeUserInvitation($id: ID!) {\n    revokeUserInvitation(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeRole($userId: ID!, $role: Role!) {\n    changeRole(userId: $userId, role: $role) {\n      id\n      role\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeRole($userId: ID!, $role: Role!) {\n    changeRole(userId: $userId, role: $role) {\n      id\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DisableUser($userId: ID!) {\n    disableUser(userId: $userId) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation DisableUser($userId: ID!) {\n    disableUser(userId: $userId) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnableUser($userId: ID!) {\n    enableUser(userId: $userId) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation EnableUser($userId: ID!) {\n    enableUser(userId: $userId) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServiceInfo {\n    serviceInfo {\n      name\n      demoMode\n      version\n    }\n  }\n"): (typeof documents)["\n  query ServiceInfo {\n    serviceInfo {\n      name\n      demoMode\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TrainingRecordFields on TrainingRecord {\n    id\n    userId\n    provider\n    completedOn\n    expiresOn\n    note\n    status\n    version\n    course {\n      id\n      name\n      validityMonths\n      countsAsMsht\n    }\n  }\n"): (typeof documents)["\n  fragment TrainingRecordFields on TrainingRecord {\n    id\n    userId\n    provider\n    completedOn\n    expiresOn\n    note\n    status\n    version\n    course {\n      id\n      name\n      validityMonths\n      countsAsMsht\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyTraining {\n    myTraining {\n      ...TrainingRecordFields\n    }\n  }\n"): (typeof documents)["\n  query MyTraining {\n    myTraining {\n      ...TrainingRecordFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrainingCourses {\n    trainingCourses {\n      id\n      name\n      validityMonths\n      countsAsMsht\n      ownCourse\n    }\n  }\n"): (typeof documents)["\n  query TrainingCourses {\n    trainingCourses {\n      id\n      name\n      validityMonths\n      countsAsMsht\n      ownCourse\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrainingRecord($id: ID!) {\n    trainingRecord(id: $id) {\n      ...TrainingRecordFields\n    }\n  }\n"): (typeof documents)["\n  query TrainingRecord($id: ID!) {\n    trainingRecord(id: $id) {\n      ...TrainingRecordFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PeopleTraining {\n    peopleTraining {\n      user {\n        id\n        displayName\n        role\n      }\n      mshtCurrent\n      courses {\n        course {\n          id\n          name\n          countsAsMsht\n        }\n        status\n        expiresOn\n      }\n      records {\n        ...TrainingRecordFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query PeopleTraining {\n    peopleTraining {\n      user {\n        id\n        displayName\n        role\n      }\n      mshtCurrent\n      courses {\n        course {\n          id\n          name\n          countsAsMsht\n        }\n        status\n        expiresOn\n      }\n      records {\n        ...TrainingRecordFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddTrainingRecord($input: AddTrainingRecordInput!) {\n    addTrainingRecord(input: $input) {\n      ...TrainingRecordFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddTrainingRecord($input: AddTrainingRecordInput!) {\n    addTrainingRecord(input: $input) {\n      ...TrainingRecordFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTrainingRecord($input: UpdateTrainingRecordInput!) {\n    updateTrainingRecord(input: $input) {\n      ...TrainingRecordFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateTrainingRecord($input: UpdateTrainingRecordInput!) {\n    updateTrainingRecord(input: $input) {\n      ...TrainingRecordFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveTrainingRecord($id: ID!) {\n    removeTrainingRecord(id: $id)\n  }\n"): (typeof documents)["\n  mutation RemoveTrainingRecord($id: ID!) {\n    removeTrainingRecord(id: $id)\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;