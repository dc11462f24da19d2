import { CONTENT_SECURITY_POLICY } from '../backend/content-security-policy';

/**
 * The security policy of the Electron shell as plain data and pure functions.
 * No Electron import here: everything is unit-tested without the Electron binary,
 * and electron/shell/security.ts applies it to the real app, sessions and windows.
 */

/** Our own origin: the renderer is only ever served from app://verbalizza/. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'verbalizza';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

/** The one IPC channel for calls; the preload exposes nothing else but the subscription below. */
export const IPC_CHANNEL = 'verbalizza:call';
/** The one channel the main process sends on: a meeting's change event (meetingId and version). */
export const CHANGE_CHANNEL = 'verbalizza:changed';

/** Headers added to every app:// response. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** The subset of Electron's WebPreferences we set; kept structural so it is testable. */
export interface SecureWebPreferences {
  preload: string;
  contextIsolation: true;
  sandbox: true;
  nodeIntegration: false;
  nodeIntegrationInWorker: false;
  nodeIntegrationInSubFrames: false;
  webSecurity: true;
  allowRunningInsecureContent: false;
  experimentalFeatures: false;
  webviewTag: false;
  navigateOnDragDrop: false;
  spellcheck: boolean;
  devTools: boolean;
  safeDialogs: true;
  disableBlinkFeatures: string;
  enableBlinkFeatures?: never;
}

export interface WindowOptions {
  spellcheck: boolean;
  /** Off in packaged builds (!app.isPackaged): DevTools would let anyone at the keyboard call the API freely. */
  devTools: boolean;
}

/** webPreferences for every window of the app: the Electron checklist, item by item. */
export function secureWebPreferences(preloadPath: string, options: WindowOptions): SecureWebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: options.spellcheck,
    devTools: options.devTools,
    safeDialogs: true,
    // Auxclick can open links in new windows with the middle button.
    disableBlinkFeatures: 'Auxclick',
  };
}

/**
 * Spellcheck only where the operating system's own checker does it (macOS: the user's languages, Italian
 * included, and no download). Elsewhere Chromium would fetch Hunspell dictionaries from a Google CDN: it
 * stays off there, and the download URL points at our own protocol, which serves no dictionary.
 */
export function spellcheckEnabled(platform: string): boolean {
  return platform === 'darwin';
}

export const SPELLCHECK_DICTIONARY_URL = `${APP_ORIGIN}/no-dictionaries/`;

/**
 * Downloads: only the files the page itself offers (the exported DOCX and JSON, as blob: URLs of our
 * origin, saved where the user chooses in Electron's save dialog). Any other download is cancelled.
 */
export function isAllowedDownload(url: string): boolean {
  return url.startsWith(`blob:${APP_ORIGIN}/`);
}

/**
 * Navigation is never allowed: the renderer uses hash routes, which do not fire
 * will-navigate. A reload of our own index page is the only full navigation we accept.
 */
export function isAllowedNavigation(url: string): boolean {
  const parsed = safeUrl(url);
  if (!parsed) return false;
  return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && (parsed.pathname === '/' || parsed.pathname === '/index.html');
}

/** Whether a URL belongs to our app:// origin (any path). */
export function isAppUrl(url: string): boolean {
  const parsed = safeUrl(url);
  return parsed !== null && parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
}

/**
 * shell.openExternal allowlist. Only mailto: (the "Informazioni" page may show a support
 * address); never http(s), file, smb or custom schemes, which can run code on the OS.
 */
export const EXTERNAL_SCHEMES: readonly string[] = ['mailto:'];

export function isAllowedExternalUrl(url: string): boolean {
  const parsed = safeUrl(url);
  if (!parsed) return false;
  if (!EXTERNAL_SCHEMES.includes(parsed.protocol)) return false;
  // A mailto: with an address only: no headers that could attach files on some mail clients.
  return parsed.protocol !== 'mailto:' || (/^[^@\s?]+@[^@\s?]+$/.test(parsed.pathname) && parsed.search === '');
}

/**
 * Network requests the session lets through: our own scheme, inline data, and DevTools.
 * Everything else (http, https, ws, file, ftp ...) is cancelled: the app loads no remote content.
 */
export function isAllowedRequest(url: string): boolean {
  const parsed = safeUrl(url);
  if (!parsed) return false;
  if (parsed.protocol === `${APP_SCHEME}:`) return parsed.host === APP_HOST;
  return parsed.protocol === 'data:' || parsed.protocol === 'blob:' || parsed.protocol === 'devtools:';
}

/** No permission is ever granted: the app needs no camera, microphone, notifications, geolocation ... */
export function permissionDecision(_permission: string, _requestingUrl: string): boolean {
  return false;
}

function safeUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}
