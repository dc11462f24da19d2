import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Meeting } from '../../../shared/model';
import { exampleMeetingFile, testBackend, type TestBackend } from '../storage/helpers';
import { exampleCopy, importFile, snippetText } from './helpers';

let t: TestBackend;
const meeting: Meeting = exampleMeetingFile().meeting;
const member = (id: string) => meeting.body.members.find((m) => m.id === id)!;
const entriesOf = (itemIndex: number) => meeting.items[itemIndex]!.entries;

beforeEach(async () => {
  t = testBackend();
  await importFile(t, exampleMeetingFile());
});
afterEach(() => t.close());

const search = (text: string, more: Record<string, unknown> = {}) => t.call('archive.search', { text, ...more });

describe('archive search', () => {
  it('«citta» finds «Città», without accents or case, and the snippet marks it', async () => {
    const result = await search('citta');
    expect(result.total).toBeGreaterThan(0);
    for (const hit of result.hits) expect(snippetText(hit)).toContain('[Città]');
    const decision = entriesOf(2).find((e) => e.type === 'decision' && e.againstMemberIds.length > 0)!;
    expect(result.hits.map((hit) => hit.entryId)).toContain(decision.id);
    expect(result.hits.find((hit) => hit.entryId === decision.id)).toMatchObject({
      meeting: { id: meeting.id, date: meeting.date, bodyName: meeting.body.name, status: 'closed' },
      item: { id: meeting.items[2]!.id, number: 3, title: meeting.items[2]!.title },
    });
  });

  it("finds a speaker's surname and shows the statement with its item", async () => {
    const speaker = member('m10');
    const surname = speaker.representative.name.split(' ').at(-1)!;
    const statement = entriesOf(1).find((e) => e.type === 'statement' && e.speaker.kind === 'member' && e.speaker.memberId === 'm10')!;
    const result = await search(surname.toUpperCase());
    const hit = result.hits.find((h) => h.entryId === statement.id);
    expect(hit?.item).toMatchObject({ number: 2 });
    expect(snippetText(hit!)).toContain(`[${surname}]`);
    expect(snippetText(hit!)).toContain(speaker.entity);
  });

  it("finds an entity's name, «astenuto» and a named abstainer's entity in the decision", async () => {
    const decision = entriesOf(2).find((e) => e.type === 'decision' && e.abstainedMemberIds.length === 2)!;
    const abstainer = member(decision.type === 'decision' ? decision.abstainedMemberIds[1]! : '');
    const snippetOf = async (text: string) => {
      const hit = (await search(text)).hits.find((h) => h.entryId === decision.id);
      expect(hit, text).toBeDefined();
      return snippetText(hit!);
    };
    expect(await snippetOf('astenuto')).toContain('[Astenuti]:');
    expect(await snippetOf(abstainer.entity.toLowerCase())).toMatch(/Astenuti: .*\[/);
    const entity = (await search('Monteverde')).hits;
    expect(entity.length).toBeGreaterThan(0);
    for (const hit of entity) expect(snippetText(hit)).toContain('[Monteverde]');
  });

  it('finds an item title (item hit, no entry) and a place or body name (meeting hit, no item)', async () => {
    const item = (await search('riparto fondo')).hits.find((h) => h.entryId === null && h.item !== null);
    expect(item?.item).toMatchObject({ number: 3, title: meeting.items[2]!.title });
    const place = (await search('sala consiliare')).hits;
    expect(place).toHaveLength(1);
    expect(place[0]).toMatchObject({ item: null, entryId: null });
    expect(snippetText(place[0]!)).toContain('[Sala] [consiliare]');
  });

  it('reads what she types as words, never as FTS5 syntax', async () => {
    for (const text of ['"', 'Città" OR *', 'NEAR(a b)', '-', '(']) {
      const response = await t.backend.dispatch('archive.search', { text });
      expect(response.ok, text).toBe(true);
    }
    expect((await search('"città"')).total).toBe((await search('citta')).total);
  });

  it('pages the hits, best first then newest, and filters by body, dates and status', async () => {
    for (const [index, date] of ['2025-04-02', '2025-05-07', '2025-06-04', '2025-07-02'].entries()) await importFile(t, exampleCopy(`copia-${index}`, date, index === 3 ? 'draft' : 'closed'));
    const all = await search('riparto', { pageSize: 100 });
    expect(all.total).toBe(all.hits.length);
    const pages = [];
    for (let page = 1; (page - 1) * 3 < all.total; page += 1) {
      const result = await search('riparto', { page, pageSize: 3 });
      expect(result).toMatchObject({ total: all.total, page, pageSize: 3 });
      pages.push(...result.hits);
    }
    expect(pages).toEqual(all.hits);
    // The same document in five meetings ranks the same: the newest meeting first.
    const sameItem = all.hits.filter((h) => h.entryId === null && h.item?.number === 3).map((h) => h.meeting.date);
    expect(sameItem).toEqual(['2025-07-02', '2025-06-04', '2025-05-07', '2025-04-02', '2025-03-05']);

    const dated = await search('riparto', { from: '2025-05-01', to: '2025-06-30', pageSize: 100 });
    expect(new Set(dated.hits.map((h) => h.meeting.date))).toEqual(new Set(['2025-05-07', '2025-06-04']));
    const drafts = await search('riparto', { status: 'draft', pageSize: 100 });
    expect(new Set(drafts.hits.map((h) => h.meeting.id))).toEqual(new Set(['copia-3']));
    expect((await search('riparto', { bodyId: meeting.body.id })).total).toBe(all.total);
    expect((await search('riparto', { bodyId: 'altro-organo' })).total).toBe(0);
  });

  it("the archive list's text filter uses the same index", async () => {
    await importFile(t, exampleCopy('copia', '2025-04-02', 'draft'));
    expect((await t.call('meetings.search', { text: 'citta' })).map((m) => m.id).sort()).toEqual(['copia', meeting.id]);
    expect(await t.call('meetings.search', { text: 'parola-che-non-esiste' })).toEqual([]);
  });
});
