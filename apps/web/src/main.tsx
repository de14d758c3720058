import './js-enabled.js';
import './styles.scss';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { signInAgain } from '@liaise/web-auth';
import { createApolloClient } from './apollo-client.js';
import { App, routes } from './app.js';
import { i18n } from './i18n.js';

const container = document.getElementById('root');
if (container === null) throw new Error('index.html has no element with id "root".');

const router = createBrowserRouter(routes);
// When the session ends, the person signs in again and comes back to the page they were on.
const client = createApolloClient({ onSessionEnded: (apollo) => signInAgain(router, apollo) });

createRoot(container).render(
  <StrictMode>
    <App router={router} client={client} i18n={i18n} />
  </StrictMode>,
);
