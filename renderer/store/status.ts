import { create } from 'zustand';
import type { ErrorText } from '../api/errors';

/** The save state shown in every screen: "Salvato" / "Salvataggio…" / the last error. */
interface StatusState {
  pending: number;
  error: ErrorText | null;
  /** Bumps on every success, so a screen can tell "saved" from "nothing done yet". */
  savedCount: number;
  begin(): void;
  succeed(): void;
  fail(error: ErrorText): void;
  clearError(): void;
}

export const useStatus = create<StatusState>((set) => ({
  pending: 0,
  error: null,
  savedCount: 0,
  begin: () => set((s) => ({ pending: s.pending + 1 })),
  succeed: () => set((s) => ({ pending: Math.max(0, s.pending - 1), error: null, savedCount: s.savedCount + 1 })),
  fail: (error) => set((s) => ({ pending: Math.max(0, s.pending - 1), error })),
  clearError: () => set({ error: null }),
}));
