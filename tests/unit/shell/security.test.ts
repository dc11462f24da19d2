import { describe, expect, it } from 'vitest';
import {
  guardedOpenExternal,
  hardenApp,
  hardenSession,
  hardenWebContents,
  type AppLike,
  type SessionLike,
  type WebContentsLike,
} from '../../../electron/shell/security';

type Listener = (...args: never[]) => unknown;

/** A stand-in for Electron's WebContents that records the listeners the shell installs. */
class FakeWebContents {
  readonly listeners = new Map<string, Listener[]>();
  windowOpenHandler: ((details: { url: string }) => { action: 'deny' }) | null = null;
  on(event: string, listener: Listener) {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }) {
    this.windowOpenHandler = handler;
  }
  /** Fires an event the way Electron does; returns whether a listener prevented it. */
  fire(event: string, url = ''): boolean {
    let prevented = false;
    const ev = { url, preventDefault: () => (prevented = true) };
    for (const listener of this.listeners.get(event) ?? []) (listener as (e: typeof ev) => void)(ev);
    return prevented;
  }
}

class FakeSession {
  requestHandler: Parameters<SessionLike['setPermissionRequestHandler']>[0] | null = null;
  checkHandler: Parameters<SessionLike['setPermissionCheckHandler']>[0] | null = null;
  deviceHandler: ((details: unknown) => boolean) | null = null;
  beforeRequest: ((details: { url: string }, callback: (response: { cancel: boolean }) => void) => void) | null = null;
  setPermissionRequestHandler(handler: NonNullable<FakeSession['requestHandler']>) {
    this.requestHandler = handler;
  }
  setPermissionCheckHandler(handler: NonNullable<FakeSession['checkHandler']>) {
    this.checkHandler = handler;
  }
  setDevicePermissionHandler(handler: (details: unknown) => boolean) {
    this.deviceHandler = handler;
  }
  webRequest = {
    onBeforeRequest: (listener: NonNullable<FakeSession['beforeRequest']>) => {
      this.beforeRequest = listener;
    },
  };
  spellCheckerEnabled: boolean | null = null;
  dictionaryUrl = '';
  downloadListener: ((event: { preventDefault(): void }, item: { getURL(): string }) => void) | null = null;
  setSpellCheckerEnabled(enabled: boolean) {
    this.spellCheckerEnabled = enabled;
  }
  setSpellCheckerDictionaryDownloadURL(url: string) {
    this.dictionaryUrl = url;
  }
  on(event: string, listener: NonNullable<FakeSession['downloadListener']>) {
    if (event === 'will-download') this.downloadListener = listener;
  }
  /** Fires will-download as Electron does; returns whether it was cancelled. */
  downloadCancelled(url: string): boolean {
    let prevented = false;
    this.downloadListener?.({ preventDefault: () => (prevented = true) }, { getURL: () => url });
    return prevented;
  }
  cancelled(url: string): boolean {
    let cancel: boolean | undefined;
    this.beforeRequest?.({ url }, (response) => (cancel = response.cancel));
    if (cancel === undefined) throw new Error('callback not called');
    return cancel;
  }
}

function hardenedContents() {
  const contents = new FakeWebContents();
  const opened: string[] = [];
  const internal: string[] = [];
  const logged: string[] = [];
  const targets = { openExternal: (url: string) => opened.push(url), openAppUrl: (url: string) => internal.push(url) };
  hardenWebContents(contents as unknown as WebContentsLike, targets, (line) => logged.push(line));
  return { contents, opened, internal, logged };
}

