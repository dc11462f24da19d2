import { afterEach, describe, expect, it } from 'vitest';
import { createExampleBody, profileOf, testBackend, type TestBackend } from '../storage/helpers';
import { exampleSessions } from './examples';

/** As an office keeps it: one row per representative, Italian headers and dates, categories in its own words. */
const LIST = [
  'Denominazione;Categoria;N. RUNTS;Referente;Ruolo;Data adesione',
  'APS Il Ponte;ETS;12345;Giulia Sala;Presidentessa;15/02/2026',
  'APS il ponte;Ente del Terzo settore;12345;Marco Riva;Volontario;15/02/2026',
  'Comune di Prato Alto;Comune;;Elena Costa;Assessora;20/02/2026',
  'CGIL Valfonda;Sindacato;;Luca Neri;Segretario;10/04/2026',
].join('\n');

describe('a tavolo\'s organisations from a list', () => {
  let t: TestBackend;
  afterEach(() => t.close());

  async function newTavolo() {
    t = testBackend();
    const profile = profileOf(exampleSessions()[2]!.body);
    return t.call('bodies.create', { profile: { ...profile, tavolo: { ...profile.tavolo!, organisations: [] } } });
  }

  it('guesses the columns, merges the rows of one organisation and gives late joiners the consultivo role', async () => {
    const tavolo = await newTavolo();
    const preview = await t.call('bodies.previewOrganisations', { bodyId: tavolo.id, file: { format: 'text', text: LIST } });
    expect(preview.columns).toEqual({ name: 'Denominazione', category: 'Categoria', runts: 'N. RUNTS', representative: 'Referente', representativeRole: 'Ruolo', joinedOn: 'Data adesione' });
    expect(preview.ok).toBe(true);
    const view = await t.call('bodies.importOrganisations', { bodyId: tavolo.id, file: { format: 'text', text: LIST }, mode: 'replace' });
    const organisations = view.tavolo!.organisations;
    expect(organisations.map((o) => [o.name, o.category, o.runts, o.joinedOn, o.representatives.map((r) => `${r.name} ${r.role} ${r.gender}`)])).toEqual([
      ['APS Il Ponte', 'ets', '12345', '2026-02-15', ['Giulia Sala Presidentessa f', 'Marco Riva Volontario m']],
      ['Comune di Prato Alto', 'comune', '', '2026-02-20', ['Elena Costa Assessora f']],
      ['CGIL Valfonda', 'sindacato', '', '2026-04-10', ['Luca Neri Segretario m']],
    ]);
    const register = await t.call('tavoli.register', { bodyId: tavolo.id });
    expect(register.rows.map((row) => [row.name, row.role])).toEqual([['APS Il Ponte', 'operativo'], ['Comune di Prato Alto', 'operativo'], ['CGIL Valfonda', 'consultivo']]);
  });

  it('refuses a list with a bad row, naming the row, and writes nothing', async () => {
    const tavolo = await newTavolo();
    const bad = `${LIST}\nScuola Media Rossi;Scuola;999;Anna Bo;Dirigente;31/02/2026\nFondazione X;Banca;;Ugo Re;;01/01/2026`;
    const preview = await t.call('bodies.previewOrganisations', { bodyId: tavolo.id, file: { format: 'text', text: bad } });
    expect(preview.ok).toBe(false);
    expect(preview.rows.flatMap((row) => row.errors)).toEqual([
      'Riga 6: data di adesione «31/02/2026» non è una data (GG/MM/AAAA)',
      'Riga 6: il numero RUNTS spetta solo a un ente del Terzo settore, non a «Scuola»',
      'Riga 7: categoria «Banca» non riconosciuta (ETS, Comune, ASST/ATS, Sindacato, Scuola, Cooperativa, Altro)',
    ]);
    await expect(t.call('bodies.importOrganisations', { bodyId: tavolo.id, file: { format: 'text', text: bad }, mode: 'replace' })).rejects.toThrow('L\'elenco contiene 3 errori: nessuna organizzazione importata.');
    expect((await t.call('bodies.get', { bodyId: tavolo.id })).tavolo!.organisations).toEqual([]);
  });

  it('refuses appending an organisation the tavolo has, and a list for a body that is not a tavolo', async () => {
    const tavolo = await newTavolo();
    await t.call('bodies.importOrganisations', { bodyId: tavolo.id, file: { format: 'text', text: LIST }, mode: 'replace' });
    await expect(t.call('bodies.importOrganisations', { bodyId: tavolo.id, file: { format: 'text', text: LIST }, mode: 'append' })).rejects.toThrow('nessuna organizzazione importata');
    expect((await t.call('bodies.get', { bodyId: tavolo.id })).tavolo!.organisations).toHaveLength(3);
    const assemblea = await createExampleBody(t);
    await expect(t.call('bodies.previewOrganisations', { bodyId: assemblea.id, file: { format: 'text', text: LIST } })).rejects.toThrow('non è un tavolo con avviso');
  });
});
