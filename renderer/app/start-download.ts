import { useState } from 'react';
import type { ExportedFile } from '../../shared/api/contract';
import { fileDownload } from '../lib/download';

/** How long a download's address stays valid after it started (the browser reads it at once). */
const REVOKE_AFTER_MS = 60_000;

/** Saves a file the Node side sent at once (the browser downloads it); gives the name it was saved under. */
export function startDownload(file: ExportedFile, mimeType: string): string {
  const { name, url } = fileDownload(file, mimeType);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
  return name;
}

/** An export button's state: busy while the file is made, then the name it was saved under (null: not yet, or refused). */
export function useSave() {
  const [state, setState] = useState<{ busy: true } | { saved: string } | null>(null);
  async function save(made: Promise<ExportedFile | null>, mimeType: string) {
    setState({ busy: true });
    const file = await made;
    setState(file ? { saved: startDownload(file, mimeType) } : null);
  }
  return { busy: state !== null && 'busy' in state, saved: state !== null && 'saved' in state ? state.saved : null, save };
}
