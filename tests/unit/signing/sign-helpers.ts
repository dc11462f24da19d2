import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A throwaway signer made with openssl: a self-signed certificate and its key, in `dir`. */
export function throwawaySigner(dir: string, name = 'Mario Verdi'): { cert: string; key: string } {
  const cert = join(dir, `${name.replace(/\W/g, '')}-cert.pem`);
  const key = join(dir, `${name.replace(/\W/g, '')}-key.pem`);
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '2', '-subj', `/CN=${name}/O=Prova`], { stdio: 'ignore' });
  return { cert, key };
}

function cmsSign(dir: string, content: Uint8Array, signer: { cert: string; key: string }, options: string[]): Buffer {
  const input = join(dir, 'da-firmare.bin');
  const output = join(dir, 'firma.out');
  writeFileSync(input, content);
  execFileSync('openssl', ['cms', '-sign', '-binary', '-md', 'sha256', '-in', input, '-signer', signer.cert, '-inkey', signer.key, '-out', output, ...options], { stdio: 'ignore' });
  return readFileSync(output);
}

/** CAdES: the PDF inside a CMS SignedData, as «file.pdf.p7m» (DER, or PEM text). */
export function signP7m(dir: string, pdf: Uint8Array, signer: { cert: string; key: string }, form: 'DER' | 'PEM' = 'DER'): Buffer {
  return cmsSign(dir, pdf, signer, ['-nodetach', '-outform', form]);
}

const CONTENTS_BYTES = 8_192;
const PLACEHOLDER = '[0000000000 0000000000 0000000000 0000000000]';

/**
 * PAdES as signing software does it: an incremental update appended to the PDF (the catalog again with an AcroForm,
 * a signature field and its signature dictionary, an xref section pointing back with /Prev) whose /ByteRange covers
 * the whole file but the /Contents hex, which holds a detached CMS over those ranges. Signing a signed file adds a
 * second field beside the first.
 */
export function signPades(dir: string, pdf: Uint8Array, signer: { cert: string; key: string }): Buffer {
  const original = Buffer.from(pdf);
  const text = original.toString('latin1');
  const lastTrailer = text.slice(text.lastIndexOf('trailer'));
  const root = Number(/\/Root\s+(\d+)\s+0\s+R/.exec(lastTrailer)![1]);
  const size = Number(/\/Size\s+(\d+)/.exec(lastTrailer)![1]);
  const previous = Number(/startxref\s+(\d+)\s+%%EOF\s*$/.exec(text)![1]);
  const firstPage = /\/Kids\s*\[\s*(\d+)\s+0\s+R/.exec(text)![1];
  const catalogAt = text.lastIndexOf(`\n${root} 0 obj`);
  let catalog = text.slice(text.indexOf('<<', catalogAt), text.indexOf('endobj', catalogAt)).trim();
  const fields: string[] = [];
  catalog = catalog.replace(/\/AcroForm << \/Fields \[([^\]]*)\] \/SigFlags 3 >>\n?/, (_all, listed: string) => {
    fields.push(...listed.trim().split(/\s+R\s*/).filter(Boolean).map((ref) => `${ref} R`));
    return '';
  });
  const [field, signature] = [size, size + 1];
  fields.push(`${field} 0 R`);
  const objects = [
    [root, `<<\n/AcroForm << /Fields [${fields.join(' ')}] /SigFlags 3 >>\n${catalog.slice(2).trim()}`],
    [field, `<< /Type /Annot /Subtype /Widget /FT /Sig /T (Firma ${fields.length}) /V ${signature} 0 R /Rect [0 0 0 0] /F 132 /P ${firstPage} 0 R >>`],
    [signature, `<< /Type /Sig /Filter /Adobe.PPKLite /SubFilter /ETSI.CAdES.detached /M (D:20261201120000Z) /ByteRange ${PLACEHOLDER} /Contents <${'0'.repeat(CONTENTS_BYTES * 2)}> >>`],
  ] as const;
  let update = '\n';
  const offsets = new Map<number, number>();
  for (const [number, body] of objects) {
    offsets.set(number, original.length + update.length);
    update += `${number} 0 obj\n${body}\nendobj\n`;
  }
  const xrefOffset = original.length + update.length;
  const entry = (number: number) => `${String(offsets.get(number)).padStart(10, '0')} 00000 n \n`;
  update += `xref\n${root} 1\n${entry(root)}${field} 2\n${entry(field)}${entry(signature)}`;
  update += `trailer\n<< /Size ${size + 2} /Root ${root} 0 R /Prev ${previous} >>\nstartxref\n${xrefOffset}\n%%EOF\n`;

  const file = Buffer.concat([original, Buffer.from(update, 'latin1')]);
  const contentsStart = original.length + update.indexOf('/Contents <') + '/Contents '.length;
  const contentsEnd = contentsStart + CONTENTS_BYTES * 2 + 2;
  const ranges = [0, contentsStart, contentsEnd, file.length - contentsEnd].map((n) => String(n).padStart(10, '0'));
  file.write(`[${ranges.join(' ')}]`, original.length + update.indexOf(PLACEHOLDER), 'latin1');
  const cms = cmsSign(dir, Buffer.concat([file.subarray(0, contentsStart), file.subarray(contentsEnd)]), signer, ['-outform', 'DER']);
  if (cms.length > CONTENTS_BYTES) throw new Error('firma troppo lunga per lo spazio riservato');
  file.write(cms.toString('hex').toUpperCase(), contentsStart + 1, 'latin1');
  return file;
}
