import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, afterEach, describe, expect, it } from 'vitest';
import { renderMeetingPdf } from '../../../electron/backend/pdf';
import { exampleMeetingFile, exampleMeetingText, tempDir, testBackend, type TestBackend } from '../storage/helpers';
import { base64 } from '../attachments/fixtures';
import { signP7m, signPades, throwawaySigner } from '../../fixtures/sign-with-openssl';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

let work: { dir: string; cleanup: () => void };
let signer: { cert: string; key: string };
let second: { cert: string; key: string };
beforeAll(() => {
  work = tempDir('verbalizza-firma-');
  signer = throwawaySigner(work.dir, 'Mario Verdi');
  second = throwawaySigner(work.dir, 'Anna Neri');
});
afterAll(() => work.cleanup());

let t: TestBackend;
let meetingId: string;
beforeEach(async () => {
  t = testBackend();
  meetingId = (await t.call('files.importJson', { content: exampleMeetingText() })).meeting.id;
});
afterEach(() => t.close());

async function exportForSignature() {
  const exported = await t.call('signing.exportForSignature', { meetingId });
  return { ...exported, bytes: Buffer.from(exported.base64, 'base64') };
}

const attach = (fileName: string, bytes: Uint8Array) => t.call('signing.attachSigned', { meetingId, fileName, base64: base64(bytes) });
const refuse = (fileName: string, bytes: Uint8Array) => t.fail('signing.attachSigned', { meetingId, fileName, base64: base64(bytes) });

