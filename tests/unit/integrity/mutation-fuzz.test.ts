import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MeetingFileSchema } from '../../../shared/meeting-file';
import { tempDir } from '../storage/helpers';
import { cli } from '../cli/in-process';
import { archiveContent, exampleFileJson, workspace } from './helpers';

/** How many mutated files, and the seed that makes them the same on every run. */
const MUTATIONS = 320;
const SEED = 20_261_201;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the fuzz changes any node of the file
type Json = any;
type Path = (string | number)[];

/** Every node of the file with its path, and the strings it holds (ids, times, texts: the values mutations reuse). */
function nodes(root: Json): { path: Path; value: Json }[] {
  const found: { path: Path; value: Json }[] = [];
  const walk = (value: Json, path: Path) => {
    found.push({ path, value });
    if (value !== null && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) walk(child, [...path, Array.isArray(value) ? Number(key) : key]);
    }
  };
  walk(root, []);
  return found;
}

function at(root: Json, path: Path): Json {
  return path.reduce((node, key) => node?.[key], root);
}

const KINDS = ['deleteElement', 'duplicateElement', 'swapElements', 'deleteKey', 'reuseString', 'time', 'number', 'string', 'flip'] as const;
type Kind = (typeof KINDS)[number];

interface Mutation {
  kind: Kind;
  /** Which candidate node (modulo their number), which other node or value. */
  pick: number;
  other: number;
}

const TIMES = ['00:00', '08:00', '17:10', '17:29', '17:30', '18:00', '18:40', '19:47', '20:30', '23:59', '25:00', '7:5'];
const NUMBERS = [-1, 0, 1, 2, 7, 14, 15, 17, 1000, 1.5, 1e12];
const STRINGS = ['', ' ', 'x', 'Comune di Borgo Alto', 's-2025-03-05', 'm01', 'e2-5', 'i3', 'p01', 'closed', 'vote', 'room', 'y'.repeat(400)];

/** Applies one mutation to the file in place (none when the file has no node it applies to). */
function mutate(file: Json, { kind, pick, other }: Mutation): void {
  const all = nodes(file);
  const strings = all.filter((node) => typeof node.value === 'string' && node.path.length > 0);
  const candidates = all.filter(({ path, value }) => {
    const key = path[path.length - 1];
    switch (kind) {
      case 'deleteElement':
      case 'duplicateElement':
      case 'swapElements':
        return Array.isArray(value) && value.length > 0;
      case 'deleteKey':
        return value !== null && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length > 0;
      case 'reuseString':
      case 'string':
        return typeof value === 'string' && path.length > 0;
      case 'time':
        return typeof key === 'string' && /time$/i.test(key);
      case 'number':
        return typeof value === 'number';
      case 'flip':
        return typeof value === 'boolean';
    }
  });
  const target = candidates[pick % Math.max(1, candidates.length)];
  if (!target) return;
  const { path, value } = target;
  const parent = path.length > 0 ? at(file, path.slice(0, -1)) : null;
  const key = path[path.length - 1] as string | number;
  switch (kind) {
    case 'deleteElement':
      value.splice(other % value.length, 1);
      break;
    case 'duplicateElement': {
      const index = other % value.length;
      value.splice(index + 1, 0, structuredClone(value[index]));
      break;
    }
    case 'swapElements': {
      const a = other % value.length;
      const b = (other >> 4) % value.length;
      [value[a], value[b]] = [value[b], value[a]];
      break;
    }
    case 'deleteKey':
      delete value[Object.keys(value)[other % Object.keys(value).length] as string];
      break;
    case 'reuseString':
      parent[key] = strings[other % strings.length]?.value;
      break;
    case 'time':
      parent[key] = TIMES[other % TIMES.length];
      break;
    case 'number':
      parent[key] = NUMBERS[other % NUMBERS.length];
      break;
    case 'string':
      parent[key] = STRINGS[other % STRINGS.length];
      break;
    case 'flip':
      parent[key] = !value;
      break;
  }
}

const mutationArbitrary = fc.array(
  fc.record({ kind: fc.constantFrom(...KINDS), pick: fc.nat(), other: fc.nat() }),
  { minLength: 1, maxLength: 2 },
);

/** What a user must never see in place of an Italian message. */
const NOT_FOR_USERS = /\b(Error|TypeError|SqliteError|Cannot read|is not a function|Unexpected token)\b|\n\s+at /;

describe('mutation fuzz of the example meeting file through import, check and export-docx', () => {
  it(`refuses each of ${MUTATIONS} mutated files with exit 1 and an Italian message, changing nothing, or imports it exactly`, async () => {
    const samples = fc.sample(mutationArbitrary, { seed: SEED, numRuns: MUTATIONS });
    const tally = { refused: 0, accepted: 0 };
    const template = await workspace();
    const before = archiveContent(template.dataDir);
    try {
      for (const [index, mutations] of samples.entries()) {
        // A fresh copy of the archive for each file: an accepted one must not make the next "already present".
        const w = tempDir('verbalizza-fuzz-');
        try {
          const dataDir = join(w.dir, 'dati');
          cpSync(template.dataDir, dataDir, { recursive: true });
          const file = exampleFileJson();
          for (const mutation of mutations) mutate(file, mutation);
          const path = join(w.dir, 'seduta.json');
          writeFileSync(path, JSON.stringify(file));
          const label = `mutazione ${index}: ${JSON.stringify(mutations)}`;

          const checked = await cli('check', path);
          const imported = await cli('import', path, '--data-dir', dataDir);
          const docx = join(w.dir, 'verbale.docx');
          const exported = await cli('export-docx', path, docx);

          expect([checked.code, imported.code, exported.code], label).toEqual(imported.code === 0 ? [0, 0, 0] : [1, 1, 1]);
          if (imported.code !== 0) {
            tally.refused += 1;
            expect(imported.err, label).toContain("Nessuna modifica all'archivio.");
            expect(`${imported.err}\n${exported.err}\n${checked.out}${checked.err}`, label).not.toMatch(NOT_FOR_USERS);
            expect(archiveContent(dataDir), label).toBe(before);
            expect(existsSync(docx), label).toBe(false);
            continue;
          }
          tally.accepted += 1;
          const meeting = MeetingFileSchema.parse(file).meeting;
          const out = join(w.dir, 'esportata.json');
          expect((await cli('export-json', meeting.id, out, '--data-dir', dataDir)).code, label).toBe(0);
          expect(JSON.parse(readFileSync(out, 'utf8')).meeting, label).toEqual(meeting);
        } finally {
          w.cleanup();
        }
      }
    } finally {
      template.cleanup();
    }
    console.log(`Mutation fuzz (seed ${SEED}): ${tally.refused} refused, ${tally.accepted} accepted and round-tripped, of ${MUTATIONS}.`);
    expect(tally.refused + tally.accepted).toBe(MUTATIONS);
    // A fuzz that only ever refuses (or only accepts) proves little.
    expect(tally.refused).toBeGreaterThan(MUTATIONS / 10);
    expect(tally.accepted).toBeGreaterThan(MUTATIONS / 10);
  }, 120_000);
});
