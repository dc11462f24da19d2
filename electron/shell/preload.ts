import { contextBridge, ipcRenderer } from 'electron';
import { buildBridgeApi } from './preload-api';

// Sandboxed preload: bundled to CJS by esbuild (scripts/build-electron.mjs), it may require only 'electron'.
// ipcRenderer itself is never exposed: the page gets one function per contract method.
contextBridge.exposeInMainWorld('verbalizza', {
  api: buildBridgeApi((channel, methodName, input) => ipcRenderer.invoke(channel, methodName, input)),
});
