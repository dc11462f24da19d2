import path from 'node:path';
import { app, dialog, ipcMain, Menu, protocol, screen, session, shell, type BrowserWindow } from 'electron';
import type { BackupFile } from '../../shared/api/backups';
import type { MeetingView } from '../../shared/api/contract';
import { userMessage } from '../backend/db/faults';
import { UnusableArchiveError } from '../backend/db/open';
import { backupByName, restoreDatabase } from '../backend/db/restore';
import { ArchiveInUseError } from '../backend/db/writer-lock';
import { withoutPersonalText } from '../backend/log/log-fields';
import { openLog } from '../backend/log/log-file';
import { openBackend, type Backend } from '../backend/services/backend';
import { createAppRequestHandler } from './app-protocol';
import { broadcastMeetingChange } from './change-broadcast';
import { createIpcHandler } from './ipc-guard';
import { menuTemplate, SHORTCUTS_TEXT } from './menu-template';
import { selectNativeBinding } from './native-binding';
import { chairMeetingIdFromUrl, meetingIdFromUrl } from './routes';
import { guardedOpenExternal, hardenApp, hardenSession } from './security';
import { APP_SCHEME, IPC_CHANNEL } from './security-config';
import { createMainWindow, showChairWindow, WindowRegistry } from './windows';

// Bundled to dist/electron/main.cjs: the preload sits beside it, the renderer build in dist/renderer.
const PRELOAD_PATH = path.join(__dirname, 'preload.cjs');
const RENDERER_ROOT = path.join(__dirname, '..', 'renderer');

// Another data folder than Electron's userData (npm run test:electron starts each run on a fresh one). Set first:
// the log, the single-instance lock and Chromium's own profile all live in it.
if (process.env.VERBALIZZA_DATA_DIR) app.setPath('userData', path.resolve(process.env.VERBALIZZA_DATA_DIR));

// The data folder's log, from the first moment: refusals and startup failures happen before the archive is open.
const appLog = openLog(app.getPath('userData'), { program: 'app', console: true });
const log = (message: string): void => {
  console.log(`[verbalizza] ${message}`);
  appLog.warn('shell', { message: withoutPersonalText(message) });
};

// Must happen before 'ready': app:// behaves like an https origin (standard, secure), not like file://.
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
app.enableSandbox();
// Date and time fields read GG/MM/AAAA and 24-hour HH:MM whatever the computer's language: they follow the app's locale.
app.commandLine.appendSwitch('lang', 'it-IT');

let mainWindow: BrowserWindow | null = null;
let chairWindow: BrowserWindow | null = null;
let backend: Backend | null = null;
const windows = new WindowRegistry();
const openExternal = guardedOpenExternal((url) => shell.openExternal(url), log); // eng-disable OPEN_EXTERNAL_JS_CHECK -- only URLs that pass isAllowedExternalUrl (mailto: only), tested in tests/unit/shell/security.test.ts

// One writer per database: a second launch hands over to the first and quits.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  // A target=_blank link to the chair route opens the chair display window, with the shell's own options.
  const openAppUrl = (url: string): void => {
    const meetingId = chairMeetingIdFromUrl(url);
    if (meetingId) showChair(meetingId);
    else log(`Apertura finestra interna ignorata: ${url.slice(0, 200)}`);
  };
  hardenApp(app, { openExternal, openAppUrl }, log);
  app.on('second-instance', focusMainWindow);
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', closeBackend);
  app.whenReady().then(onReady).catch((error: unknown) => fatal('Avvio non riuscito', error));
}

function onReady(): void {
  const dataDir = app.getPath('userData');
  const nativeBinding = selectNativeBinding({ electronVersion: process.versions.electron, abi: process.versions.modules, appRoot: app.getAppPath() });
  try {
    backend = openBackend(dataDir, { writer: 'app', log: appLog, openFolder: (folder) => shell.openPath(folder), ...(nativeBinding ? { nativeBinding } : {}) });
  } catch (error) {
    if (error instanceof ArchiveInUseError) refuseInUse(error);
    else if (error instanceof UnusableArchiveError && error.newestBackup && offerRestore(dataDir, error.message, error.newestBackup)) onReady();
    else fatal(`Impossibile aprire l’archivio in ${dataDir}`, error);
    return;
  }
  appLog.info('app.started', { version: app.getVersion(), electron: process.versions.electron, packaged: app.isPackaged });
  hardenSession(session.defaultSession, log);
  protocol.handle(APP_SCHEME, createAppRequestHandler(RENDERER_ROOT));
  const current = backend;
  ipcMain.handle(IPC_CHANNEL, createIpcHandler((method, input) => current.dispatch(method, input), windows, log));
  current.onMeetingChanged((event) => broadcastMeetingChange(event, windows.all()));
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      menuTemplate({ exportDocx: () => void exportVerbale('docx'), exportPdf: () => void exportVerbale('pdf'), backupNow, openChairDisplay, showShortcuts, showAbout }, process.platform),
    ),
  );
  mainWindow = createMainWindow(PRELOAD_PATH, windows);
  mainWindow.on('closed', () => {
    mainWindow = null;
    chairWindow?.close();
  });
  screen.on('display-added', () => log('Nuovo schermo collegato: riaprire lo schermo presidente per usarlo.'));
}

function focusMainWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

