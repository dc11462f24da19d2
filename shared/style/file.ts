import { z } from 'zod';
import type { DeepReadonly } from '../model/readonly';
import { VerbaleStyleSchema } from './schema';

/** A style as a file an office can share: versioned like the meeting files. */
export const StyleFileSchema = z.object({
  format: z.literal('verbalizza.style', { error: 'Non è un file di stile di Verbalizza (format «verbalizza.style»)' }),
  version: z.literal(1, { error: 'Versione del file di stile non supportata (attesa la 1)' }),
  style: VerbaleStyleSchema,
});

export type StyleFile = DeepReadonly<z.infer<typeof StyleFileSchema>>;

export function styleFile(style: StyleFile['style']): StyleFile {
  return { format: 'verbalizza.style', version: 1, style };
}
