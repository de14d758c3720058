import './styles.scss';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { createApolloClient } from './apollo-client.js';
import { App, routes } from './app.js';
import { i18n } from './i18n.js';

const container = document.getElementById('root');
if (container === null) throw new Error('index.html has no element with id "root".');

createRoot(container).render(
  <StrictMode>
    <App router={createBrowserRouter(routes)} client={createApolloClient()} i18n={i18n} />
  </StrictMode>,
);
