/**
 * The one Content-Security-Policy of the renderer, wherever it is served: the app:// protocol (Electron),
 * the browser-mode server (both as a response header) and the <meta> tag of renderer/index.html, which
 * must carry exactly this text (tests/unit/shell/csp.test.ts compares them).
 * 'unsafe-inline' for styles only: React writes style attributes; no inline script is allowed.
 * frame-ancestors is honoured only in the header; in the meta tag browsers ignore it.
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
