import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseSignedData } from '../../../electron/backend/signing/cms';
import { recogniseSignedFile } from '../../../electron/backend/signing/recognise-signed';
import { DomainError } from '../../../shared/api/errors';
import { signP7m, throwawaySigner } from '../../fixtures/sign-with-openssl';
import { tempDir } from '../storage/helpers';
import { tinyPdf } from '../attachments/fixtures';

let work: { dir: string; cleanup: () => void };
let p7m: Buffer;
let streamed: Buffer;
beforeAll(() => {
  work = tempDir('verbalizza-cms-');
  const signer = throwawaySigner(work.dir);
  p7m = signP7m(work.dir, tinyPdf(), signer);
  streamed = signP7m(work.dir, tinyPdf(), signer, 'BER');
});
afterAll(() => work.cleanup());

describe('reading CMS from bytes nobody vouches for', () => {
  it('reads the content and the signer of DER and streamed BER alike', () => {
    for (const bytes of [p7m, streamed]) {
      const signed = parseSignedData(bytes);
      expect(Buffer.from(signed!.content!).equals(Buffer.from(tinyPdf()))).toBe(true);
      expect(signed!.signers).toHaveLength(1);
      expect(signed!.signers[0]!.digestAlgorithm).toBe('sha256');
    }
  });

  it('a truncated, changed or random file is never a crash: null, or a refusal in Italian', () => {
    const damaged = fc.oneof(
      fc.integer({ min: 0, max: p7m.length - 1 }).map((length) => p7m.subarray(0, length)),
      fc.tuple(fc.integer({ min: 0, max: streamed.length - 1 }), fc.integer({ min: 1, max: 255 })).map(([at, mask]) => {
        const copy = Buffer.from(streamed);
        copy.writeUInt8(copy.readUInt8(at) ^ mask, at);
        return copy;
      }),
      fc.uint8Array({ maxLength: 300 }).map((bytes) => Buffer.concat([Buffer.from([0x30]), bytes])),
    );
    fc.assert(
      fc.property(damaged, (bytes) => {
        expect(() => parseSignedData(bytes)).not.toThrow();
        try {
          recogniseSignedFile(bytes, []);
        } catch (error) {
          expect(error).toBeInstanceOf(DomainError);
        }
      }),
      { numRuns: 2_000, seed: 20261201 },
    );
  });
});
