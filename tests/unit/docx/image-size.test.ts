import { describe, expect, it } from 'vitest';
import { fitInside, imageSize } from '../../../electron/backend/docx/image-size';
import { TINY_PNG_BASE64 } from './fixture-document';

/** A JPEG header: SOI, an APP0 segment, then a baseline SOF0 frame of the given size. */
function jpegHeader(width: number, height: number): Uint8Array {
  const app0 = [0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00];
  const sof0 = [0xff, 0xc0, 0x00, 0x11, 0x08, height >> 8, height & 0xff, width >> 8, width & 0xff, 0x03, 0x01, 0x22, 0x00, 0x02, 0x11, 0x01, 0x03, 0x11, 0x01];
  return new Uint8Array([0xff, 0xd8, ...app0, ...sof0, 0xff, 0xd9]);
}

describe('imageSize', () => {
  it('reads the size of a PNG', () => {
    expect(imageSize(new Uint8Array(Buffer.from(TINY_PNG_BASE64, 'base64')), 'image/png')).toEqual({ width: 2, height: 1 });
  });

  it('reads the size of a JPEG after its other segments', () => {
    expect(imageSize(jpegHeader(640, 480), 'image/jpeg')).toEqual({ width: 640, height: 480 });
  });

  it('returns null for bytes that are not the declared image', () => {
    expect(imageSize(jpegHeader(640, 480), 'image/png')).toBeNull();
    expect(imageSize(new Uint8Array(Buffer.from(TINY_PNG_BASE64, 'base64')), 'image/jpeg')).toBeNull();
    expect(imageSize(new Uint8Array([1, 2, 3]), 'image/png')).toBeNull();
  });
});

describe('fitInside', () => {
  it('scales down to the box keeping proportions, and never scales up', () => {
    expect(fitInside({ width: 1000, height: 500 }, 240, 96)).toEqual({ width: 192, height: 96 });
    expect(fitInside({ width: 1200, height: 100 }, 240, 96)).toEqual({ width: 240, height: 20 });
    expect(fitInside({ width: 50, height: 20 }, 240, 96)).toEqual({ width: 50, height: 20 });
  });
});
