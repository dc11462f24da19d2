import { contextBridge, ipcRenderer } from 'electron';
import { buildBridgeApi, buildSubscribe } from './preload-api';

// Sandboxed preload: bundled to CJS by esbuild (scripts/build-electron.mjs), it may require only 'electron'.
// ipcRenderer itself is never exposed: the page gets one function per contract method and the change subscription.
contextBridge.exposeInMainWorld('verbalizza', {
  api: buildBridgeApi((channel, methodName, input) => ipcRenderer.invoke(channel, methodName, input)),
  subscribe: buildSubscribe(ipcRenderer),
});
