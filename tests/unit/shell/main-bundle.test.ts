import { existsSync, readdirSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { builtinModules, createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isPageMethod, methodNames } from '../../../shared/api/contract';
import { CONTENT_SECURITY_POLICY } from '../../../electron/backend/content-security-policy';
import { bundleElectron } from '../../../scripts/build-electron.mjs';
import { exampleMeetingText } from '../storage/helpers';

/**
 * The real bundles (esbuild, as `npm start` builds them), run with a recording stand-in for the
 * 'electron' module: the Electron binary is not needed, everything else is real (SQLite file, dispatcher, files).
 */

let base: string;
let bundle: { main: string; preload: string };

beforeAll(async () => {
  base = await mkdtemp(path.join(tmpdir(), 'verbalizza-bundle-'));
  bundle = await bundleElectron({ outDir: path.join(base, 'dist', 'electron') });
  await mkdir(path.join(base, 'dist', 'renderer'), { recursive: true });
  await writeFile(path.join(base, 'dist', 'renderer', 'index.html'), '<!doctype html><title>Verbalizza</title>');
});

afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

/**
 * Runs a CommonJS bundle with `electron` replaced by a stand-in; other requires are real and resolve
 * from the project's node_modules, as they do for dist/electron/main.cjs in the checkout.
 */
function runBundle(file: string, code: string, electron: unknown): void {
  const realRequire = createRequire(path.resolve('package.json'));
  const fakeRequire = (id: string) => (id === 'electron' ? electron : realRequire(id));
  const module = { exports: {} };
  new Function('require', 'module', 'exports', '__dirname', '__filename', code)(fakeRequire, module, module.exports, path.dirname(file), file);
}

function requiredModules(code: string): string[] {
  return [...new Set([...code.matchAll(/\brequire\(["']([^"']+)["']\)/g)].map((match) => match[1] ?? ''))];
}

describe('preload bundle', () => {
  it('requires nothing but electron (a sandboxed preload cannot)', async () => {
    const code = await readFile(bundle.preload, 'utf8');
    expect(requiredModules(code)).toEqual(['electron']);
  });

  it('exposes window.verbalizza: api with exactly the contract methods open to pages over one invoke channel, and subscribe', async () => {
    const code = await readFile(bundle.preload, 'utf8');
    const exposed = new Map<string, unknown>();
    const invoked: unknown[][] = [];
    const listening: [string, (event: unknown, payload: unknown) => void][] = [];
    runBundle(bundle.preload, code, {
      contextBridge: { exposeInMainWorld: (key: string, value: unknown) => exposed.set(key, value) },
      ipcRenderer: {
        invoke: async (...args: unknown[]) => {
          invoked.push(args);
          return { ok: true, result: 42 };
        },
        on: (channel: string, listener: (event: unknown, payload: unknown) => void) => listening.push([channel, listener]),
        removeListener: () => {},
      },
    });
    expect([...exposed.keys()]).toEqual(['verbalizza']);
    const bridge = exposed.get('verbalizza') as {
      api: Record<string, (input: unknown) => Promise<unknown>>;
      subscribe: (listener: (event: unknown) => void) => () => void;
    };
    expect(Object.keys(bridge)).toEqual(['api', 'subscribe']);
    const heard: unknown[] = [];
    bridge.subscribe((event) => heard.push(event));
    expect(listening.map(([channel]) => channel)).toEqual(['verbalizza:changed']);
    listening[0]![1]({ sender: {} }, { meetingId: 'm1', version: 2 });
    expect(heard).toEqual([{ meetingId: 'm1', version: 2 }]);
    expect(Object.keys(bridge.api).sort()).toEqual(methodNames.filter(isPageMethod).sort());
    expect(bridge.api).not.toHaveProperty('files.saveDocx');
    await expect(bridge.api['bodies.list']?.({})).resolves.toEqual({ ok: true, result: 42 });
    expect(invoked).toEqual([['verbalizza:call', 'bodies.list', {}]]);
  });
});

describe('main bundle', () => {
  // pdfkit stays a package of its own: it reads its sRGB profile and font metrics from files beside its code.
  it('requires only electron, better-sqlite3, pdfkit and Node built-ins', async () => {
    const code = await readFile(bundle.main, 'utf8');
    const builtins = new Set(builtinModules);
    const others = requiredModules(code).filter((id) => !id.startsWith('node:') && !builtins.has(id));
    expect(others.sort()).toEqual(['better-sqlite3', 'electron', 'pdfkit']);
  });

  it('quits at once when another instance holds the lock', async () => {
    const fake = fakeElectron({ lock: false, dataDir: path.join(base, 'unused') });
    runBundle(bundle.main, await readFile(bundle.main, 'utf8'), fake.electron);
    expect(fake.record.quit).toBe(1);
    expect(fake.record.appEvents).not.toContain('web-contents-created');
    expect(existsSync(path.join(base, 'unused'))).toBe(false);
  });

  it('starts hardened: app:// privileged, sandbox, guarded IPC on a real database, secure window, backup on quit', async () => {
    const dataDir = path.join(base, 'userData');
    const fake = fakeElectron({ lock: true, dataDir });
    runBundle(bundle.main, await readFile(bundle.main, 'utf8'), fake.electron);

    expect(fake.record.schemes).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
    expect(fake.record.sandbox).toBe(true);
    // Native date and time fields in Italian form (GG/MM/AAAA, 24 hours) whatever the OS language.
    expect(fake.record.switches).toContainEqual(['lang', 'it-IT']);
    expect(fake.record.appEvents).toEqual(expect.arrayContaining(['web-contents-created', 'second-instance', 'window-all-closed', 'will-quit']));

    fake.ready();
    await fake.whenReadyDone();

    // Session locked down, app:// served with the CSP header.
    expect(fake.record.permissionRequestHandler).toBe(true);
    expect(fake.record.permissionCheckHandler).toBe(true);
    const handler = fake.record.protocolHandlers.get('app');
    const response = await handler?.(new Request('app://verbalizza/index.html'));
    expect(response?.status).toBe(200);
    expect(response?.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);

    // No dictionary download (spellcheck off on Linux, the download URL on our own protocol), no foreign download.
    expect(fake.record.spellChecker).toEqual({ enabled: process.platform === 'darwin', dictionaryUrl: 'app://verbalizza/no-dictionaries/' });
    expect(fake.download('https://evil.example/setup.exe')).toBe(true);
    expect(fake.download('blob:app://verbalizza/5d1c7f2e-1b8f-4b4e-9a51-6b0d2b8f2c11')).toBe(false);

    // One window, loaded from app://, with the secure webPreferences and the bundled preload.
    expect(fake.record.windows).toHaveLength(1);
    const window = fake.record.windows[0]!;
    expect(window.url).toBe('app://verbalizza/index.html');
    expect(window.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      preload: path.join(path.dirname(bundle.main), 'preload.cjs'),
      // The fake app is packaged: DevTools are off.
      devTools: false,
    });

    // The IPC channel answers our window from the real SQLite database, and refuses strangers.
    const ipc = fake.record.ipcHandlers.get('verbalizza:call');
    expect(ipc).toBeDefined();
    const ours = { sender: { id: window.webContentsId }, senderFrame: { url: 'app://verbalizza/index.html#/', parent: null } };
    await expect(ipc?.(ours, 'bodies.list', {})).resolves.toEqual({ ok: true, result: [] });
    const stranger = { sender: { id: 999 }, senderFrame: { url: 'https://evil.example/', parent: null } };
    await expect(ipc?.(stranger, 'bodies.list', {})).resolves.toMatchObject({ ok: false, error: { kind: 'unauthorized' } });
    expect(existsSync(path.join(dataDir, 'verbalizza.sqlite'))).toBe(true);

    // A committed meeting write reaches our window as a change event (id and version), refusals do not.
    await expect(ipc?.(ours, 'meetings.addItem', { meetingId: 'nessuna', title: 'Bilancio' })).resolves.toMatchObject({ ok: false });
    expect(window.sent).toEqual([]);
    await expect(ipc?.(ours, 'files.importJson', { content: exampleMeetingText() })).resolves.toMatchObject({ ok: true });
    expect(window.sent).toEqual([['verbalizza:changed', { meetingId: 's-2025-03-05', version: 1 }]]);

    // The Italian menu is installed.
    expect(fake.record.menuLabels).toEqual(['File', 'Modifica', 'Visualizza', 'Aiuto']);

    // Quit: a backup is written and the database closed.
    const backupsBefore = existsSync(path.join(dataDir, 'backups')) ? readdirSync(path.join(dataDir, 'backups')).length : 0;
    fake.emitApp('will-quit');
    expect(readdirSync(path.join(dataDir, 'backups')).length).toBe(backupsBefore + 1);
  });
});

