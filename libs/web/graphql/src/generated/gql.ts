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
    "\n  query AuditEntries($filter: AuditEntriesFilter) {\n    auditEntries(filter: $filter) {\n      entries {\n        id\n        seq\n        occurredAt\n        action\n        actorName\n        actorFromAnotherOrganisation\n        subjectType\n        detail\n      }\n      nextBeforeSeq\n    }\n  }\n": typeof types.AuditEntriesDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation VerifySecondFactor($input: SecondFactorCodeInput!) {\n    verifySecondFactor(input: $input) {\n      ...ViewerFields\n    }\n  }\n": typeof types.VerifySecondFactorDocument,
    "\n  mutation BeginTwoFactorEnrolment {\n    beginTwoFactorEnrolment {\n      secret\n      otpauthUri\n      qrCodeSvg\n    }\n  }\n": typeof types.BeginTwoFactorEnrolmentDocument,
    "\n  mutation ConfirmTwoFactorEnrolment($input: SecondFactorCodeInput!) {\n    confirmTwoFactorEnrolment(input: $input) {\n      recoveryCodes\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n": typeof types.ConfirmTwoFactorEnrolmentDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...ViewerFields\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n": typeof types.SignOutEverywhereDocument,
    "\n  fragment ViewerFields on Viewer {\n    user {\n      id\n      email\n      displayName\n      role\n      organisationId\n    }\n    organisationName\n    permissions\n    secondFactorStep\n    twoFactorEnabled\n  }\n": typeof types.ViewerFieldsFragmentDoc,
    "\n  query Viewer {\n    viewer {\n      ...ViewerFields\n    }\n  }\n": typeof types.ViewerDocument,
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
    "\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      email\n      organisationName\n      role\n      expiresAt\n    }\n  }\n": typeof types.InvitationPreviewDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      ...ViewerFields\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n": typeof types.ResetPasswordDocument,
    "\n  query People {\n    people {\n      id\n      displayName\n      email\n      role\n      status\n      lastSignInAt\n    }\n    invitations {\n      id\n      email\n      role\n      invitedAt\n      expiresAt\n      expired\n      invitedByName\n    }\n    grantableRoles\n  }\n": typeof types.PeopleDocument,
    "\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      id\n      email\n    }\n  }\n": typeof types.InviteUserDocument,
    "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id)\n  }\n": typeof types.RevokeInvitationDocument,
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
    "\n  query AuditEntries($filter: AuditEntriesFilter) {\n    auditEntries(filter: $filter) {\n      entries {\n        id\n        seq\n        occurredAt\n        action\n        actorName\n        actorFromAnotherOrganisation\n        subjectType\n        detail\n      }\n      nextBeforeSeq\n    }\n  }\n": types.AuditEntriesDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": types.ChangePasswordDocument,
    "\n  mutation VerifySecondFactor($input: SecondFactorCodeInput!) {\n    verifySecondFactor(input: $input) {\n      ...ViewerFields\n    }\n  }\n": types.VerifySecondFactorDocument,
    "\n  mutation BeginTwoFactorEnrolment {\n    beginTwoFactorEnrolment {\n      secret\n      otpauthUri\n      qrCodeSvg\n    }\n  }\n": types.BeginTwoFactorEnrolmentDocument,
    "\n  mutation ConfirmTwoFactorEnrolment($input: SecondFactorCodeInput!) {\n    confirmTwoFactorEnrolment(input: $input) {\n      recoveryCodes\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n": types.ConfirmTwoFactorEnrolmentDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...ViewerFields\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n": types.SignOutEverywhereDocument,
    "\n  fragment ViewerFields on Viewer {\n    user {\n      id\n      email\n      displayName\n      role\n      organisationId\n    }\n    organisationName\n    permissions\n    secondFactorStep\n    twoFactorEnabled\n  }\n": types.ViewerFieldsFragmentDoc,
    "\n  query Viewer {\n    viewer {\n      ...ViewerFields\n    }\n  }\n": types.ViewerDocument,
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
    "\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      email\n      organisationName\n      role\n      expiresAt\n    }\n  }\n": types.InvitationPreviewDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      ...ViewerFields\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n": types.ResetPasswordDocument,
    "\n  query People {\n    people {\n      id\n      displayName\n      email\n      role\n      status\n      lastSignInAt\n    }\n    invitations {\n      id\n      email\n      role\n      invitedAt\n      expiresAt\n      expired\n      invitedByName\n    }\n    grantableRoles\n  }\n": types.PeopleDocument,
    "\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      id\n      email\n    }\n  }\n": types.InviteUserDocument,
    "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id)\n  }\n": types.RevokeInvitationDocument,
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
export function graphql(source: "\n  query AuditEntries($filter: AuditEntriesFilter) {\n    auditEntries(filter: $filter) {\n      entries {\n        id\n        seq\n        occurredAt\n        action\n        actorName\n        actorFromAnotherOrganisation\n        subjectType\n        detail\n      }\n      nextBeforeSeq\n    }\n  }\n"): (typeof documents)["\n  query AuditEntries($filter: AuditEntriesFilter) {\n    auditEntries(filter: $filter) {\n      entries {\n        id\n        seq\n        occurredAt\n        action\n        actorName\n        actorFromAnotherOrganisation\n        subjectType\n        detail\n      }\n      nextBeforeSeq\n    }\n  }\n"];
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
export function graphql(source: "\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      email\n      organisationName\n      role\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      email\n      organisationName\n      role\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      ...ViewerFields\n    }\n  }\n"];
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
export function graphql(source: "\n  query People {\n    people {\n      id\n      displayName\n      email\n      role\n      status\n      lastSignInAt\n    }\n    invitations {\n      id\n      email\n      role\n      invitedAt\n      expiresAt\n      expired\n      invitedByName\n    }\n    grantableRoles\n  }\n"): (typeof documents)["\n  query People {\n    people {\n      id\n      displayName\n      email\n      role\n      status\n      lastSignInAt\n    }\n    invitations {\n      id\n      email\n      role\n      invitedAt\n      expiresAt\n      expired\n      invitedByName\n    }\n    grantableRoles\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      id\n      email\n    }\n  }\n"): (typeof documents)["\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      id\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id)\n  }\n"): (typeof documents)["\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id)\n  }\n"];
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