import type { BodyView, ProfileInput } from '../../../shared/api/contract';
import { NotFoundError } from '../../../shared/api/errors';
import type { Body, BodyProfile, Logo, WordLetterhead } from '../../../shared/model';
import { fileReferences, fileSha256, wordMimeType } from '../db/body-blobs';
import { InvalidInputError, describeIssues } from './invalid-input';

/** The body as replies carry it: the logo and the Word letterhead by the SHA-256 of their bytes. */
export function bodyView(body: Body): BodyView {
  const { logo: _logo, letterhead: _letterhead, ...rest } = body;
  return { ...rest, ...fileReferences(body) };
}

/**
 * The profile to store: a logo or Word letterhead the page names by hash is the one stored, kept as it is; one the
 * body does not hold (another body's, or one replaced meanwhile) is refused, nothing written.
 */
export function profileToStore(profile: ProfileInput, stored: Body | null): BodyProfile {
  const { logo, letterhead } = profile;
  return {
    ...profile,
    logo: storedOrSent<Logo>(logo, stored?.logo, 'profile.logo', "Il logo indicato non è quello dell'organo: caricalo di nuovo."),
    letterhead: letterhead && {
      ...letterhead,
      word: storedOrSent<WordLetterhead>(letterhead.word, stored?.letterhead?.word, 'profile.letterhead.word', "La carta intestata indicata non è quella dell'organo: caricala di nuovo."),
    },
  };
}

const namedByHash = (file: object): file is { readonly sha256: string } => 'sha256' in file;

/** The file sent, or the stored one when the page named it by hash. */
function storedOrSent<File extends { readonly base64: string }>(
  sent: File | { readonly sha256: string } | null,
  stored: File | null | undefined,
  path: string,
  message: string,
): File | null {
  if (!sent || !namedByHash(sent)) return sent;
  if (stored && fileSha256(stored) === sent.sha256) return stored;
  throw notStored(path, message);
}

function notStored(path: string, message: string): InvalidInputError {
  const issues = [{ path, message }];
  return new InvalidInputError(describeIssues(issues), issues);
}

/** A blob of the body named in its view: the logo or the Word letterhead. */
export function bodyBlob(body: Body, sha256: string): { mimeType: string; base64: string } {
  if (body.logo && fileSha256(body.logo) === sha256) return { mimeType: body.logo.mimeType, base64: body.logo.base64 };
  const word = body.letterhead?.word;
  if (word && fileSha256(word) === sha256) return { mimeType: wordMimeType(word.fileName), base64: word.base64 };
  throw new NotFoundError('File non trovato in questo organo');
}
