import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { electronBinaryRelativePath, selectNativeBinding, unpackedAsarPath } from '../../../electron/shell/native-binding';

describe('selectNativeBinding', () => {
  it('leaves Node (tests, CLI, browser mode) on better-sqlite3’s own build', () => {
    expect(selectNativeBinding({ electronVersion: undefined, abi: process.versions.modules, appRoot: '/repo' })).toBeUndefined();
  });

  it('gives Electron the build for its own ABI, apart from the Node build', () => {
    const selected = selectNativeBinding({ electronVersion: '41.7.1', abi: '145', appRoot: '/repo' });
    expect(selected).toBe(path.join('/repo', 'native', 'electron-145', 'better_sqlite3.node'));
    expect(selected).not.toContain(path.join('better-sqlite3', 'build'));
  });

  it('loads from app.asar.unpacked in a packaged app', () => {
    const appRoot = path.join('/opt', 'Verbalizza', 'resources', 'app.asar');
    expect(selectNativeBinding({ electronVersion: '41.7.1', abi: '145', appRoot })).toBe(
      path.join('/opt', 'Verbalizza', 'resources', 'app.asar.unpacked', 'native', 'electron-145', 'better_sqlite3.node'),
    );
  });

  it('rewrites only a whole app.asar path segment', () => {
    expect(unpackedAsarPath('C:\\Programmi\\Verbalizza\\resources\\app.asar\\native\\x.node')).toBe('C:\\Programmi\\Verbalizza\\resources\\app.asar.unpacked\\native\\x.node');
    expect(unpackedAsarPath('/home/me/my-app.asar-notes/x.node')).toBe('/home/me/my-app.asar-notes/x.node');
    expect(electronBinaryRelativePath('145')).toBe(path.join('native', 'electron-145', 'better_sqlite3.node'));
  });
});
