import { PRESET_SUMMARIES, STYLE_PRESETS } from '../../../../shared/style';
import type { Command } from '../command';

export const stylesCommand: Command = {
  name: 'styles',
  usage: 'verbalizza styles',
  summary: 'elenca i modelli di stile del verbale (da usare con --style in export-docx ed export-pdf)',
  run(args, { io }) {
    if (args.length > 0) {
      io.err(`Uso: ${this.usage}`);
      return Promise.resolve(2);
    }
    for (const style of STYLE_PRESETS) io.out(`${style.name} — ${PRESET_SUMMARIES[style.name] ?? ''}`);
    return Promise.resolve(0);
  },
};
