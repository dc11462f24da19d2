import { httpTransport, ipcTransport, takeSignInToken, type Transport, type VerbalizzaBridge } from './transport';

declare global {
  interface Window {
    verbalizza?: VerbalizzaBridge;
  }
}

/** IPC when running inside Electron, HTTP otherwise. */
export function defaultTransport(): Transport {
  if (window.verbalizza) return ipcTransport(window.verbalizza);
  return httpTransport(takeSignInToken(window.location, window.history));
}
