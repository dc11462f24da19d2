import { crc32, deflateSync, inflateSync } from 'node:zlib';
import { DomainError } from '../../../shared/api/errors';

/**
 * The logo as PDF/A can hold it. No transparency at all here (no soft masks): a PNG logo with an alpha channel is
 * composited on white paper and re-encoded without it; that covers the common logos (8-bit grey+alpha and RGBA, not
 * interlaced), any other transparent PNG is refused. A CMYK JPEG is refused too: its colours would be DeviceCMYK,
 * which the file's sRGB output intent does not describe. Each refusal says how to fix it.
 */

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

interface Chunk {
  type: string;
  data: Buffer;
}

function chunks(png: Buffer): Chunk[] {
  const list: Chunk[] = [];
  let offset = SIGNATURE.length;
  while (offset + 8 <= png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('latin1', offset + 4, offset + 8);
    list.push({ type, data: png.subarray(offset + 8, offset + 8 + length) });
    offset += 12 + length;
  }
  return list;
}

const refused = () =>
  new DomainError('LOGO_TRANSPARENT', 'Il logo ha una trasparenza che il PDF/A non può contenere.', [
    'Salvare il logo come PNG senza trasparenza o come JPEG e caricarlo di nuovo nel profilo dell\'ente.',
  ]);

/** The logo's bytes for the PDF/A: a PNG made opaque, a JPEG as it is unless it is CMYK. */
export function pdfaLogo(bytes: Buffer, mimeType: 'image/png' | 'image/jpeg'): Buffer {
  if (mimeType === 'image/png') return opaquePng(bytes);
  if (jpegComponents(bytes) === 4) {
    throw new DomainError('LOGO_CMYK', 'Il logo è un JPEG in quadricromia (CMYK), che il PDF/A in RGB non può contenere.', [
      'Salvare il logo in RGB (PNG o JPEG) e caricarlo di nuovo nel profilo dell\'ente.',
    ]);
  }
  return bytes;
}

/** Colour components of a JPEG, from its start-of-frame segment (1 grey, 3 RGB/YCbCr, 4 CMYK); null when unreadable. */
function jpegComponents(jpeg: Buffer): number | null {
  let offset = 2;
  while (offset + 9 < jpeg.length && jpeg[offset] === 0xff) {
    const marker = jpeg[offset + 1] as number;
    // SOF0–SOF15 except DHT (C4), JPG (C8) and DAC (CC) carry the frame header.
    if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) return jpeg[offset + 9] as number;
    offset += 2 + jpeg.readUInt16BE(offset + 2);
  }
  return null;
}

/** The PNG as it is when it has no transparency, otherwise flattened on white. */
function opaquePng(png: Buffer): Buffer {
  if (!png.subarray(0, 8).equals(SIGNATURE)) return png;
  const all = chunks(png);
  const header = all.find((chunk) => chunk.type === 'IHDR')?.data;
  if (!header || header.length < 13) return png;
  const width = header.readUInt32BE(0);
  const height = header.readUInt32BE(4);
  const [bitDepth, colourType, , , interlace] = [header[8], header[9], header[10], header[11], header[12]];
  const hasAlpha = colourType === 4 || colourType === 6;
  if (!hasAlpha && !all.some((chunk) => chunk.type === 'tRNS')) return png;
  if (!hasAlpha || bitDepth !== 8 || interlace !== 0) throw refused();

  const channels = colourType === 6 ? 4 : 2;
  const raw = inflateSync(Buffer.concat(all.filter((chunk) => chunk.type === 'IDAT').map((chunk) => chunk.data)));
  const pixels = unfilter(raw, width, height, channels);
  const colours = channels - 1;
  const out = Buffer.alloc(height * (1 + width * colours));
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const from = (y * width + x) * channels;
      const alpha = pixels[from + colours] as number;
      for (let c = 0; c < colours; c++) {
        // Over white paper: colour × alpha + 255 × (1 − alpha).
        out[y * (1 + width * colours) + 1 + x * colours + c] = Math.round(((pixels[from + c] as number) * alpha + 255 * (255 - alpha)) / 255);
      }
    }
  }
  const newHeader = Buffer.from(header.subarray(0, 13));
  newHeader[9] = colourType === 6 ? 2 : 0;
  return Buffer.concat([SIGNATURE, chunk('IHDR', newHeader), chunk('IDAT', deflateSync(out)), chunk('IEND', Buffer.alloc(0))]);
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** Undoes the PNG row filters (none, sub, up, average, Paeth): the pixels, row after row, without filter bytes. */
function unfilter(raw: Buffer, width: number, height: number, bytesPerPixel: number): Buffer {
  const stride = width * bytesPerPixel;
  const pixels = Buffer.alloc(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    for (let i = 0; i < stride; i++) {
      const value = raw[y * (stride + 1) + 1 + i] as number;
      const left = i >= bytesPerPixel ? (pixels[y * stride + i - bytesPerPixel] as number) : 0;
      const up = y > 0 ? (pixels[(y - 1) * stride + i] as number) : 0;
      const upLeft = y > 0 && i >= bytesPerPixel ? (pixels[(y - 1) * stride + i - bytesPerPixel] as number) : 0;
      const predictor = filter === 1 ? left : filter === 2 ? up : filter === 3 ? (left + up) >> 1 : filter === 4 ? paeth(left, up, upLeft) : 0;
      pixels[y * stride + i] = (value + predictor) & 0xff;
    }
  }
  return pixels;
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  if (pa <= pb && pa <= pc) return a;
  return pb <= pc ? b : c;
}
