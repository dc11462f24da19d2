import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { menuTemplate, type MenuActions } from '../../../electron/shell/menu-template';

function recordingActions() {
  const called: string[] = [];
  const actions: MenuActions = {
    exportDocx: () => called.push('exportDocx'),
    exportPdf: () => called.push('exportPdf'),
    backupNow: () => called.push('backupNow'),
    openChairDisplay: () => called.push('openChairDisplay'),
    showShortcuts: () => called.push('showShortcuts'),
    showAbout: () => called.push('showAbout'),
  };
  return { called, actions };
}

function submenu(template: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions[] {
  const menu = template.find((item) => item.label === label);
  expect(menu, `menu ${label}`).toBeDefined();
  return (menu?.submenu ?? []) as MenuItemConstructorOptions[];
}

const labels = (items: MenuItemConstructorOptions[]) => items.filter((item) => item.type !== 'separator').map((item) => item.label);

describe('menuTemplate', () => {
  it('is the Italian menu of the issue on Windows and Linux', () => {
    const { actions } = recordingActions();
    const template = menuTemplate(actions, 'linux');
    expect(template.map((item) => item.label)).toEqual(['File', 'Modifica', 'Visualizza', 'Aiuto']);
    expect(labels(submenu(template, 'File'))).toEqual(['Esporta DOCX…', 'Esporta PDF/A…', 'Backup', 'Esci']);
    expect(labels(submenu(template, 'Modifica'))).toEqual(['Annulla', 'Ripeti', 'Taglia', 'Copia', 'Incolla', 'Seleziona tutto']);
    expect(labels(submenu(template, 'Visualizza'))).toEqual(['Schermo presidente', 'Dimensione reale', 'Ingrandisci', 'Riduci', 'Schermo intero']);
    expect(labels(submenu(template, 'Aiuto'))).toEqual(['Scorciatoie da tastiera', 'Informazioni']);
  });

  it('wires each custom item to its action', () => {
    const { called, actions } = recordingActions();
    const template = menuTemplate(actions, 'win32');
    for (const menu of template) {
      for (const item of (menu.submenu ?? []) as MenuItemConstructorOptions[]) {
        (item.click as (() => void) | undefined)?.();
      }
    }
    expect(called).toEqual(['exportDocx', 'exportPdf', 'backupNow', 'openChairDisplay', 'showShortcuts', 'showAbout']);
  });

  it('adds the application menu on macOS', () => {
    const { actions } = recordingActions();
    const template = menuTemplate(actions, 'darwin');
    expect(template[0]?.label).toBe('Verbalizza');
    expect(labels(submenu(template, 'Verbalizza'))).toContain('Esci da Verbalizza');
  });
});
