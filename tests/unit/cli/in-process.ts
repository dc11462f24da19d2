import { runCli } from '../../../electron/backend/cli/main';

export interface CliResult {
  code: number;
  out: string;
  err: string;
}

/** The real CLI entry, in process, with what it prints. */
export async function cli(...argv: string[]): Promise<CliResult> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (line) => out.push(line), err: (line) => err.push(line) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}
