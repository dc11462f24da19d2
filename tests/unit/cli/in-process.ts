import { runCli } from '../../../electron/backend/cli/main';

export interface CliResult {
  code: number;
  out: string;
  err: string;
}

/** An io for the CLI that keeps what it prints, line by line. */
export function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (line: string) => out.push(line), err: (line: string) => err.push(line) }, out, err };
}

/** The real CLI entry, in process, with what it prints. */
export async function cli(...argv: string[]): Promise<CliResult> {
  const { io, out, err } = capture();
  const code = await runCli(argv, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}
