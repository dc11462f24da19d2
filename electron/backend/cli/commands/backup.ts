import type { Command } from '../command';

export const backupCommand: Command = {
  name: 'backup',
  usage: 'verbalizza backup',
  summary: 'copia di sicurezza del database nella cartella backups dei dati',
  writesArchive: true,
  async run(args, { io, openArchive }) {
    if (args.length > 0) {
      io.err(`Uso: ${this.usage}`);
      return 2;
    }
    const backend = openArchive();
    try {
      io.out(`Copia di sicurezza scritta: ${backend.backupNow()}`);
      return 0;
    } finally {
      backend.close();
    }
  },
};
