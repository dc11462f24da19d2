import type { MenuItemConstructorOptions } from 'electron';

/** What the menu asks the shell to do; main.ts provides the implementations. */
export interface MenuActions {
  exportDocx(): void;
  exportPdf(): void;
  backupNow(): void;
  openChairDisplay(): void;
  showShortcuts(): void;
  showAbout(): void;
}

/**
 * The Italian application menu. Editing items use Electron roles (they act on the focused
 * field), with Italian labels because role labels follow the OS language, not ours.
 */
export function menuTemplate(actions: MenuActions, platform: NodeJS.Platform): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [];
  if (isMac) {
    template.push({
      label: 'Verbalizza',
      submenu: [
        { label: 'Informazioni su Verbalizza', click: () => actions.showAbout() },
        { type: 'separator' },
        { role: 'hide', label: 'Nascondi Verbalizza' },
        { role: 'hideOthers', label: 'Nascondi altre' },
        { role: 'unhide', label: 'Mostra tutte' },
        { type: 'separator' },
        { role: 'quit', label: 'Esci da Verbalizza' },
      ],
    });
  }
  template.push(
    {
      label: 'File',
      submenu: [
        { label: 'Esporta DOCX…', accelerator: 'CmdOrCtrl+E', click: () => actions.exportDocx() },
        { label: 'Esporta PDF/A…', accelerator: 'CmdOrCtrl+Shift+E', click: () => actions.exportPdf() },
        { label: 'Backup', accelerator: 'CmdOrCtrl+Shift+B', click: () => actions.backupNow() },
        { type: 'separator' },
        isMac ? { role: 'close', label: 'Chiudi finestra' } : { role: 'quit', label: 'Esci', accelerator: 'Ctrl+Q' },
      ],
    },
    {
      label: 'Modifica',
      submenu: [
        { role: 'undo', label: 'Annulla' },
        { role: 'redo', label: 'Ripeti' },
        { type: 'separator' },
        { role: 'cut', label: 'Taglia' },
        { role: 'copy', label: 'Copia' },
        { role: 'paste', label: 'Incolla' },
        { role: 'selectAll', label: 'Seleziona tutto' },
      ],
    },
    {
      label: 'Visualizza',
      submenu: [
        { label: 'Schermo presidente', accelerator: 'CmdOrCtrl+Shift+P', click: () => actions.openChairDisplay() },
        { type: 'separator' },
        { role: 'resetZoom', label: 'Dimensione reale' },
        { role: 'zoomIn', label: 'Ingrandisci' },
        { role: 'zoomOut', label: 'Riduci' },
        { type: 'separator' },
        { role: 'togglefullscreen', label: 'Schermo intero' },
      ],
    },
    {
      label: 'Aiuto',
      submenu: [
        { label: 'Scorciatoie da tastiera', click: () => actions.showShortcuts() },
        { label: 'Informazioni', click: () => actions.showAbout() },
      ],
    },
  );
  return template;
}

/** The text of Aiuto › Scorciatoie: the menu's own accelerators, written for people. */
export const SHORTCUTS_TEXT = [
  'Ctrl+E (⌘E su Mac): esporta il verbale in DOCX',
  'Ctrl+Maiusc+B: backup del database',
  'Ctrl+Maiusc+P: apre lo schermo del presidente',
  'Ctrl+Z / Ctrl+Y: annulla / ripeti nel campo di testo',
  'Ctrl+più / Ctrl+meno / Ctrl+0: zoom',
].join('\n');
