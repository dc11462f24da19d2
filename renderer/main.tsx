import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { defaultTransport } from './api/page-transport';
import { App } from './app/App';
import { connect } from './store/connection';
import { followMeetingChanges } from './store/follow';
import './styles/app.css';

connect(defaultTransport());
followMeetingChanges();
const root = document.getElementById('root');
if (!root) throw new Error('Elemento #root mancante in index.html');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
