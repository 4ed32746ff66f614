import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import 'dkfds-dist/css/dkfds.min.css';
import './app/app.css';
import { App } from './app/App';
import { resumeSession } from './auth/browser-session';

// A reload keeps the person signed in: the cookie gives a new access token, quietly.
void resumeSession();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
