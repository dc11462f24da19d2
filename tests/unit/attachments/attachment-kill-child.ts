/**
 * Child process of the attachment kill test: adds 12 MB attachments to an item in a loop, printing «START <n>» before
 * each call and «DONE <n>» after it, until it is killed.
 * Usage: node attachment-kill-child.mjs <data-dir> <meeting-id> <item-id> <prefix>
 */
import { randomBytes } from 'node:crypto';
import { openBackend } from '../../../electron/backend/services/backend';

const [dataDir, meetingId, itemId, prefix] = process.argv.slice(2);
if (!dataDir || !meetingId || !itemId || !prefix) throw new Error('uso: attachment-kill-child <cartella-dati> <seduta> <punto> <prefisso>');
const backend = openBackend(dataDir, { dailyBackup: false });
process.stdout.write('READY\n');
for (let n = 0; ; n += 1) {
  const bytes = Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(12 * 1024 * 1024)]);
  process.stdout.write(`START ${n}\n`);
  const response = await backend.dispatch('attachments.add', { meetingId, itemId, attachmentId: `${prefix}-${n}`, fileName: `scansione-${n}.pdf`, base64: bytes.toString('base64') });
  if (!response.ok) throw new Error(JSON.stringify(response.error));
  process.stdout.write(`DONE ${n}\n`);
}
