import { app, BrowserWindow, screen } from 'electron';
import type { ChangeRecipient } from './change-broadcast';
import { chairPlacement } from './displays';
import type { WindowAccess } from './ipc-guard';
import { chairUrl } from './routes';
import { APP_INDEX_URL, secureWebPreferences, spellcheckEnabled } from './security-config';

/** Registry of our windows by webContents id with their IPC access, read by the IPC guard and the change broadcast. */
export class WindowRegistry {
  private readonly windows = new Map<number, ChangeRecipient>();

  /** Registers a window, or changes the access of one already registered (the chair display shown on another meeting). */
  set(window: BrowserWindow, access: WindowAccess): void {
    const id = window.webContents.id;
    if (!this.windows.has(id)) window.once('closed', () => this.windows.delete(id));
    this.windows.set(id, { access, webContents: window.webContents });
  }

  get(webContentsId: number): WindowAccess | undefined {
    return this.windows.get(webContentsId)?.access;
  }

  /** Our windows, for the change broadcast. */
  all(): ChangeRecipient[] {
    return [...this.windows.values()];
  }
}

export function createMainWindow(preloadPath: string, registry: WindowRegistry): BrowserWindow {
  const window = new BrowserWindow({
    width: 1360,
    height: 860,
    minWidth: 960,
    minHeight: 640,
    title: 'Verbalizza',
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      ...secureWebPreferences(preloadPath, { spellcheck: spellcheckEnabled(process.platform), devTools: !app.isPackaged }),
      // Repeated literally so that the static check (npm run test:security) sees them at the call site.
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      disableBlinkFeatures: 'Auxclick',
    },
  });
  registry.set(window, { kind: 'full' });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_INDEX_URL);
  return window;
}

/**
 * The chair display: full screen on an external display when there is one, bound to one meeting (its IPC
 * access allows only reads of that meeting), showing the renderer's #/chair/<id> route, which follows it live.
 */
export function showChairWindow(existing: BrowserWindow | null, meetingId: string, preloadPath: string, registry: WindowRegistry): BrowserWindow {
  if (existing && !existing.isDestroyed()) {
    registry.set(existing, { kind: 'chair', meetingId });
    void existing.loadURL(chairUrl(meetingId));
    existing.showInactive();
    return existing;
  }
  const placement = chairPlacement(screen.getAllDisplays(), screen.getPrimaryDisplay());
  const window = new BrowserWindow({
    ...placement.bounds,
    fullscreen: placement.fullscreen,
    title: 'Verbalizza — Schermo presidente',
    autoHideMenuBar: true,
    show: false,
    backgroundColor: '#000000',
    webPreferences: {
      ...secureWebPreferences(preloadPath, { spellcheck: false, devTools: !app.isPackaged }),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      disableBlinkFeatures: 'Auxclick',
    },
  });
  registry.set(window, { kind: 'chair', meetingId });
  // Shown without taking the focus: the minute-taker keeps typing in the main window.
  window.once('ready-to-show', () => window.showInactive());
  void window.loadURL(chairUrl(meetingId));
  return window;
}
