import { createHash } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';

/** OID of the messageDigest signed attribute: the hash of what each signer signed. */
const MESSAGE_DIGEST = '1.2.840.113549.1.9.4';
const DIGESTS: Record<string, string> = {
  '2.16.840.1.101.3.4.2.1': 'sha256',
  '2.16.840.1.101.3.4.2.2': 'sha384',
  '2.16.840.1.101.3.4.2.3': 'sha512',
  '1.3.14.3.2.26': 'sha1',
};

/** A CMS SignedData read without trusting it: who signed is not checked here (certificates need trust lists). */
export interface SignedData {
  /** The embedded content (.p7m), or null for a detached signature (PAdES). */
  content: Uint8Array | null;
  signers: { digestAlgorithm: string | null; messageDigest: Uint8Array | null }[];
}

/** Parses DER or BER bytes as a CMS ContentInfo holding SignedData; null when they are anything else. */
export function parseSignedData(bytes: Uint8Array): SignedData | null {
  try {
    const asn1 = asn1js.fromBER(bytes);
    if (asn1.offset === -1) return null;
    const info = new pkijs.ContentInfo({ schema: asn1.result });
    if (info.contentType !== pkijs.ContentInfo.SIGNED_DATA) return null;
    const signed = new pkijs.SignedData({ schema: info.content });
    const eContent = signed.encapContentInfo.eContent;
    return {
      content: eContent ? new Uint8Array(eContent.getValue()) : null,
      signers: signed.signerInfos.map((signer) => {
        const digest = signer.signedAttrs?.attributes.find((attribute) => attribute.type === MESSAGE_DIGEST)?.values[0];
        return {
          digestAlgorithm: DIGESTS[signer.digestAlgorithm.algorithmId] ?? null,
          messageDigest: digest instanceof asn1js.OctetString ? new Uint8Array(digest.getValue()) : null,
        };
      }),
    };
  } catch {
    // pkijs throws on structures that are not SignedData: for us the file is simply not a signed file.
    return null;
  }
}

/** Whether every signer's messageDigest is the hash of these bytes: a changed byte in the signed content fails it. */
export function digestsMatch(signed: SignedData, content: Uint8Array | readonly Uint8Array[]): boolean {
  const parts = content instanceof Uint8Array ? [content] : content;
  return (
    signed.signers.length > 0 &&
    signed.signers.every((signer) => {
      if (!signer.digestAlgorithm || !signer.messageDigest) return false;
      const hash = createHash(signer.digestAlgorithm);
      for (const part of parts) hash.update(part);
      return Buffer.from(signer.messageDigest).equals(hash.digest());
    })
  );
}