/** The meeting the main window shows, or a message saying to open one. */
function currentMeetingId(action: string): string | null {
  const meetingId = mainWindow ? meetingIdFromUrl(mainWindow.webContents.getURL()) : null;
  if (!meetingId) void info(`${action}: aprire prima una seduta.`);
  return meetingId;
}

/** The two files of the verbale the File menu writes where she chooses: the Word file and the PDF/A to sign and keep. */
const VERBALE_EXPORTS = {
  docx: { action: 'Esporta DOCX', title: 'Esporta il verbale in DOCX', filter: { name: 'Documento Word', extensions: ['docx'] }, method: 'files.saveDocx' },
  pdf: { action: 'Esporta PDF/A', title: 'Esporta il verbale in PDF/A', filter: { name: 'PDF/A', extensions: ['pdf'] }, method: 'files.savePdf' },
} as const;

async function exportVerbale(format: keyof typeof VERBALE_EXPORTS): Promise<void> {
  const { action, title, filter, method } = VERBALE_EXPORTS[format];
  const meetingId = currentMeetingId(action);
  if (!meetingId || !mainWindow || !backend) return;
  const view = await backend.dispatch('meetings.get', { meetingId });
  if (!view.ok) {
    await problem('Esportazione non riuscita', view.error.message);
    return;
  }
  const { meeting } = view.result as MeetingView;
  const choice = await dialog.showSaveDialog(mainWindow, {
    title,
    // The same name the service gives the file (verbale-<data>-rev<n>.docx or .pdf).
    defaultPath: path.join(app.getPath('documents'), `verbale-${meeting.date}-rev${meeting.revision}.${format}`),
    buttonLabel: 'Esporta',
    filters: [{ name: filter.name, extensions: [...filter.extensions] }],
    properties: ['showOverwriteConfirmation', 'createDirectory'],
  });
  if (choice.canceled || !choice.filePath || !backend) return;
  const outputPath = choice.filePath.toLowerCase().endsWith(`.${format}`) ? choice.filePath : `${choice.filePath}.${format}`;
  const response = await backend.dispatch(method, { meetingId, outputPath });
  if (response.ok) await info(`Verbale esportato in ${outputPath}`);
  else await problem('Esportazione non riuscita', response.error.message);
}

function backupNow(): void {
  if (!backend) return;
  try {
    void info(`Backup creato: ${backend.backupNow()}`);
  } catch (error) {
    void problem('Backup non riuscito', error instanceof Error ? error.message : String(error));
  }
}

function openChairDisplay(): void {
  const meetingId = currentMeetingId('Schermo presidente');
  if (meetingId) showChair(meetingId);
}

function showChair(meetingId: string): void {
  const reused = chairWindow !== null && !chairWindow.isDestroyed();
  chairWindow = showChairWindow(chairWindow, meetingId, PRELOAD_PATH, windows);
  if (!reused) chairWindow.once('closed', () => (chairWindow = null));
}

function showShortcuts(): void {
  void info(SHORTCUTS_TEXT, 'Scorciatoie da tastiera');
}

function showAbout(): void {
  void info(`Verbalizza ${app.getVersion()}\nVerbali dell’Assemblea dei Sindaci, scritti durante la seduta.\nDati in: ${app.getPath('userData')}`, 'Informazioni');
}

/** The backup on quit, then the database closed: synchronous, so it completes before the process exits. */
function closeBackend(): void {
  if (!backend) return;
  const closing = backend;
  backend = null;
  try {
    log(`Backup all’uscita: ${closing.backupNow()}`);
  } catch (error) {
    log(`Backup all’uscita non riuscito: ${error instanceof Error ? error.message : String(error)}`);
  }
  closing.close();
}

async function info(message: string, title = 'Verbalizza'): Promise<void> {
  const options = { type: 'info' as const, title, message, buttons: ['OK'] };
  await (mainWindow ? dialog.showMessageBox(mainWindow, options) : dialog.showMessageBox(options));
}

async function problem(title: string, message: string): Promise<void> {
  const options = { type: 'error' as const, title, message: title, detail: message, buttons: ['OK'] };
  await (mainWindow ? dialog.showMessageBox(mainWindow, options) : dialog.showMessageBox(options));
}

/** Another program (browser mode, a CLI import) writes to the same data folder: say who, and quit. */
function refuseInUse(error: ArchiveInUseError): void {
  dialog.showErrorBox('Verbalizza: archivio già aperto', error.message);
  app.quit();
}

/** The archive is empty or damaged: offers to restore its newest good backup (the current file is set aside). True once restored. */
function offerRestore(dataDir: string, why: string, backup: BackupFile): boolean {
  const choice = dialog.showMessageBoxSync({
    type: 'error',
    title: 'Verbalizza',
    message: 'L’archivio non si può aprire',
    detail: `${why}\n\nRipristinare questa copia? L’archivio attuale viene accantonato nella cartella dei dati, non cancellato.`,
    buttons: ['Ripristina la copia più recente', 'Esci'],
    defaultId: 0,
    cancelId: 1,
  });
  if (choice !== 0) return false;
  restoreDatabase(dataDir, backupByName(dataDir, backup.fileName));
  return true;
}

function fatal(what: string, error: unknown): void {
  appLog.error('startup.failed', error);
  dialog.showErrorBox('Verbalizza', `${what}.\n\n${userMessage(error)}`);
  app.quit();
}