type Handler = (...args: never[]) => unknown;

interface FakeWindowRecord {
  options: { webPreferences?: Record<string, unknown> };
  url: string;
  webContentsId: number;
  /** What the main process sent to the window (webContents.send). */
  sent: unknown[][];
}

/** A recording stand-in for the parts of the 'electron' module main.ts uses. */
function fakeElectron(options: { lock: boolean; dataDir: string }) {
  let nextId = 1;
  let resolveReady: () => void = () => {};
  const readyPromise = new Promise<void>((resolve) => (resolveReady = resolve));
  const appListeners = new Map<string, Handler[]>();
  const record = {
    quit: 0,
    sandbox: false,
    switches: [] as [string, string][],
    schemes: [] as unknown[],
    appEvents: [] as string[],
    permissionRequestHandler: false,
    permissionCheckHandler: false,
    spellChecker: { enabled: null as boolean | null, dictionaryUrl: '' },
    downloadListeners: [] as Handler[],
    protocolHandlers: new Map<string, (request: Request) => Promise<Response>>(),
    ipcHandlers: new Map<string, (...args: unknown[]) => Promise<unknown>>(),
    windows: [] as FakeWindowRecord[],
    menuLabels: [] as unknown[],
  };

  class WebContents {
    readonly id = nextId++;
    url = '';
    readonly sent: unknown[][] = [];
    send(...args: unknown[]) {
      this.sent.push(args);
    }
    isDestroyed() {
      return false;
    }
    on() {
      return this;
    }
    setWindowOpenHandler() {}
    getURL() {
      return this.url;
    }
  }

  class BrowserWindow {
    readonly webContents = new WebContents();
    private readonly entry: FakeWindowRecord;
    constructor(windowOptions: FakeWindowRecord['options']) {
      this.entry = { options: windowOptions, url: '', webContentsId: this.webContents.id, sent: this.webContents.sent };
      record.windows.push(this.entry);
    }
    once() {
      return this;
    }
    on() {
      return this;
    }
    async loadURL(url: string) {
      this.entry.url = url;
      this.webContents.url = url;
    }
    show() {}
    showInactive() {}
    isDestroyed() {
      return false;
    }
  }

  const electron = {
    app: {
      requestSingleInstanceLock: () => options.lock,
      quit: () => (record.quit += 1),
      enableSandbox: () => (record.sandbox = true),
      commandLine: { appendSwitch: (name: string, value: string) => record.switches.push([name, value]) },
      on: (event: string, listener: Handler) => {
        record.appEvents.push(event);
        appListeners.set(event, [...(appListeners.get(event) ?? []), listener]);
      },
      whenReady: () => readyPromise,
      getPath: () => options.dataDir,
      getAppPath: () => base,
      getVersion: () => '0.1.0',
      isPackaged: true,
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => record.schemes.push(...schemes),
      handle: (scheme: string, handler: (request: Request) => Promise<Response>) => record.protocolHandlers.set(scheme, handler),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: () => (record.permissionRequestHandler = true),
        setPermissionCheckHandler: () => (record.permissionCheckHandler = true),
        setDevicePermissionHandler: () => {},
        webRequest: { onBeforeRequest: () => {} },
        setSpellCheckerEnabled: (enabled: boolean) => (record.spellChecker.enabled = enabled),
        setSpellCheckerDictionaryDownloadURL: (url: string) => (record.spellChecker.dictionaryUrl = url),
        on: (event: string, listener: Handler) => {
          if (event === 'will-download') record.downloadListeners.push(listener);
        },
      },
    },
    ipcMain: { handle: (channel: string, handler: (...args: unknown[]) => Promise<unknown>) => record.ipcHandlers.set(channel, handler) },
    Menu: {
      buildFromTemplate: (template: { label?: string }[]) => template,
      setApplicationMenu: (menu: { label?: string }[]) => (record.menuLabels = menu.map((item) => item.label)),
    },
    screen: { on: () => {}, getAllDisplays: () => [], getPrimaryDisplay: () => null },
    dialog: { showErrorBox: (title: string, message: string) => { throw new Error(`${title}: ${message}`); }, showMessageBox: async () => ({ response: 0 }) },
    shell: { openExternal: async () => {} },
    BrowserWindow,
  };

  return {
    electron,
    record,
    ready: () => resolveReady(),
    /** Fires will-download for a URL as Electron does; returns whether the download was cancelled. */
    download: (url: string): boolean => {
      let prevented = false;
      const event = { preventDefault: () => (prevented = true) };
      for (const listener of record.downloadListeners) (listener as (e: typeof event, item: { getURL(): string }) => void)(event, { getURL: () => url });
      return prevented;
    },
    /** whenReady().then(onReady) has run once the promise chain has settled. */
    whenReadyDone: async () => {
      await readyPromise;
      await new Promise((resolve) => setTimeout(resolve, 0));
    },
    emitApp: (event: string) => {
      for (const listener of appListeners.get(event) ?? []) (listener as () => void)();
    },
  };
}
