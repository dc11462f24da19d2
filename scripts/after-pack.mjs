// electron-builder afterPack hook: flips Electron's fuses in the packaged binary, before signing.
// Fuses are build-time switches baked into the executable: they cannot be turned back on at run time.
import path from 'node:path';
import { flipFuses, FuseV1Options, FuseVersion } from '@electron/fuses';

/** Every fuse is set explicitly: strictlyRequireAllFuses makes a new fuse in a future Electron fail the build until decided. */
export function fuseConfig(platformName) {
  return {
    version: FuseVersion.V1,
    strictlyRequireAllFuses: true,
    // The packaged binary must never run as a plain Node.js (ELECTRON_RUN_AS_NODE).
    [FuseV1Options.RunAsNode]: false,
    // Cookies and other on-disk Chromium data are encrypted with an OS key.
    [FuseV1Options.EnableCookieEncryption]: true,
    // NODE_OPTIONS cannot inject code into the app.
    [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
    // --inspect and friends cannot attach a debugger to the main process.
    [FuseV1Options.EnableNodeCliInspectArguments]: false,
    // app.asar is checked against the hash embedded at packaging (macOS and Windows; ignored on Linux).
    [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
    // The app code loads only from app.asar, never from a planted app/ folder beside it.
    [FuseV1Options.OnlyLoadAppFromAsar]: true,
    // Off: we ship no custom browser-process V8 snapshot.
    [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
    // We serve the UI from app://, so file:// gets no extra privileges.
    [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
    // Kept on (Electron's default): WebAssembly trap handlers are a performance feature with no security cost.
    [FuseV1Options.WasmTrapHandlers]: true,
    // Flipping fuses breaks the ad-hoc signature of macOS (arm64) binaries: re-sign ad hoc; the real signature comes after.
    resetAdHocDarwinSignature: platformName === 'darwin' || platformName === 'mas',
  };
}

/** Path of the packaged Electron executable, the way electron-builder names it for each platform. */
export function packagedExecutable(context) {
  const { appOutDir, electronPlatformName, packager } = context;
  const ext = { darwin: '.app', mas: '.app', win32: '.exe', linux: '' }[electronPlatformName];
  if (ext === undefined) throw new Error(`Piattaforma non prevista per i fuse: ${electronPlatformName}`);
  const name = electronPlatformName === 'linux' ? packager.executableName : packager.appInfo.productFilename;
  return path.join(appOutDir, `${name}${ext}`);
}

export async function afterPack(context) {
  const executable = packagedExecutable(context);
  const flipped = await flipFuses(executable, fuseConfig(context.electronPlatformName));
  console.log(`Fuse di Electron impostati in ${executable} (${flipped} modificati)`);
}

export default afterPack;
