import { DomainError } from '../../../shared/api/errors';
import type { SignatureKind } from '../../../shared/api/signing';
import { sha256Hex } from '../db/blobs';
import { digestsMatch, parseSignedData } from './cms';
import { padesSignatures } from './pades';

/** An export for signing the signed file may be built on: its hash and length. */
export interface ExportCandidate {
  sha256: string;
  size: number;
}

export interface RecognisedSignedFile {
  kind: SignatureKind;
  signatures: number;
  /** The export the signed content is; null when it is none of them. */
  exportSha256: string | null;
}

/**
 * What a signed file is and whether it signs one of our exports: a PDF with signature dictionaries (PAdES), or a CMS
 * SignedData with the PDF inside (.p7m: DER, or base64/PEM text). Refused in Italian when it is neither, or when a
 * signature's digest is not the hash of what it claims to sign (a byte changed after signing).
 */
export function recogniseSignedFile(bytes: Uint8Array, exports: readonly ExportCandidate[]): RecognisedSignedFile {
  if (isPdf(bytes)) return recognisePades(bytes, exports);
  const der = cmsBytes(bytes);
  const signed = der ? parseSignedData(der) : null;
  if (!signed) {
    throw new DomainError('SIGNED_FILE_UNKNOWN', 'Il file non è un PDF firmato (PAdES) né un file .p7m (CAdES): nessuna firma trovata.');
  }
  if (!signed.content) throw new DomainError('SIGNED_FILE_UNKNOWN', 'Il file .p7m non contiene il documento firmato (firma separata): serve il .p7m con il PDF al suo interno.');
  // A .p7m signed again is a .p7m inside a .p7m: the document is the innermost content.
  let content = signed.content;
  let signatures = signed.signers.length;
  let intact = digestsMatch(signed, content);
  for (let inner = parseSignedData(content); inner?.content; inner = parseSignedData(content)) {
    intact &&= digestsMatch(inner, inner.content);
    signatures += inner.signers.length;
    content = inner.content;
  }
  if (!intact) throw tampered();
  const hash = sha256Hex(content);
  return { kind: 'cades', signatures, exportSha256: exports.find((candidate) => candidate.sha256 === hash)?.sha256 ?? null };
}

function recognisePades(bytes: Uint8Array, exports: readonly ExportCandidate[]): RecognisedSignedFile {
  const signatures = padesSignatures(bytes);
  if (signatures.length === 0) throw new DomainError('SIGNED_FILE_UNKNOWN', 'Il PDF non contiene firme (nessun dizionario di firma con /ByteRange e /Contents): firmarlo prima di allegarlo.');
  for (const signature of signatures) {
    const signed = parseSignedData(signature.contents);
    if (!signed || !digestsMatch(signed, signature.ranges.map(([start, length]) => bytes.subarray(start, start + length)))) throw tampered();
  }
  // The first signature covers the file it was applied to; each later one is an incremental update over it.
  const first = signatures.reduce((a, b) => (b.signedEnd < a.signedEnd ? b : a));
  const covered = first.ranges[0]![1];
  const match = exports.find((candidate) => candidate.size <= covered && sha256Hex(bytes.subarray(0, candidate.size)) === candidate.sha256);
  return { kind: 'pades', signatures: signatures.length, exportSha256: match?.sha256 ?? null };
}

function tampered(): DomainError {
  return new DomainError(
    'SIGNED_FILE_ALTERED',
    'Il contenuto firmato non corrisponde alla firma: il file è stato modificato dopo la firma. Allegare il file così come lo ha prodotto il software di firma.',
  );
}

function isPdf(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.subarray(0, 5)).toString('latin1') === '%PDF-';
}

/** DER as it is; base64 or PEM text decoded; null for anything else. */
function cmsBytes(bytes: Uint8Array): Uint8Array | null {
  if (bytes[0] === 0x30) return bytes;
  const text = Buffer.from(bytes).toString('latin1').replace(/-----(BEGIN|END) [A-Z0-9 ]+-----/g, '').replace(/\s+/g, '');
  if (text.length === 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(text)) return null;
  const decoded = Buffer.from(text, 'base64');
  return decoded[0] === 0x30 ? decoded : null;
}
