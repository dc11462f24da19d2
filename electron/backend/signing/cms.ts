import { createHash } from 'node:crypto';
import { type DerNode, MalformedDer, octets, oidHex, readDer } from './der';

/** Encoded OIDs (hex of the OBJECT IDENTIFIER's content). */
const SIGNED_DATA = '2a864886f70d010702';
const MESSAGE_DIGEST = '2a864886f70d010904';
const DIGESTS: Record<string, string> = {
  '608648016503040201': 'sha256',
  '608648016503040202': 'sha384',
  '608648016503040203': 'sha512',
  '2b0e03021a': 'sha1',
};

/** A CMS SignedData read without trusting it: who signed is not checked here (certificates need trust lists). */
export interface SignedData {
  /** The embedded content (.p7m), or null for a detached signature (PAdES). */
  content: Uint8Array | null;
  signers: { digestAlgorithm: string | null; messageDigest: Uint8Array | null }[];
}

/**
 * Parses DER or BER bytes as a CMS ContentInfo holding SignedData (RFC 5652 §5); null when they are anything else.
 * ContentInfo { contentType, [0] SignedData { version, digestAlgorithms, encapContentInfo { type, [0] eContent? },
 * [0] certificates?, [1] crls?, signerInfos } }.
 */
export function parseSignedData(bytes: Uint8Array): SignedData | null {
  try {
    const info = readDer(bytes);
    if (info.tag !== 0x30 || oidHex(info.children[0]) !== SIGNED_DATA || info.children[1]?.tag !== 0xa0) return null;
    const signed = info.children[1].children[0];
    if (signed?.tag !== 0x30) return null;
    const [, , encap] = signed.children;
    const signerInfos = signed.children.at(-1);
    if (encap?.tag !== 0x30 || signerInfos?.tag !== 0x31 || signed.children.length < 4) return null;
    const eContent = encap.children[1];
    return {
      content: eContent?.tag === 0xa0 && eContent.children[0] ? octets(eContent.children[0]) : null,
      signers: signerInfos.children.map(signerOf),
    };
  } catch (error) {
    if (error instanceof MalformedDer) return null;
    throw error;
  }
}

/** SignerInfo { version, sid, digestAlgorithm, [0] signedAttrs?, signatureAlgorithm, signature, [1] unsignedAttrs? }. */
function signerOf(signer: DerNode): SignedData['signers'][number] {
  const digestAlgorithm = signer.children[2]?.tag === 0x30 ? (DIGESTS[oidHex(signer.children[2].children[0])] ?? null) : null;
  const attributes = signer.children[3]?.tag === 0xa0 ? signer.children[3].children : [];
  const digest = attributes.find((attribute) => attribute.tag === 0x30 && oidHex(attribute.children[0]) === MESSAGE_DIGEST);
  const value = digest?.children[1]?.children[0];
  return { digestAlgorithm, messageDigest: value?.tag === 0x04 ? value.content : null };
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
