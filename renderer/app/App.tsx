import { useEffect, useState } from 'react';
import { BackupBanner } from '../components/BackupBanner';
import { ErrorBanner } from '../components/ErrorBanner';
import { HelpPanel } from '../components/HelpPanel';
import { RestoreDialog } from '../components/RestoreDialog';
import { SaveStatus } from '../components/SaveStatus';
import { BodyScreen } from '../screens/BodyScreen';
import { ChairScreen } from '../screens/ChairScreen';
import { CloseScreen } from '../screens/CloseScreen';
import { HomeScreen } from '../screens/HomeScreen';
import { LiveScreen } from '../screens/LiveScreen';
import { RevisionScreen } from '../screens/RevisionScreen';
import { SetupScreen } from '../screens/SetupScreen';
import { useStatus } from '../store/status';
import { href, useRoute, type Route } from './router';

export function App() {
  const route = useRoute();
  const [helpOpen, setHelpOpen] = useState(false);
  const [restoreOpen, setRestoreOpen] = useState(false);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.code === 'F1' || (event.altKey && event.code === 'KeyH')) {
        event.preventDefault();
        setHelpOpen((open) => !open);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  // A new screen starts without the previous screen's error.
  useEffect(() => useStatus.getState().clearError(), [route.name]);

  if (route.name === 'chair') return <ChairScreen meetingId={route.meetingId} />;

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Vai al contenuto
      </a>
      <header className="app-bar">
        <a className="app-bar__brand" href={href({ name: 'home' })}>
          Verbalizza
        </a>
        <nav aria-label="Principale" className="app-bar__nav">
          <a href={href({ name: 'home' })}>Archivio e organi</a>
        </nav>
        <SaveStatus />
        <button type="button" className="button--quiet" onClick={() => setRestoreOpen(true)}>
          Ripristina da una copia di sicurezza
        </button>
        <button type="button" className="button--quiet" onClick={() => setHelpOpen(true)}>
          Scorciatoie <kbd>F1</kbd>
        </button>
      </header>
      <ErrorBanner />
      <BackupBanner onRestore={() => setRestoreOpen(true)} />
      <main id="main" className="app-main">
        <Screen route={route} />
      </main>
      {helpOpen && <HelpPanel onClose={() => setHelpOpen(false)} />}
      {restoreOpen && <RestoreDialog onClose={() => setRestoreOpen(false)} />}
    </div>
  );
}

function Screen({ route }: { route: Route }) {
  switch (route.name) {
    case 'home':
      return <HomeScreen />;
    case 'newBody':
      return <BodyScreen key="new" bodyId={null} />;
    case 'body':
      return <BodyScreen key={route.bodyId} bodyId={route.bodyId} />;
    case 'setup':
      return <SetupScreen key={route.meetingId} meetingId={route.meetingId} />;
    case 'live':
      return <LiveScreen key={route.meetingId} meetingId={route.meetingId} entryId={route.entryId} />;
    case 'close':
      return <CloseScreen key={route.meetingId} meetingId={route.meetingId} />;
    case 'revision':
      return <RevisionScreen key={`${route.meetingId}/${route.revision}`} meetingId={route.meetingId} revision={route.revision} />;
    case 'chair':
      return null;
    case 'notFound':
      return (
        <section>
          <h1>Pagina non trovata</h1>
          <p>
            L&apos;indirizzo «{route.path}» non corrisponde a nessuna schermata. <a href={href({ name: 'home' })}>Torna all&apos;archivio</a>.
          </p>
        </section>
      );
  }
}