describe('the signed file', () => {
  it('«Esporta per la firma» writes the PDF/A with a clear name and gives its SHA-256, kept for matching', async () => {
    const exported = await exportForSignature();
    expect(exported.fileName).toBe(`verbale-${exampleMeetingFile().meeting.date}-rev1-per-firma.pdf`);
    expect(exported.bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(exported.sha256).toBe(sha256(exported.bytes));
    const status = await t.call('signing.status', { meetingId });
    expect(status).toEqual({ exports: [{ fileName: exported.fileName, sha256: exported.sha256, revision: 1, exportedAt: exported.exportedAt }], signed: null });
  });

  it('a .p7m (CAdES: DER, BER streamed, PEM) of our export is recognised and matched; the meeting is «firmata» in the archive list', async () => {
    const exported = await exportForSignature();
    const p7m = signP7m(work.dir, exported.bytes, signer);
    const signed = await attach(`${exported.fileName}.p7m`, p7m);
    expect(signed).toMatchObject({ kind: 'cades', signatures: 1, exportSha256: exported.sha256, sha256: sha256(p7m), revision: 1 });
    expect(await t.call('blobs.get', { meetingId, sha256: sha256(p7m) })).toEqual({ mimeType: 'application/pkcs7-mime', base64: base64(p7m) });
    const [summary] = await t.call('meetings.search', {});
    expect(summary).toMatchObject({ id: meetingId, signed: true });

    // Streamed (BER, indefinite lengths, the content in chunks), as some signing software writes it.
    const streamed = signP7m(work.dir, exported.bytes, signer, 'BER');
    expect(streamed[1]).toBe(0x80);
    expect(await attach(`${exported.fileName}.p7m`, streamed)).toMatchObject({ kind: 'cades', signatures: 1, exportSha256: exported.sha256 });

    // Signed again by the second signer: a .p7m inside the .p7m, two signatures.
    const twice = signP7m(work.dir, p7m, second, 'PEM');
    expect(twice.subarray(0, 11).toString()).toBe('-----BEGIN ');
    expect(await attach(`${exported.fileName}.p7m.p7m`, twice)).toMatchObject({ kind: 'cades', signatures: 2, exportSha256: exported.sha256 });
  });

  it('a PAdES signature (an incremental update over our export), then a second signer over it, is recognised and matched', async () => {
    const exported = await exportForSignature();
    const once = signPades(work.dir, exported.bytes, signer);
    expect(once.subarray(0, exported.bytes.length).equals(exported.bytes)).toBe(true);
    expect(await attach('firmato.pdf', once)).toMatchObject({ kind: 'pades', signatures: 1, exportSha256: exported.sha256 });
    const twice = signPades(work.dir, once, second);
    // A real incremental update: qpdf reads it clean, poppler's pdfsig sees both signatures and their digests hold.
    const file = join(work.dir, 'firmato-2.pdf');
    writeFileSync(file, twice);
    execFileSync('qpdf', ['--check', file]);
    const report = spawnSync('pdfsig', ['-nocert', file], { encoding: 'utf8' }).stdout;
    expect(report.match(/Signature Validation: Signature is Valid/g)).toHaveLength(2);
    expect(await attach('firmato-2.pdf', twice)).toMatchObject({ kind: 'pades', signatures: 2, exportSha256: exported.sha256 });
    expect((await t.call('signing.status', { meetingId })).signed).toMatchObject({ fileName: 'firmato-2.pdf', signatures: 2 });
  });

  it('one byte changed in the signed content is reported as not matching the signature, for .p7m and PAdES; nothing is stored', async () => {
    const exported = await exportForSignature();
    const p7m = signP7m(work.dir, exported.bytes, signer);
    const inside = p7m.indexOf('%PDF-');
    p7m.writeUInt8(p7m.readUInt8(inside + 500) ^ 0x01, inside + 500);
    expect(await refuse('alterato.pdf.p7m', p7m)).toMatchObject({ code: 'SIGNED_FILE_ALTERED' });

    const pades = signPades(work.dir, exported.bytes, signer);
    pades.writeUInt8(pades.readUInt8(600) ^ 0x01, 600);
    const refused = await refuse('alterato.pdf', pades);
    expect(refused).toMatchObject({ code: 'SIGNED_FILE_ALTERED' });
    expect(refused.message).toContain('modificato dopo la firma');
    expect((await t.call('signing.status', { meetingId })).signed).toBeNull();
    expect((await t.call('meetings.search', {}))[0]).toMatchObject({ signed: false });
  });

  it('a file signed over another PDF (the verbale of a meeting with one word changed, not our export) is reported as not ours', async () => {
    const exported = await exportForSignature();
    const { meeting } = exampleMeetingFile();
    const other = Buffer.from(await renderMeetingPdf({ ...meeting, place: `${meeting.place} (sala B)` }));
    expect(sha256(other)).not.toBe(exported.sha256);
    const p7m = await refuse('altro.pdf.p7m', signP7m(work.dir, other, signer));
    expect(p7m).toMatchObject({ code: 'SIGNED_FILE_NOT_OURS' });
    expect(p7m.message).toContain(`«${exported.fileName}»`);
    expect(await refuse('altro.pdf', signPades(work.dir, other, signer))).toMatchObject({ code: 'SIGNED_FILE_NOT_OURS' });
  });

  it('an unsigned PDF, a file that is no signature, a meeting not closed or never exported: each refused saying why', async () => {
    const exported = await exportForSignature();
    expect(await refuse('nonfirmato.pdf', exported.bytes)).toMatchObject({ code: 'SIGNED_FILE_UNKNOWN', message: expect.stringContaining('non contiene firme') });
    expect(await refuse('testo.p7m', Buffer.from('ciao'))).toMatchObject({ code: 'SIGNED_FILE_UNKNOWN' });
    await t.call('meetings.reopen', { meetingId, reason: 'correzione' });
    expect(await refuse('firmato.pdf.p7m', signP7m(work.dir, exported.bytes, signer))).toMatchObject({ code: 'MEETING_NOT_CLOSED' });
    expect(await t.fail('signing.exportForSignature', { meetingId })).toMatchObject({ code: 'MEETING_NOT_CLOSED' });
    await t.call('meetings.close', { meetingId });
    // Revision 2 was never exported for signing: the revision 1 export does not count.
    expect(await refuse('firmato.pdf.p7m', signP7m(work.dir, exported.bytes, signer))).toMatchObject({ code: 'NO_SIGNING_EXPORT' });
  });
});
