/** Renderer entry: styles, persistent storage, and the React root. */
import './styles/main.scss';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { requestPersistentStorage } from './db/database.ts';

document.body.classList.add('js-enabled', 'govuk-frontend-supported');
// Ask once at start-up; the browser may decline, and the app works either way.
void requestPersistentStorage().catch(() => false);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
