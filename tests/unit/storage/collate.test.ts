import { describe, expect, it } from 'vitest';
import { compareNames, foldForSearch, sameName } from '../../../electron/backend/services/collate';
import { createExampleBody, exampleBody, profileOf, testBackend } from './helpers';

describe('Italian names', () => {
  it('sort as an Italian reader expects, accents and apostrophes included', () => {
    const names = ['Comunità Montana Alta Valle', 'Comune di Sant’Elia', "Comune di Sant'Andrea", 'Comune di Santa Maria', 'Città di Castello', 'Cittadella', 'comune di Borgo', 'Comune di Àrcole', 'Comune di Zibido'];
    const sorted = [...names].sort(compareNames);
    expect(sorted.indexOf('Città di Castello')).toBeLessThan(sorted.indexOf('Cittadella'));
    expect(sorted.indexOf('Comune di Àrcole')).toBeLessThan(sorted.indexOf('comune di Borgo'));
    expect(sorted.indexOf('Comune di Zibido')).toBeLessThan(sorted.indexOf('Comunità Montana Alta Valle'));
    expect(sorted.indexOf("Comune di Sant'Andrea")).toBeLessThan(sorted.indexOf('Comune di Santa Maria'));
    expect(sorted.at(-1)).toBe('Comunità Montana Alta Valle');
  });

  it('compare accents exactly but ignore case', () => {
    expect(sameName('Comunità Montana', 'comunità montana')).toBe(true);
    expect(sameName('Comunità Montana', 'Comunita Montana')).toBe(false);
    expect(sameName("Sant'Andrea", "Sant'Andrea ")).toBe(true);
    expect(foldForSearch('CITTÀ di Sant’Andrea')).toBe('citta di sant’andrea');
  });

  it('order the list of bodies and refuse a member entity already present with another case', async () => {
    const t = testBackend();
    try {
      for (const name of ['Consiglio di Zona', "Assemblea dei Sindaci dell'Ambito Città Alta", 'Assemblea dei Sindaci di Cittadella']) {
        await t.call('bodies.create', { profile: { ...profileOf(exampleBody()), name } });
      }
      const list = await t.call('bodies.list', {});
      expect(list.map((body) => body.name)).toEqual(["Assemblea dei Sindaci dell'Ambito Città Alta", 'Assemblea dei Sindaci di Cittadella', 'Consiglio di Zona']);
      const body = await createExampleBody(t);
      const community = body.members.find((member) => member.entity.startsWith('Comunità'))!;
      const error = await t.fail('bodies.upsertMember', { bodyId: body.id, member: { ...community, id: undefined, seat: 90, entity: community.entity.toUpperCase() } });
      expect(error).toMatchObject({ kind: 'domain', code: 'MEMBER_CLASH' });
    } finally {
      t.close();
    }
  });
});