describe('hardenWebContents', () => {
  it('blocks navigation away from our index page, on every navigation event', () => {
    const { contents, logged } = hardenedContents();
    for (const event of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
      expect(contents.fire(event, 'https://evil.example/'), event).toBe(true);
      expect(contents.fire(event, 'file:///etc/passwd'), event).toBe(true);
      expect(contents.fire(event, 'app://verbalizza/index.html'), event).toBe(false);
    }
    expect(logged.some((line) => line.includes('https://evil.example/'))).toBe(true);
  });

  it('refuses webviews', () => {
    const { contents } = hardenedContents();
    expect(contents.fire('will-attach-webview')).toBe(true);
  });

  it('denies every new window; hands our own URLs to the shell and only an allowlisted mailto: to the OS', () => {
    const { contents, opened, internal } = hardenedContents();
    const handler = contents.windowOpenHandler;
    expect(handler).not.toBeNull();
    expect(handler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(handler?.({ url: 'app://verbalizza/index.html#/chair/m1' })).toEqual({ action: 'deny' });
    expect(handler?.({ url: 'mailto:ufficio@example.it' })).toEqual({ action: 'deny' });
    expect(handler?.({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(opened).toEqual(['mailto:ufficio@example.it']);
    expect(internal).toEqual(['app://verbalizza/index.html#/chair/m1']);
  });
});

describe('hardenApp', () => {
  it('hardens every web contents when it is created', () => {
    let created: ((event: unknown, contents: WebContentsLike) => void) | null = null;
    const app: AppLike = {
      on: (_event, listener) => {
        created = listener;
        return app;
      },
    };
    hardenApp(app, { openExternal: () => {}, openAppUrl: () => {} }, () => {});
    const contents = new FakeWebContents();
    expect(created).not.toBeNull();
    created!({}, contents as unknown as WebContentsLike);
    expect(contents.windowOpenHandler).not.toBeNull();
    expect(contents.fire('will-navigate', 'https://evil.example/')).toBe(true);
  });
});

describe('hardenSession', () => {
  it('denies permission requests and checks, even from our origin', () => {
    const session = new FakeSession();
    hardenSession(session as unknown as SessionLike, () => {});
    const answers: boolean[] = [];
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      session.requestHandler?.({}, permission, (granted) => answers.push(granted), { requestingUrl: 'app://verbalizza/index.html' });
      expect(session.checkHandler?.({}, permission, 'app://verbalizza')).toBe(false);
    }
    expect(answers).toEqual([false, false, false, false, false]);
    expect(session.deviceHandler?.({})).toBe(false);
  });

  it('cancels remote requests and lets our own scheme through', () => {
    const session = new FakeSession();
    hardenSession(session as unknown as SessionLike, () => {});
    expect(session.cancelled('https://fonts.example.com/a.woff2')).toBe(true);
    expect(session.cancelled('http://127.0.0.1:5180/api/bodies.list')).toBe(true);
    expect(session.cancelled('app://verbalizza/assets/index.js')).toBe(false);
  });

  it.each([
    ['linux', false],
    ['win32', false],
    ['darwin', true],
  ] as const)('on %s: spellcheck %s, and any dictionary download goes to our own protocol', (platform, enabled) => {
    const session = new FakeSession();
    hardenSession(session as unknown as SessionLike, () => {}, platform);
    expect(session.spellCheckerEnabled).toBe(enabled);
    expect(session.dictionaryUrl).toBe('app://verbalizza/no-dictionaries/');
    expect(session.cancelled(session.dictionaryUrl + 'it-IT-3-0.bdic')).toBe(false);
  });

  it('cancels every download except the files our page offers', () => {
    const session = new FakeSession();
    const logged: string[] = [];
    hardenSession(session as unknown as SessionLike, (line) => logged.push(line));
    expect(session.downloadCancelled('https://evil.example/setup.exe')).toBe(true);
    expect(session.downloadCancelled('blob:https://evil.example/1')).toBe(true);
    expect(session.downloadCancelled('blob:app://verbalizza/5d1c7f2e-1b8f-4b4e-9a51-6b0d2b8f2c11')).toBe(false);
    expect(logged.join('\n')).toContain('Scaricamento bloccato: https://evil.example/setup.exe');
  });
});

describe('guardedOpenExternal', () => {
  it('opens only allowlisted URLs', async () => {
    const opened: string[] = [];
    const open = guardedOpenExternal(async (url) => {
      opened.push(url);
    }, () => {});
    open('https://example.com');
    open('file:///C:/Windows/System32/calc.exe');
    open('mailto:ufficio@example.it');
    expect(opened).toEqual(['mailto:ufficio@example.it']);
  });
});
