import type { Backend } from '../services/backend';

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
}

export interface CliContext {
  io: CliIo;
  /** The data folder: --data-dir or the app's default. */
  dataDir: string;
  /**
   * Opens the archive in the data folder (commands that work on a file alone never call it): holding the writer lock
   * for a command that writes, read-only and unlocked for any other, so that it works beside a running app.
   */
  openArchive(): Backend;
}

/** One CLI command. Returns the exit code: 0 done, 1 failed or something wrong, 2 wrong usage. */
export interface Command {
  name: string;
  usage: string;
  summary: string;
  /** Whether the command changes the archive (import, backup, restore); the others only read it. */
  writesArchive?: boolean;
  run(args: string[], context: CliContext): Promise<number>;
}

/** Splits `--json` style flags from positional arguments. */
export function splitFlags(args: string[]): { positional: string[]; flags: Set<string> } {
  const positional: string[] = [];
  const flags = new Set<string>();
  for (const arg of args) {
    if (arg.startsWith('--')) flags.add(arg.slice(2));
    else positional.push(arg);
  }
  return { positional, flags };
}
