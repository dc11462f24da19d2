/**
 * Archive search over 400 and 4,000 meetings (~25 entries each: ~10,000 and ~100,000 entries), through the backend's
 * dispatch (validation, FTS5 query, count, page of 20 with snippets), against a raw FTS5 MATCH of the same query on the
 * same index (the first 20 rowids in the same order) in the same run. The archive is written directly as rows in one transaction per
 * size (the same rows and index documents an import writes). Prints figures; not a timed test.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { diffMeetings } from '../electron/backend/db/meeting-diff';
import { applyChanges } from '../electron/backend/db/rows';
import { ftsQuery } from '../electron/backend/search/fts-query';
import { indexMeeting } from '../electron/backend/search/search-index';
import { openBackend } from '../electron/backend/services/backend';
import { MeetingFileSchema } from '../shared/meeting-file';
import type { Meeting, TimelineEntry } from '../shared/model';

const root = join(import.meta.dirname, '..');
const example = MeetingFileSchema.parse(JSON.parse(readFileSync(join(root, 'resources/examples/meeting.json'), 'utf8'))).meeting as Meeting;
const ENTRIES_PER_MEETING = 25;

let seed = 20261201;
function next(n: number): number {
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  return (seed >>> 0) % n;
}

// A vocabulary of 3,000 made-up words plus the words of the example meeting: a statement reads like a real one to FTS5.
const syllables = ['ca', 'pi', 'ro', 'ta', 'ne', 'mu', 'la', 'so', 've', 'di', 'bri', 'sta', 'gno', 'zio', 'ren', 'col', 'ma', 'fe'];
const madeUp = Array.from({ length: 3_000 }, () => Array.from({ length: 2 + next(3) }, () => syllables[next(syllables.length)]).join(''));
const exampleWords = example.items.flatMap((item) => item.entries.flatMap((entry) => (entry.type === 'statement' ? entry.text.split(/\s+/) : [])));
const words = [...madeUp, ...exampleWords];
const sentence = (length: number) => Array.from({ length }, () => words[next(words.length)]).join(' ');

function meetingNumber(n: number): Meeting {
  const date = new Date(Date.UTC(2000, 0, 1) + n * 2 * 86_400_000).toISOString().slice(0, 10);
  const perItem = Math.ceil(ENTRIES_PER_MEETING / example.items.length);
  const items = example.items.map((item, index) => {
    const extra: TimelineEntry[] = [];
    for (let k = item.entries.length; k < perItem; k += 1) {
      const member = example.body.members[next(example.body.members.length)]!;
      extra.push({ id: `x${index}-${k}`, type: 'statement', speaker: { kind: 'member', memberId: member.id }, text: sentence(30 + next(40)) });
    }
    return { ...item, entries: [...extra, ...item.entries] };
  });
  return { ...example, id: `seduta-${n}`, date, items };
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p))] ?? 0;
}

const surname = example.body.members[9]!.representative.name.split(' ').at(-1)!;
const QUERIES = ['astenuto', 'citta', surname, 'Monteverde', 'riparto fondo', 'domiciliarità', madeUp[7]!, `${madeUp[11]} ${madeUp[12]}`, 'sala consiliare', 'piano'];
const RUNS = 30;

const dir = mkdtempSync(join(tmpdir(), 'verbalizza-bench-search-'));
try {
  const backend = openBackend(join(dir, 'dati'), { dailyBackup: false });
  const db = backend.db;
  db.prepare('INSERT INTO bodies (id, name, profile) VALUES (?, ?, ?)').run(example.body.id, example.body.name, '{}');
  // The same ranking as the service (bm25, then newest), on the FTS5 table alone.
  const raw = db.prepare('SELECT rowid FROM search_index WHERE search_index MATCH ? ORDER BY bm25(search_index), rowid DESC LIMIT 20').pluck();
  let stored = 0;
  const results: { meetings: number; entries: number; service: number; raw: number }[] = [];
  console.log(`Macchina: ${cpus()[0]?.model ?? '?'} (${cpus().length} core), Node ${process.version}, SQLite ${db.prepare('SELECT sqlite_version()').pluck().get()}`);
  for (const size of [400, 4_000]) {
    const built = performance.now();
    db.transaction(() => {
      for (; stored < size; stored += 1) {
        const meeting = meetingNumber(stored);
        applyChanges(db, diffMeetings(null, meeting));
        indexMeeting(db, meeting);
      }
    })();
    const entries = db.prepare('SELECT count(*) FROM entries').pluck().get() as number;
    console.log(`\n${size} sedute, ${entries} voci, ${db.prepare('SELECT count(*) FROM search_documents').pluck().get()} documenti (scritte in ${((performance.now() - built) / 1000).toFixed(1)} s)`);
    const serviceTimes: number[] = [];
    const rawTimes: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      for (const text of QUERIES) {
        // Interleaved: the service call, then the raw MATCH of the same query on the same index.
        let start = performance.now();
        const response = await backend.dispatch('archive.search', { text, pageSize: 20 });
        serviceTimes.push(performance.now() - start);
        if (!response.ok) throw new Error(JSON.stringify(response.error));
        start = performance.now();
        raw.all(ftsQuery(text));
        rawTimes.push(performance.now() - start);
      }
    }
    for (const text of QUERIES) {
      const response = await backend.dispatch('archive.search', { text, pageSize: 20 });
      if (response.ok) console.log(`  «${text}»: ${(response.result as { total: number }).total} risultati`);
    }
    const service = percentile(serviceTimes, 0.95);
    const rawP95 = percentile(rawTimes, 0.95);
    console.log(`  ricerca con estratti (dispatch), ${serviceTimes.length} ricerche: mediana ${percentile(serviceTimes, 0.5).toFixed(2)} ms, p95 ${service.toFixed(2)} ms (obiettivo ≤ 20 ms)`);
    console.log(`  MATCH FTS5 grezzo, stessa query: mediana ${percentile(rawTimes, 0.5).toFixed(2)} ms, p95 ${rawP95.toFixed(2)} ms; rapporto p95 ${(service / rawP95).toFixed(1)}x`);
    results.push({ meetings: size, entries, service, raw: rawP95 });
  }
  const [small, large] = results as [(typeof results)[0], (typeof results)[0]];
  const growth = large.service / small.service;
  console.log(`\nCrescita 400 → 4.000 sedute (×${(large.entries / small.entries).toFixed(1)} voci): p95 ×${growth.toFixed(1)} (lineare o meglio: ≤ ×10)`);
  backend.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
