import { create } from 'zustand';
import type { ErrorText } from '../api/errors';

/**
 * The save state shown in every screen: "Salvato" / "Salvataggio…" / the last error.
 * Only writes move it; an error stays until the user dismisses it or her next write succeeds.
 */
interface StatusState {
  /** Writes sent and not answered yet. */
  saving: number;
  error: ErrorText | null;
  /** Writes acknowledged since the window opened, so a screen can tell "saved" from "nothing done yet". */
  savedCount: number;
  writeStarted(): void;
  /** A draft saved in the background does not clear an error she has not read yet. */
  writeSaved(by: 'user' | 'draft'): void;
  writeFailed(error: ErrorText): void;
  readFailed(error: ErrorText): void;
  clearError(): void;
}

export const useStatus = create<StatusState>((set) => ({
  saving: 0,
  error: null,
  savedCount: 0,
  writeStarted: () => set((s) => ({ saving: s.saving + 1 })),
  writeSaved: (by) =>
    set((s) => ({ saving: Math.max(0, s.saving - 1), savedCount: s.savedCount + 1, error: by === 'user' ? null : s.error })),
  writeFailed: (error) => set((s) => ({ saving: Math.max(0, s.saving - 1), error })),
  readFailed: (error) => set({ error }),
  clearError: () => set({ error: null }),
}));
