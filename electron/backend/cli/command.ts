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

/**
 * Splits options that take a value (`--body X` or `--body=X`) from boolean flags and positional arguments;
 * an option named at the end with no value is an error for the command to report.
 */
export function splitOptions(args: string[], valued: readonly string[]): { positional: string[]; flags: Set<string>; values: Map<string, string>; missing: string[] } {
  const rest: string[] = [];
  const values = new Map<string, string>();
  const missing: string[] = [];
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index]!;
    const [name, inline] = arg.startsWith('--') ? (arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined]) : ['', undefined];
    if (!valued.includes(name)) {
      rest.push(arg);
      continue;
    }
    const value = inline ?? args[index + 1];
    if (inline === undefined) index += 1;
    if (value === undefined || value === '') missing.push(name);
    else values.set(name, value);
  }
  return { ...splitFlags(rest), values, missing };
}
