import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { FuseState, FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { afterPack, fuseConfig, packagedExecutable } from '../../../scripts/after-pack.mjs';
import {
  cleanBuildEnv,
  electronAbi,
  electronBinaryPath,
  electronVersion,
  ensureElectronNative,
  locateElectron,
  nodeGypArgs,
  readModuleAbi,
  verifyAbi,
} from '../../../scripts/build-electron.mjs';

const NODE_BUILD = path.resolve('node_modules/better-sqlite3/build/Release/better_sqlite3.node');
let base: string;

beforeAll(async () => {
  base = await mkdtemp(path.join(tmpdir(), 'verbalizza-build-'));
});

afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

describe('the Electron build of better-sqlite3', () => {
  it('knows Electron’s version and ABI without its binary', () => {
    expect(electronVersion()).toBe('41.7.1');
    expect(electronAbi()).toBe('145');
  });

  it('reads the ABI a native addon was built for, from the binary itself', () => {
    expect(readModuleAbi(NODE_BUILD)).toBe(process.versions.modules);
  });

  it('refuses the Node build where Electron’s is expected (the nodedir trap)', () => {
    expect(() => verifyAbi(NODE_BUILD, '145')).toThrow(/ABI 115.*Electron richiede l’ABI 145/);
    expect(() => verifyAbi(NODE_BUILD, process.versions.modules)).not.toThrow();
  });

  it('drops every npm nodedir setting from the build environment, whatever its case', () => {
    const env = cleanBuildEnv({ PATH: '/usr/bin', npm_config_nodedir: '/usr', NPM_CONFIG_NODEDIR: '/usr', npm_config_target: '20.0.0', HOME: '/root' });
    expect(env).toEqual({ PATH: '/usr/bin', HOME: '/root' });
  });

  it('names the target explicitly in node-gyp’s arguments', () => {
    const args = nodeGypArgs('rebuild', { version: '41.7.1', devdir: '/cache/electron-gyp', platform: 'linux', arch: 'x64' });
    expect(args).toEqual(
      expect.arrayContaining(['rebuild', '--target=41.7.1', '--runtime=electron', '--dist-url=https://electronjs.org/headers', '--devdir=/cache/electron-gyp', `--nodedir=${path.join('/cache/electron-gyp', '41.7.1')}`]),
    );
    // On Windows an explicit nodedir makes node-gyp look for node.lib in the wrong place: the devdir is used alone.
    expect(nodeGypArgs('rebuild', { version: '41.7.1', devdir: 'C:\\cache', platform: 'win32', arch: 'x64' }).some((arg) => arg.startsWith('--nodedir'))).toBe(false);
    expect(nodeGypArgs('install', { version: '41.7.1', devdir: '/c', platform: 'linux' })).not.toContain('--runtime=electron');
  });

  it('keeps its build apart from the Node build', () => {
    expect(electronBinaryPath('/repo', '145')).toBe(path.join('/repo', 'native', 'electron-145', 'better_sqlite3.node'));
  });

  async function fakeRoot(name: string, binary: Buffer | null): Promise<string> {
    const root = path.join(base, name);
    await mkdir(path.join(root, 'node_modules', 'electron'), { recursive: true });
    await writeFile(path.join(root, 'node_modules', 'electron', 'package.json'), JSON.stringify({ version: '41.7.1' }));
    await writeFile(path.join(root, 'node_modules', 'electron', 'abi_version'), '145');
    if (binary) {
      await mkdir(path.join(root, 'native', 'electron-145'), { recursive: true });
      await writeFile(path.join(root, 'native', 'electron-145', 'better_sqlite3.node'), binary);
    }
    return root;
  }

  it('uses an existing build of the right ABI without rebuilding', async () => {
    const root = await fakeRoot('right-abi', Buffer.from('\x7fELF...node_register_module_v145...'));
    const logged: string[] = [];
    expect(ensureElectronNative({ root, log: (line) => logged.push(line) })).toBe(path.join(root, 'native', 'electron-145', 'better_sqlite3.node'));
    expect(logged).toEqual([]);
  });

  it('refuses an existing build of the wrong ABI with a clear message', async () => {
    const root = await fakeRoot('wrong-abi', null);
    await mkdir(path.join(root, 'native', 'electron-145'), { recursive: true });
    await copyFile(NODE_BUILD, path.join(root, 'native', 'electron-145', 'better_sqlite3.node'));
    expect(() => ensureElectronNative({ root, log: () => {} })).toThrow(/Cancellare la cartella native\//);
  });
});

describe('npm start and npm run test:electron without Electron’s binary', () => {
  const electronInstalled = locateElectron().ok;

  it.skipIf(electronInstalled)('fails at once with a clear Italian message, before building anything', async () => {
    const failure = await promisify(execFile)(process.execPath, ['scripts/start-electron.mjs']).then(
      () => null,
      (error: { code: number; stderr: string; stdout: string }) => error,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toContain('Impossibile avviare Verbalizza: il programma Electron non è installato');
    expect(failure?.stderr).toContain('npm run start:web');
    expect(failure?.stdout).not.toContain('vite');
  });

  it.skipIf(electronInstalled)('test:electron stops at once, non-zero, saying in Italian and English how to get the binary', async () => {
    const failure = await promisify(execFile)(process.execPath, ['scripts/test-electron.mjs']).then(
      () => null,
      (error: { code: number; stderr: string; stdout: string }) => error,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toContain('il programma Electron non è installato');
    expect(failure?.stderr).toContain('Electron’s binary is not installed');
    expect(failure?.stderr).toContain('node node_modules/electron/install.js');
    expect(failure?.stdout).toBe('');
  });
});

describe('fuses (electron-builder afterPack)', () => {
  it('sets every fuse explicitly, the dangerous ones off', () => {
    const config = fuseConfig('win32') as unknown as Record<number, boolean> & { strictlyRequireAllFuses: boolean };
    expect(config.strictlyRequireAllFuses).toBe(true);
    const numericKeys = Object.values(FuseV1Options).filter((value): value is number => typeof value === 'number');
    for (const key of numericKeys) expect(typeof config[key], FuseV1Options[key]).toBe('boolean');
    expect(config[FuseV1Options.RunAsNode]).toBe(false);
    expect(config[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(false);
    expect(config[FuseV1Options.EnableNodeCliInspectArguments]).toBe(false);
    expect(config[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(false);
    expect(config[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(true);
    expect(config[FuseV1Options.OnlyLoadAppFromAsar]).toBe(true);
    expect(config[FuseV1Options.EnableCookieEncryption]).toBe(true);
  });

  it('finds the packaged executable on each platform', () => {
    const packager = { executableName: 'verbalizza', appInfo: { productFilename: 'Verbalizza' } };
    expect(packagedExecutable({ appOutDir: '/out', electronPlatformName: 'linux', packager })).toBe(path.join('/out', 'verbalizza'));
    expect(packagedExecutable({ appOutDir: '/out', electronPlatformName: 'win32', packager })).toBe(path.join('/out', 'Verbalizza.exe'));
    expect(packagedExecutable({ appOutDir: '/out', electronPlatformName: 'darwin', packager })).toBe(path.join('/out', 'Verbalizza.app'));
  });

  /** A file with a fuse wire like Electron's: sentinel, version 1, length, one byte per fuse ('1' on, '0' off). */
  async function fakeExecutable(dir: string, fuseCount: number): Promise<void> {
    await mkdir(dir, { recursive: true });
    const wire = Buffer.alloc(fuseCount, FuseState.ENABLE);
    const bytes = Buffer.concat([Buffer.from('ELF-prefix'), Buffer.from('dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'), Buffer.from([1, fuseCount]), wire, Buffer.from('suffix')]);
    await writeFile(path.join(dir, 'verbalizza'), bytes);
  }

  it('flips the fuses in the packaged binary', async () => {
    const appOutDir = path.join(base, 'linux-unpacked');
    await fakeExecutable(appOutDir, 9);
    await afterPack({ appOutDir, electronPlatformName: 'linux', packager: { executableName: 'verbalizza', appInfo: { productFilename: 'Verbalizza' } } });
    const wire = (await getCurrentFuseWire(path.join(appOutDir, 'verbalizza'))) as unknown as Record<number, number>;
    expect(wire[FuseV1Options.RunAsNode]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.EnableNodeCliInspectArguments]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(FuseState.ENABLE);
    expect(wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(FuseState.ENABLE);
  });

  it('fails the build when Electron adds a fuse nobody decided on', async () => {
    const appOutDir = path.join(base, 'future-electron');
    await fakeExecutable(appOutDir, 10);
    await expect(
      afterPack({ appOutDir, electronPlatformName: 'linux', packager: { executableName: 'verbalizza', appInfo: { productFilename: 'Verbalizza' } } }),
    ).rejects.toThrow(/strictlyRequireAllFuses/);
  });
});

describe('electron-builder.yml', () => {
  it('is valid for electron-builder and describes the installers of the issue', async () => {
    // electron-builder's own loader and schema validation (app-builder-lib, pinned with electron-builder).
    const { getConfig, validateConfiguration } = createRequire(path.resolve('package.json'))('app-builder-lib/out/util/config/config.js');
    const { DebugLogger } = createRequire(path.resolve('package.json'))('builder-util');
    const config = await getConfig(path.resolve('.'), 'electron-builder.yml', null);
    await validateConfiguration(config, new DebugLogger(false));
    expect(config).toMatchObject({
      appId: 'it.verbalizza.app',
      productName: 'Verbalizza',
      asar: true,
      asarUnpack: ['**/*.node'],
      npmRebuild: false,
      afterPack: './scripts/after-pack.mjs',
      nsis: { perMachine: false, allowElevation: false },
      icon: 'resources/icon.png',
    });
    // The loader normalises the list to [{ filter: [...] }].
    expect(config.files[0].filter).toEqual(expect.arrayContaining(['dist/electron/**', 'dist/renderer/**', 'package.json', 'native/**']));
    expect(JSON.stringify(config.win.target)).toContain('nsis');
    expect(JSON.stringify(config.mac.target)).toContain('dmg');
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
  });

  it('points at a 512×512 PNG icon', async () => {
    const png = await readFile(path.resolve('resources/icon.png'));
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([512, 512]);
  });
});
