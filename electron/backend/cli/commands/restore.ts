import { existsSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { NotFoundError } from '../../../../shared/api/errors';
import { backupByName, restoreDatabase } from '../../db/restore';
import { acquireWriterLock } from '../../db/writer-lock';
import type { Command } from '../command';

export const restoreCommand: Command = {
  name: 'restore',
  usage: 'verbalizza restore <copia-di-sicurezza>',
  summary: 'sostituisce l’archivio con una copia di sicurezza (nome in backups/ o percorso); l’archivio attuale viene accantonato',
  writesArchive: true,
  async run(args, { io, dataDir }) {
    const [chosen, ...extra] = args;
    if (!chosen || extra.length > 0) {
      io.err(`Uso: ${this.usage}`);
      return 2;
    }
    const source = chosen === basename(chosen) && !existsSync(chosen) ? backupByName(dataDir, chosen) : resolve(chosen);
    if (!existsSync(source)) throw new NotFoundError(`Copia di sicurezza non trovata: ${source}`);
    // Never opened as an archive (it may be the damaged one): the writer lock keeps the app and other writers out.
    const lock = acquireWriterLock(dataDir, 'riga di comando (restore)');
    try {
      const { setAside } = restoreDatabase(dataDir, source);
      io.out(`Archivio ripristinato dalla copia «${basename(source)}».`);
      if (setAside) io.out(`L’archivio sostituito è stato accantonato in ${setAside}`);
      return 0;
    } finally {
      lock.release();
    }
  },
};
