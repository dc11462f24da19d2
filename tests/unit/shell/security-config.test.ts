import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../electron/backend/content-security-policy';
import {
  isAllowedDownload,
  isAllowedExternalUrl,
  isAllowedNavigation,
  isAllowedRequest,
  permissionDecision,
  secureWebPreferences,
  spellcheckEnabled,
} from '../../../electron/shell/security-config';

describe('secureWebPreferences', () => {
  const prefs = secureWebPreferences('/app/dist/electron/preload.cjs', { spellcheck: true, devTools: false });

  it('isolates, sandboxes and keeps Node out of the renderer', () => {
    expect(prefs).toMatchObject({
      preload: '/app/dist/electron/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
    });
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
    expect(prefs.disableBlinkFeatures).toContain('Auxclick');
  });

  it('passes devTools and spellcheck through as asked (windows.ts: devTools only when not packaged)', () => {
    expect(secureWebPreferences('/p', { spellcheck: false, devTools: true })).toMatchObject({ spellcheck: false, devTools: true });
    expect(prefs).toMatchObject({ spellcheck: true, devTools: false });
  });
});

describe('spellcheckEnabled', () => {
  it('is on only where the OS checker works without downloading dictionaries', () => {
    expect(spellcheckEnabled('darwin')).toBe(true);
    expect(spellcheckEnabled('linux')).toBe(false);
    expect(spellcheckEnabled('win32')).toBe(false);
  });
});

describe('isAllowedDownload', () => {
  it('lets through only the files our page offers as blob: URLs', () => {
    expect(isAllowedDownload('blob:app://verbalizza/6f1c2a40-0000-4000-8000-000000000000')).toBe(true);
    for (const url of ['https://evil.example/x.exe', 'blob:https://evil.example/1', 'blob:app://verbalizza.evil/1', 'data:text/plain,x', 'file:///etc/passwd', 'app://verbalizza/index.html']) {
      expect(isAllowedDownload(url)).toBe(false);
    }
  });
});

describe('CONTENT_SECURITY_POLICY', () => {
  const directives = new Map(
    CONTENT_SECURITY_POLICY.split(';').map((part) => {
      const [name, ...values] = part.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );

  it('denies by default and allows scripts from our origin only', () => {
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('never allows eval, inline script or a remote host', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|https?:|\*/);
    expect(directives.get('script-src')).not.toContain("'unsafe-inline'");
  });
});

describe('isAllowedNavigation', () => {
  it.each(['app://verbalizza/index.html', 'app://verbalizza/', 'app://verbalizza/index.html#/meeting/abc'])('accepts our index page %s', (url) => {
    expect(isAllowedNavigation(url)).toBe(true);
  });

  it.each([
    'https://example.com/',
    'http://127.0.0.1:5180/',
    'file:///etc/passwd',
    'app://other/index.html',
    'app://verbalizza/evil.html',
    'javascript:alert(1)',
    'not a url',
  ])('refuses %s', (url) => {
    expect(isAllowedNavigation(url)).toBe(false);
  });
});

describe('isAllowedExternalUrl (shell.openExternal allowlist)', () => {
  it('accepts a plain mailto: address', () => {
    expect(isAllowedExternalUrl('mailto:ufficio.piano@example.it')).toBe(true);
  });

  it.each([
    'https://example.com',
    'http://example.com',
    'file:///C:/Windows/System32/calc.exe',
    'smb://server/share',
    'ms-msdt:/id PCWDiagnostic',
    'vbscript:msgbox',
    'mailto:a@b.it?attach=/etc/passwd',
    'mailto:',
    'garbage',
  ])('refuses %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(false);
  });
});

describe('isAllowedRequest (no remote content)', () => {
  it.each(['app://verbalizza/assets/index.js', 'data:image/png;base64,AAAA', 'devtools://devtools/bundled/inspector.html'])('lets %s through', (url) => {
    expect(isAllowedRequest(url)).toBe(true);
  });

  it.each(['https://cdn.example.com/x.js', 'http://localhost:5173/', 'ws://127.0.0.1:9222', 'file:///etc/hosts', 'app://evil/x.js'])('cancels %s', (url) => {
    expect(isAllowedRequest(url)).toBe(false);
  });
});

describe('permissionDecision', () => {
  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen'])('refuses %s even for our origin', (permission) => {
    expect(permissionDecision(permission, 'app://verbalizza/index.html')).toBe(false);
  });
});
