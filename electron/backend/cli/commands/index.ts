import type { Command } from '../command';
import { backupCommand } from './backup';
import { checkCommand } from './check';
import { exportDocxCommand } from './export-docx';
import { exportDossierCommand } from './export-dossier';
import { exportJsonCommand } from './export-json';
import { exportPdfCommand } from './export-pdf';
import { importCommand } from './import';
import { listCommand } from './list';
import { restoreCommand } from './restore';
import { registroCommand } from './registro';
import { searchCommand } from './search';
import { exportSintesiCommand } from './export-sintesi';
import { stylesCommand } from './styles';

/** Every command, in the order the help lists them. A new command: one file in this folder, one line here. */
export const COMMANDS: readonly Command[] = [listCommand, searchCommand, importCommand, exportJsonCommand, exportDocxCommand, exportPdfCommand, exportDossierCommand, registroCommand, exportSintesiCommand, stylesCommand, checkCommand, backupCommand, restoreCommand];
