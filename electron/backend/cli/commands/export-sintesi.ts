import { resolve } from 'node:path';
import type { ExportedFile } from '../../../../shared/api/contract';
import { writeFileAtomic } from '../../write-file-atomic';
import { splitFlags, type Command } from '../command';
import { callOnBody } from './search';

export const exportSintesiCommand: Command = {
  name: 'export-sintesi',
  usage: 'verbalizza export-sintesi <tavolo> <sintesi.docx | sintesi.pdf>',
  summary: 'scrive la bozza del documento di sintesi di un tavolo (punti condivisi, posizioni divergenti e impegni di tutti gli incontri, per tema) in DOCX o PDF/A',
  async run(args, { io, openArchive }) {
    const { positional, flags } = splitFlags(args);
    const [wanted, out] = positional;
    if (!wanted || !out || positional.length > 2 || flags.size > 0) {
      io.err(`Uso: ${this.usage}`);
      return 2;
    }
    const format = out.toLowerCase().endsWith('.docx') ? 'docx' : out.toLowerCase().endsWith('.pdf') ? 'pdf' : null;
    if (!format) {
      io.err(`Il file di uscita deve avere estensione .docx o .pdf: ${out}`);
      return 2;
    }
    const exported = (await callOnBody({ io, openArchive }, wanted, 'tavoli.exportSintesi', { format })) as ExportedFile | null;
    if (!exported) return 1;
    const path = resolve(out);
    writeFileAtomic(path, Buffer.from(exported.base64, 'base64'));
    io.out(`Documento di sintesi esportato: ${path}`);
    return 0;
  },
};
