import type { ArchiveSearchResult } from '../../../../shared/api/search';
import type { BodySummary, MethodInput, MethodName } from '../../../../shared/api/contract';
import { formatDateWords } from '../../../../shared/phrasing';
import { splitOptions, type CliContext, type Command } from '../command';
import { reportApiError } from '../report-error';
import { foldForSearch } from '../../services/collate';
import type { Backend } from '../../services/backend';

const STATUS_WORDS = { draft: 'in preparazione', live: 'in corso', closed: 'chiusa' } as const;
const PAGE_SIZE = 20;

/** The body named by --body: its id, or a part of its name (accents and case ignored) that only one body has. */
export async function resolveBody(backend: Backend, wanted: string): Promise<{ id: string } | { error: string }> {
  const response = await backend.dispatch('bodies.list', {});
  if (!response.ok) return { error: response.error.message };
  const bodies = response.result as BodySummary[];
  const exact = bodies.find((body) => body.id === wanted);
  if (exact) return { id: exact.id };
  const matching = bodies.filter((body) => foldForSearch(body.name).includes(foldForSearch(wanted)));
  if (matching.length === 1) return { id: matching[0]!.id };
  const names = bodies.map((body) => `«${body.name}»`).join(', ') || 'nessuno';
  return { error: matching.length === 0 ? `Nessun organo corrisponde a «${wanted}». Organi nell'archivio: ${names}.` : `Più organi corrispondono a «${wanted}»: ${matching.map((b) => `«${b.name}»`).join(', ')}. Indicarne uno per intero.` };
}

/**
 * A command's one call on a body named by its id or a part of its name (a tavolo's register, its sintesi): opens the
 * archive, finds the body, calls, closes. What went wrong is printed and null returned: the command then exits 1.
 */
export async function callOnBody<M extends MethodName>(
  { io, openArchive }: Pick<CliContext, 'io' | 'openArchive'>,
  wanted: string,
  method: M,
  input: Omit<MethodInput<M>, 'bodyId'>,
): Promise<unknown> {
  const backend = openArchive();
  try {
    const body = await resolveBody(backend, wanted);
    if ('error' in body) {
      io.err(body.error);
      return null;
    }
    const response = await backend.dispatch(method, { ...input, bodyId: body.id });
    if (!response.ok) {
      reportApiError(io, response.error);
      return null;
    }
    return response.result;
  } finally {
    backend.close();
  }
}

function printHits(out: (line: string) => void, result: ArchiveSearchResult): void {
  for (const hit of result.hits) {
    const item = hit.item ? ` · punto ${hit.item.number}. ${hit.item.title}` : '';
    out(`${formatDateWords(hit.meeting.date)} · ${hit.meeting.bodyName} (${STATUS_WORDS[hit.meeting.status]})${item}`);
    out(`  ${hit.snippet.map((part) => (part.match ? `[${part.text}]` : part.text)).join('').replace(/\s+/g, ' ')}`);
    out(`  seduta ${hit.meeting.id}${hit.entryId ? `, voce ${hit.entryId}` : ''}`);
  }
  const shown = result.hits.length;
  const first = (result.page - 1) * result.pageSize;
  const count = result.total === 1 ? '1 risultato' : `${result.total} risultati`;
  if (result.total === 0) out('Nessun risultato.');
  else if (shown === result.total) out(`${count}.`);
  else out(`${count}: mostrati dal ${first + 1} al ${first + shown}${first + shown < result.total ? ` (--pagina ${result.page + 1} per i successivi)` : ''}.`);
}

export const searchCommand: Command = {
  name: 'search',
  usage: 'verbalizza search <testo> [--body <organo>] [--from AAAA-MM-GG] [--to AAAA-MM-GG] [--pagina N] [--json]',
  summary: "cerca nell'archivio (interventi, oratori, enti, decisioni, punti, luoghi), senza badare ad accenti e maiuscole",
  async run(args, { io, openArchive }) {
    const { positional, flags, values, missing } = splitOptions(args, ['body', 'from', 'to', 'pagina']);
    const text = positional.join(' ').trim();
    if (!text || missing.length > 0 || [...flags].some((flag) => flag !== 'json')) {
      for (const name of missing) io.err(`Manca il valore dopo --${name}.`);
      io.err(`Uso: ${this.usage}`);
      return 2;
    }
    const page = values.has('pagina') ? Number(values.get('pagina')) : 1;
    const backend = openArchive();
    try {
      let bodyId: string | undefined;
      const body = values.get('body');
      if (body !== undefined) {
        const resolved = await resolveBody(backend, body);
        if ('error' in resolved) {
          io.err(resolved.error);
          return 1;
        }
        bodyId = resolved.id;
      }
      const response = await backend.dispatch('archive.search', {
        text,
        page,
        pageSize: PAGE_SIZE,
        ...(bodyId !== undefined && { bodyId }),
        ...(values.has('from') && { from: values.get('from') }),
        ...(values.has('to') && { to: values.get('to') }),
      });
      if (!response.ok) {
        reportApiError(io, response.error);
        return 1;
      }
      const result = response.result as ArchiveSearchResult;
      if (flags.has('json')) io.out(JSON.stringify(result, null, 2));
      else printHits((line) => io.out(line), result);
      return 0;
    } finally {
      backend.close();
    }
  },
};
