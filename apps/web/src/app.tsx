import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import type { i18n as I18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import type { DataRouter, RouteObject } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { AccessibilityStatementPage, StartPage } from '@liaise/web-service';
import { LinkProvider } from '@liaise/web-ui';
import { AppLayout } from './layout.js';
import { NotFoundPage } from './pages/not-found-page.js';
import { ProblemPage, StandaloneProblemPage } from './pages/problem-page.js';
import { RouterLink } from './router-link.js';

/**
 * The app's routes: every page inside the layout; an error while rendering a page shows the problem page
 * inside the layout too. Tests can mount them with `createMemoryRouter(routes, { initialEntries })`.
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
