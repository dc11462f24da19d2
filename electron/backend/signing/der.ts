/**
 * A reader of BER/DER (ASN.1) for the few CMS structures we look at: tag, where the content is, and the children of a
 * constructed element (definite and indefinite lengths). Anything malformed throws MalformedDer.
 */
export interface DerNode {
  /** The identifier byte: 0x30 SEQUENCE, 0x31 SET, 0x04 OCTET STRING, 0x06 OID, 0xa0 [0] constructed … */
  tag: number;
  /** The content's bytes (for a constructed element, its children's encodings). */
  content: Uint8Array;
  children: DerNode[];
}

export class MalformedDer extends Error {}

const MAX_DEPTH = 64;

/** The element at the start of `bytes` (trailing bytes, e.g. the zeros padding a PDF's /Contents, are ignored). */
export function readDer(bytes: Uint8Array): DerNode {
  return readAt(bytes, 0, 0).node;
}

function readAt(bytes: Uint8Array, at: number, depth: number): { node: DerNode; end: number } {
  if (depth > MAX_DEPTH || at + 2 > bytes.length) throw new MalformedDer();
  const tag = bytes[at]!;
  // High tag numbers (0x1f) never occur in the structures we read.
  if ((tag & 0x1f) === 0x1f) throw new MalformedDer();
  const constructed = (tag & 0x20) !== 0;
  const first = bytes[at + 1]!;
  let offset = at + 2;
  if (first === 0x80) {
    if (!constructed) throw new MalformedDer();
    const children: DerNode[] = [];
    while (!(bytes[offset] === 0 && bytes[offset + 1] === 0)) {
      const child = readAt(bytes, offset, depth + 1);
      children.push(child.node);
      offset = child.end;
    }
    return { node: { tag, content: bytes.subarray(at + 2, offset), children }, end: offset + 2 };
  }
  let length = first;
  if (first > 0x80) {
    const count = first & 0x7f;
    if (count > 4 || offset + count > bytes.length) throw new MalformedDer();
    length = 0;
    for (let index = 0; index < count; index += 1) length = length * 256 + bytes[offset + index]!;
    offset += count;
  }
  const end = offset + length;
  if (end > bytes.length) throw new MalformedDer();
  const content = bytes.subarray(offset, end);
  const children: DerNode[] = [];
  if (constructed) {
    for (let child = offset; child < end; ) {
      const read = readAt(bytes, child, depth + 1);
      if (read.end > end) throw new MalformedDer();
      children.push(read.node);
      child = read.end;
    }
  }
  return { node: { tag, content, children }, end };
}

/** An OCTET STRING's bytes, a constructed (BER) one's chunks joined. */
export function octets(node: DerNode): Uint8Array {
  if (node.tag === 0x04) return node.content;
  if (node.tag === 0x24) return Buffer.concat(node.children.map(octets));
  throw new MalformedDer();
}

/** An OBJECT IDENTIFIER's content as hex, compared with the encoded OIDs we know. */
export function oidHex(node: DerNode | undefined): string {
  if (node?.tag !== 0x06) throw new MalformedDer();
  return Buffer.from(node.content).toString('hex');
}
