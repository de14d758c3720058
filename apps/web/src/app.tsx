import { AUDIT_PATH, AuditPage } from '@liaise/web-audit';
import { CHANGE_PASSWORD_PATH, ChangePasswordPage } from '@liaise/web-auth';
import { PLATFORM_ORGANISATIONS_PATH, PlatformOrganisationsPage } from '@liaise/web-organisations';
import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import type { i18n as I18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import type { DataRouter, RouteObject } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import {
  ACCOUNT_PATH,
  AccountPage,
  HOME_PATH,
  RequireSignIn,
  SECOND_FACTOR_PATH,
  SecondFactorPage,
  SET_UP_AUTHENTICATOR_PATH,
  SetUpAuthenticatorPage,
  SIGN_IN_PATH,
  SIGN_OUT_EVERYWHERE_PATH,
  SignInPage,
  SignOutEverywherePage,
} from '@liaise/web-auth';
import {
  CHANGE_ROLE_PATH,
  ChangeRolePage,
  DISABLE_PERSON_PATH,
  ENABLE_PERSON_PATH,
  FORGOT_PASSWORD_PATH,
  ForgotPasswordPage,
  INVITE_PATH,
  InvitePage,
  JOIN_PATH,
  JoinPage,
  PEOPLE_PATH,
  PeoplePage,
  PersonStatusPage,
  RESET_PASSWORD_PATH,
  ResetPasswordPage,
} from '@liaise/web-people';
import { ORGANISATION_EDIT_PATH, ORGANISATION_PATH, OrganisationEditPage, OrganisationPage } from '@liaise/web-organisations';
import {
  CHANGE_PARTNERSHIP_STATUS_PATH,
  PARTNERSHIP_AGREEMENT_PATH,
  PARTNERSHIP_PATH,
  PartnershipAgreementPage,
  PartnershipPage,
  PARTNERSHIPS_PATH,
  PartnershipsPage,
  PartnershipStatusChangePage,
  PROPOSE_PARTNERSHIP_PATH,
  ProposePartnershipPage,
  RESPOND_TO_PARTNERSHIP_PATH,
  RespondToPartnershipPage,
} from '@liaise/web-partnerships';
import {
  INVITATION_PATH,
  InvitationPage,
  INVITATIONS_PATH,
  InvitationsPage,
  WITHDRAW_ACCEPTANCE_PATH,
  WithdrawAcceptancePage,
} from '@liaise/web-invitations';
import {
  ATTENDANCE_PATH,
  AttendancePage,
  NAMED_OFFICERS_PATH,
  NamedOfficersPage,
  CHECKLIST_ITEMS_PATH,
  ChecklistItemsPage,
  DetailsStepPage,
  NEW_OPERATION_PATH,
  OPERATION_ACTION_PATH,
  OPERATION_PATH,
  OPERATION_STEP_PATH,
  OperationActionPage,
  OperationPage,
  OPERATIONS_PATH,
  OperationsPage,
  OperationStepPage,
  RELEASE_DETAILS_PATH,
  ReleaseDetailsPage,
  WITHDRAW_INVITATION_PATH,
  WithdrawInvitationPage,
} from '@liaise/web-operations';
import { AccessibilityStatementPage, StartPage } from '@liaise/web-service';
import {
  ADD_TRAINING_PATH,
  EDIT_TRAINING_PATH,
  PEOPLE_TRAINING_PATH,
  PeopleTrainingPage,
  PERSON_TRAINING_PATH,
  PersonTrainingPage,
  REMOVE_TRAINING_PATH,
  RemoveTrainingRecordPage,
  TRAINING_PATH,
  TrainingPage,
  TrainingRecordFormPage,
} from '@liaise/web-training';
import { LinkProvider } from '@liaise/web-ui';
import { NOTIFICATION_PREFERENCES_PATH, NOTIFICATIONS_PATH, NotificationPreferencesPage, NotificationsPage } from '@liaise/web-notifications';
import { AppLayout } from './layout.js';
import { HomePage } from './pages/home-page.js';
import { NotFoundPage } from './pages/not-found-page.js';
import { ProblemPage, StandaloneProblemPage } from './pages/problem-page.js';
import { RouterLink } from './router-link.js';

/**
 * The app's routes: every page inside the layout; an error while rendering a page shows the problem page
 * inside the layout too. The signed-in person's pages are inside RequireSignIn, which sends anyone else to
 * the sign-in page. Tests can mount them with `createMemoryRouter(routes, { initialEntries })`.
 */
export const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    errorElement: <StandaloneProblemPage />,
    children: [
      {
        errorElement: <ProblemPage />,
        children: [
          { index: true, element: <StartPage /> },
          { path: 'accessibility', element: <AccessibilityStatementPage /> },
          { path: SIGN_IN_PATH, element: <SignInPage /> },
          { path: SECOND_FACTOR_PATH, element: <SecondFactorPage /> },
          { path: SET_UP_AUTHENTICATOR_PATH, element: <SetUpAuthenticatorPage /> },
          { path: JOIN_PATH, element: <JoinPage /> },
          { path: FORGOT_PASSWORD_PATH, element: <ForgotPasswordPage /> },
          { path: RESET_PASSWORD_PATH, element: <ResetPasswordPage /> },
          {
            element: <RequireSignIn />,
            children: [
              { path: HOME_PATH, element: <HomePage /> },
              { path: ACCOUNT_PATH, element: <AccountPage /> },
              { path: SIGN_OUT_EVERYWHERE_PATH, element: <SignOutEverywherePage /> },
              { path: PEOPLE_PATH, element: <PeoplePage /> },
              { path: AUDIT_PATH, element: <AuditPage /> },
              { path: CHANGE_PASSWORD_PATH, element: <ChangePasswordPage /> },
              { path: PLATFORM_ORGANISATIONS_PATH, element: <PlatformOrganisationsPage /> },
              { path: INVITE_PATH, element: <InvitePage /> },
              { path: CHANGE_ROLE_PATH, element: <ChangeRolePage /> },
              { path: DISABLE_PERSON_PATH, element: <PersonStatusPage action="disable" /> },
              { path: ENABLE_PERSON_PATH, element: <PersonStatusPage action="enable" /> },
              { path: ORGANISATION_PATH, element: <OrganisationPage /> },
              { path: ORGANISATION_EDIT_PATH, element: <OrganisationEditPage /> },
              { path: PARTNERSHIPS_PATH, element: <PartnershipsPage /> },
              { path: PROPOSE_PARTNERSHIP_PATH, element: <ProposePartnershipPage /> },
              { path: PARTNERSHIP_PATH, element: <PartnershipPage /> },
              { path: RESPOND_TO_PARTNERSHIP_PATH, element: <RespondToPartnershipPage /> },
              { path: PARTNERSHIP_AGREEMENT_PATH, element: <PartnershipAgreementPage /> },
              { path: CHANGE_PARTNERSHIP_STATUS_PATH, element: <PartnershipStatusChangePage /> },
              { path: TRAINING_PATH, element: <TrainingPage /> },
              { path: ADD_TRAINING_PATH, element: <TrainingRecordFormPage /> },
              { path: EDIT_TRAINING_PATH, element: <TrainingRecordFormPage /> },
              { path: REMOVE_TRAINING_PATH, element: <RemoveTrainingRecordPage /> },
              { path: PEOPLE_TRAINING_PATH, element: <PeopleTrainingPage /> },
              { path: PERSON_TRAINING_PATH, element: <PersonTrainingPage /> },
              { path: OPERATIONS_PATH, element: <OperationsPage /> },
              { path: NEW_OPERATION_PATH, element: <DetailsStepPage /> },
              { path: CHECKLIST_ITEMS_PATH, element: <ChecklistItemsPage /> },
              { path: OPERATION_PATH, element: <OperationPage /> },
              { path: OPERATION_STEP_PATH, element: <OperationStepPage /> },
              { path: OPERATION_ACTION_PATH, element: <OperationActionPage /> },
              { path: RELEASE_DETAILS_PATH, element: <ReleaseDetailsPage /> },
              { path: ATTENDANCE_PATH, element: <AttendancePage /> },
              { path: NAMED_OFFICERS_PATH, element: <NamedOfficersPage /> },
              { path: WITHDRAW_INVITATION_PATH, element: <WithdrawInvitationPage /> },
              { path: INVITATIONS_PATH, element: <InvitationsPage /> },
              { path: INVITATION_PATH, element: <InvitationPage /> },
              { path: WITHDRAW_ACCEPTANCE_PATH, element: <WithdrawAcceptancePage /> },
              { path: NOTIFICATIONS_PATH, element: <NotificationsPage /> },
              { path: NOTIFICATION_PREFERENCES_PATH, element: <NotificationPreferencesPage /> },
            ],
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];

export interface AppProps {
  readonly router: DataRouter;
  readonly client: ApolloClient;
  readonly i18n: I18n;
}

/** The providers around the router: text, GraphQL, and router links for the UI components. */
export function App({ router, client, i18n }: AppProps) {
  return (
    <I18nextProvider i18n={i18n}>
      <ApolloProvider client={client}>
        <LinkProvider component={RouterLink}>
          <RouterProvider router={router} />
        </LinkProvider>
      </ApolloProvider>
    </I18nextProvider>
  );
}
