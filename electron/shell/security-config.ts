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

/** The one IPC channel; the preload exposes nothing else. */
export const IPC_CHANNEL = 'verbalizza:call';

/**
 * Content-Security-Policy sent as a response header by the app:// handler.
 * It matches the renderer's <meta> tag; both apply, so the stricter wins.
 * 'unsafe-inline' for styles only: React writes style attributes; no inline script is allowed.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "frame-src 'none'",
  "worker-src 'none'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

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
  safeDialogs: true;
  disableBlinkFeatures: string;
  enableBlinkFeatures?: never;
}

/** webPreferences for every window of the app: the Electron checklist, item by item. */
export function secureWebPreferences(preloadPath: string, options: { spellcheck?: boolean } = {}): SecureWebPreferences {
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
    spellcheck: options.spellcheck ?? true,
    safeDialogs: true,
    // Auxclick can open links in new windows with the middle button.
    disableBlinkFeatures: 'Auxclick',
  };
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
