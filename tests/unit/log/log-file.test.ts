import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LOG_FILE, logFolder, openLog } from '../../../electron/backend/log/log-file';
import { tempDir } from '../storage/helpers';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

function folder(): string {
  const { dir, cleanup } = tempDir('verbalizza-log-');
  cleanups.push(cleanup);
  return dir;
}

const parsed = (lines: string[]) => lines.map((line) => JSON.parse(line) as Record<string, unknown>);

describe('the log file', () => {
  it('appends one JSON line per event in logs/verbalizza.log of the data folder', () => {
    const dataDir = folder();
    const log = openLog(dataDir, { program: 'test', now: () => new Date('2026-12-01T10:00:00Z') });
    log.info('call', { method: 'meetings.addEntry', meetingId: 'm-1', ms: 0.4 });
    log.warn('call.refused', { method: 'meetings.close', code: 'MEETING_CHECK_FAILED' });
    expect(log.path).toBe(join(dataDir, 'logs', LOG_FILE));
    const lines = parsed(readFileSync(log.path, 'utf8').trim().split('\n'));
    expect(lines).toEqual([
      { at: '2026-12-01T10:00:00.000Z', level: 'info', program: 'test', pid: process.pid, event: 'call', method: 'meetings.addEntry', meetingId: 'm-1', ms: 0.4 },
      { at: '2026-12-01T10:00:00.000Z', level: 'warn', program: 'test', pid: process.pid, event: 'call.refused', method: 'meetings.close', code: 'MEETING_CHECK_FAILED' },
    ]);
  });

  it('rotates by size: the full file becomes .1, older ones move up, only `kept` of them stay', () => {
    const log = openLog(folder(), { program: 'test', maxBytes: 1_000, kept: 2 });
    for (let n = 0; n < 60; n += 1) log.info('call', { n, method: 'meetings.addEntry' });
    const files = readdirSync(logFolder(join(log.path, '..', '..'))).sort();
    expect(files).toEqual([LOG_FILE, `${LOG_FILE}.1`, `${LOG_FILE}.2`]);
    for (const file of files) expect(statSync(join(log.path, '..', file)).size).toBeLessThanOrEqual(1_000);
    // The newest lines are in the current file, the ones just before in .1, nothing lost between them.
    const numbers = [`${log.path}.2`, `${log.path}.1`, log.path].flatMap((file) => parsed(readFileSync(file, 'utf8').trim().split('\n')).map((line) => line.n));
    expect(numbers.at(-1)).toBe(59);
    expect(numbers).toEqual(Array.from({ length: numbers.length }, (_, i) => 60 - numbers.length + i));
    expect(parsed(log.lastLines(5)).map((line) => line.n)).toEqual([55, 56, 57, 58, 59]);
  });

  it('keeps of an error its kind, code and place, without the quoted parts of its message', () => {
    const log = openLog(folder(), { program: 'test' });
    const error = Object.assign(new TypeError('Membro «MARIO VERDI» non trovato in "Sala consiliare di Borgo"'), { code: 'E_TEST' });
    log.error('call.internalError', error, { method: 'meetings.get' });
    const [line] = parsed(log.lastLines(1));
    expect(line).toMatchObject({ level: 'error', errorName: 'TypeError', errorCode: 'E_TEST', errorMessage: 'Membro «…» non trovato in «…»', method: 'meetings.get' });
    expect(line?.errorAt).toMatch(/log-file\.test\.ts:\d+:\d+/);
    expect(JSON.stringify(line)).not.toMatch(/MARIO|Borgo|\/work\//);
  });

  it('never fails the program when the folder cannot hold it: the line is dropped', () => {
    const missing = join(folder(), 'non-esiste');
    const log = openLog(missing, { program: 'test' });
    expect(() => log.info('call', { method: 'bodies.list' })).not.toThrow();
    expect(existsSync(missing)).toBe(false);
    expect(log.lastLines(10)).toEqual([]);
  });
});
