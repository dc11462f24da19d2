import { existsSync, readFileSync } from 'node:fs';
import type { Backend } from '../services/backend';
import type { Meeting } from '../../../shared/model';
import { STYLE_PRESETS, type VerbaleStyle } from '../../../shared/style';
import { parseMeetingFile } from '../services/file-service';
import { InvalidInputError } from '../services/invalid-input';
import { parseStyleFile } from '../services/style-file';
import { STYLE_FILE_MAX_BYTES } from '../../../shared/api/styles';
import type { ApiError } from '../../../shared/api/errors';

/** `--style <preset | style file>`: a preset by name (any case), else a style file (checked by the model). */
export function readStyleOption(value: string): VerbaleStyle {
  const preset = STYLE_PRESETS.find((candidate) => candidate.name.toLowerCase() === value.trim().toLowerCase());
  if (preset) return preset;
  if (!existsSync(value)) {
    const names = STYLE_PRESETS.map((candidate) => candidate.name).join(', ');
    throw new InvalidInputError(`Stile sconosciuto «${value}»: il nome di un modello (${names}) o un file di stile.`, [{ path: 'style', message: 'stile sconosciuto' }]);
  }
  const content = readFileSync(value, 'utf8');
  if (content.length > STYLE_FILE_MAX_BYTES) throw new InvalidInputError(`File di stile troppo grande: ${value}`, [{ path: 'style', message: 'file troppo grande' }]);
  return parseStyleFile(content);
}

/** The meeting as it would read in another style: a copy, the archive and the file are not touched. */
export function inStyle(meeting: Meeting, style: VerbaleStyle): Meeting {
  return { ...meeting, body: { ...meeting.body, style } };
}

/** A meeting of the archive read whole (its letterhead too), through the same read the JSON export uses. */
export async function archivedMeeting(backend: Backend, meetingId: string): Promise<{ ok: true; meeting: Meeting } | { ok: false; error: ApiError }> {
  const response = await backend.dispatch('files.exportJson', { meetingId });
  if (!response.ok) return response;
  return { ok: true, meeting: parseMeetingFile((response.result as { content: string }).content).meeting };
}
