/** One signature of a PDF: the byte ranges it signs, and its CMS (the /Contents hex, decoded). */
export interface PadesSignature {
  ranges: [number, number][];
  /** Where the signed bytes end: the file's length when the signature was applied. */
  signedEnd: number;
  contents: Uint8Array;
  subFilter: string | null;
}

const SUB_FILTERS = ['ETSI.CAdES.detached', 'adbe.pkcs7.detached'];

/**
 * The signature dictionaries of a PDF, read from its bytes: each `/ByteRange [a b c d]` leaves out exactly the
 * `<hex>` of its /Contents (bytes b to c), which is the detached CMS. Only the two PAdES sub-filters count.
 */
export function padesSignatures(bytes: Uint8Array): PadesSignature[] {
  const text = Buffer.from(bytes).toString('latin1');
  const signatures: PadesSignature[] = [];
  for (const found of text.matchAll(/\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/g)) {
    const [a, b, c, d] = found.slice(1, 5).map(Number) as [number, number, number, number];
    if (a !== 0 || b >= c || c + d > bytes.length) continue;
    const hex = text.slice(a + b, c);
    if (!/^<[0-9A-Fa-f\s]*>$/.test(hex)) continue;
    const around = text.slice(Math.max(0, a + b - 4_096), a + b) + text.slice(c, c + 4_096);
    const subFilter = /\/SubFilter\s*\/([A-Za-z0-9.]+)/.exec(around)?.[1] ?? null;
    if (!subFilter || !SUB_FILTERS.includes(subFilter)) continue;
    const digits = hex.slice(1, -1).replace(/\s+/g, '');
    signatures.push({
      ranges: [
        [a, b],
        [c, d],
      ],
      signedEnd: c + d,
      contents: Buffer.from(digits.length % 2 === 0 ? digits : `${digits}0`, 'hex'),
      subFilter,
    });
  }
  return signatures;
}
