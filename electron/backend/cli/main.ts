import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { openBackend } from '../services/backend';
import { openLog } from '../log/log-file';
import { defaultDataDir } from '../paths';
import type { CliIo } from './command';
import { COMMANDS } from './commands';
import { reportFailure } from './report-error';

const consoleIo: CliIo = { out: (line) => console.log(line), err: (line) => console.error(line) };

function help(io: CliIo): void {
  io.out('Verbalizza — riga di comando');
  io.out('');
  io.out('Comandi:');
  for (const command of COMMANDS) io.out(`  ${command.usage}\n      ${command.summary}`);
  io.out('');
  io.out('Opzioni:');
  io.out("  --data-dir <cartella>   cartella dei dati (predefinita: quella dell'app)");
  io.out('  --debug                 in caso di errore, anche i dettagli tecnici (per chi sviluppa)');
  io.out('  --help                  questo aiuto');
}

/** Runs one command line; returns the exit code. */
export async function runCli(argv: string[], io: CliIo = consoleIo): Promise<number> {
  const args: string[] = [];
  let dataDir: string | undefined;
  let debug = false;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] as string;
    if (arg === '--data-dir') {
      dataDir = argv[i + 1];
      i += 1;
      if (!dataDir) {
        io.err('Manca la cartella dopo --data-dir.');
        return 2;
      }
    } else if (arg.startsWith('--data-dir=')) {
      dataDir = arg.slice('--data-dir='.length);
    } else if (arg === '--debug') {
      debug = true;
    } else {
      args.push(arg);
    }
  }
  const [name, ...rest] = args;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    help(io);
    return name ? 0 : 2;
  }
  const command = COMMANDS.find((candidate) => candidate.name === name);
  if (!command) {
    io.err(`Comando sconosciuto: «${name}». Comandi: ${COMMANDS.map((c) => c.name).join(', ')}.`);
    return 2;
  }
  const folder = resolve(dataDir ?? defaultDataDir());
  const log = openLog(folder, { program: `cli ${command.name}` });
  try {
    const access = command.writesArchive ? { writer: `riga di comando (${command.name})` as const } : { readOnly: true };
    return await command.run(rest, { io, dataDir: folder, openArchive: () => openBackend(folder, { dailyBackup: false, log, ...access }) });
  } catch (error) {
    log.error('cli.failed', error, { command: command.name });
    reportFailure(io, error, { dataDir: folder, debug });
    return 1;
  }
}

/** Output piped into `head` and closed early is not an error. */
export function ignoreClosedPipes(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw error;
    });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  ignoreClosedPipes();
  void runCli(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
