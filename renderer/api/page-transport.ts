import { httpTransport, ipcTransport, type Transport, type VerbalizzaBridge } from './transport';

declare global {
  interface Window {
    verbalizza?: VerbalizzaBridge;
  }
}

export function readPageToken(doc: Document): string {
  return doc.querySelector<HTMLMetaElement>('meta[name="verbalizza-token"]')?.content ?? '';
}

/** IPC when running inside Electron, HTTP otherwise. */
export function defaultTransport(): Transport {
  if (window.verbalizza) return ipcTransport(window.verbalizza);
  return httpTransport(readPageToken(document));
}
