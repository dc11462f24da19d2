import type { App, Session, WebContents } from 'electron';
import {
  isAllowedDownload,
  isAllowedExternalUrl,
  isAppUrl,
  isAllowedNavigation,
  isAllowedRequest,
  permissionDecision,
  SPELLCHECK_DICTIONARY_URL,
  spellcheckEnabled,
} from './security-config';

/**
 * Applies the security policy of security-config.ts to the running app: the one place where
 * sessions and web contents are locked down (docs/SECURITY.md maps each checklist item here).
 * Only type imports from Electron: main.ts passes the real objects, tests pass fakes with the same shapes.
 */

export type Log = (message: string) => void;

interface PreventableEvent {
  preventDefault(): void;
}

interface NavigationEvent extends PreventableEvent {
  url: string;
}

/** The parts of Electron's WebContents we touch. */
export interface WebContentsLike {
  on(event: 'will-navigate', listener: (event: NavigationEvent) => void): unknown;
  on(event: 'will-frame-navigate', listener: (event: NavigationEvent) => void): unknown;
  on(event: 'will-redirect', listener: (event: NavigationEvent) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

/** The parts of Electron's Session we touch. */
export interface SessionLike {
  setPermissionRequestHandler(handler: (webContents: unknown, permission: string, callback: (granted: boolean) => void, details: { requestingUrl?: string }) => void): void;
  setPermissionCheckHandler(handler: (webContents: unknown, permission: string, requestingOrigin: string) => boolean): void;
  setDevicePermissionHandler(handler: (details: unknown) => boolean): void;
  webRequest: {
    onBeforeRequest(listener: (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void): void;
  };
  setSpellCheckerEnabled(enabled: boolean): void;
  setSpellCheckerDictionaryDownloadURL(url: string): void;
  on(event: 'will-download', listener: (event: PreventableEvent, item: { getURL(): string }) => void): unknown;
}

export interface AppLike {
  on(event: 'web-contents-created', listener: (event: unknown, contents: WebContentsLike) => void): unknown;
}

/**
 * Permissions: every request and check is refused, whatever the origin. No remote request, no dictionary
 * download (spellcheck only where the OS does it: spellcheckEnabled), no download but the page's own files.
 */
export function hardenSession(session: SessionLike, log: Log, platform: string = process.platform): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    const granted = permissionDecision(permission, details.requestingUrl ?? '');
    if (!granted) log(`Permesso rifiutato: ${permission}`);
    callback(granted);
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) => permissionDecision(permission, requestingOrigin));
  session.setDevicePermissionHandler(() => false);
  // No remote content: anything but app://verbalizza, data:, blob: and DevTools is cancelled.
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequest(details.url);
    if (!allowed) log(`Richiesta bloccata: ${details.url.slice(0, 200)}`);
    callback({ cancel: !allowed });
  });
  session.setSpellCheckerEnabled(spellcheckEnabled(platform));
  session.setSpellCheckerDictionaryDownloadURL(SPELLCHECK_DICTIONARY_URL);
  session.on('will-download', (event, item) => {
    if (isAllowedDownload(item.getURL())) return;
    event.preventDefault();
    log(`Scaricamento bloccato: ${item.getURL().slice(0, 200)}`);
  });
}

/** Where a denied window.open goes instead: our own URLs to the shell (e.g. the chair display), mailto: to the OS. */
export interface OpenTargets {
  openExternal(url: string): void;
  openAppUrl(url: string): void;
}

/**
 * Navigation, new windows and webviews, for every web contents the app creates.
 * window.open and target=_blank are always denied: the page never creates a window itself.
 * An app:// URL is handed to the shell, which opens its own window with its own options;
 * an allowlisted mailto: link is handed to the OS; anything else is dropped.
 */
export function hardenWebContents(contents: WebContentsLike, targets: OpenTargets, log: Log): void {
  const blockNavigation = (event: NavigationEvent): void => {
    if (isAllowedNavigation(event.url)) return;
    event.preventDefault();
    log(`Navigazione bloccata: ${event.url.slice(0, 200)}`);
  };
  contents.on('will-navigate', blockNavigation);
  contents.on('will-frame-navigate', blockNavigation);
  contents.on('will-redirect', blockNavigation);
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    log('Webview rifiutata');
  });
  contents.setWindowOpenHandler(({ url }) => {
    if (isAppUrl(url)) targets.openAppUrl(url);
    else if (isAllowedExternalUrl(url)) targets.openExternal(url); // eng-disable OPEN_EXTERNAL_JS_CHECK -- only after isAllowedExternalUrl (mailto: only), tested in security.test.ts
    else log(`Apertura finestra rifiutata: ${url.slice(0, 200)}`);
    return { action: 'deny' };
  });
}

/** Hooks every web contents at creation, before it can load anything. */
export function hardenApp(app: AppLike, targets: OpenTargets, log: Log): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, targets, log));
}

/** shell.openExternal behind the allowlist: the only way a URL leaves the app. */
export function guardedOpenExternal(openExternal: (url: string) => Promise<void>, log: Log): (url: string) => void {
  return (url) => {
    if (!isAllowedExternalUrl(url)) {
      log(`Apertura esterna rifiutata: ${url.slice(0, 200)}`);
      return;
    }
    openExternal(url).catch((error: unknown) => log(`Apertura esterna non riuscita: ${String(error)}`));
  };
}

// Compile-time proof that the real Electron objects fit the shapes above (no runtime cost).
export type ElectronFits = [
  WebContents extends WebContentsLike ? true : never,
  Session extends SessionLike ? true : never,
  App extends AppLike ? true : never,
];
export const ELECTRON_FITS: ElectronFits = [true, true, true];
