import writeExcelFile from 'write-excel-file/node';
import { describe, expect, it } from 'vitest';
import type { BodyProfile } from '../../../shared/model';
import { guessMemberColumns } from '../../../electron/backend/services/member-columns';
import { databaseContent, exampleBody, profileOf, testBackend, type TestBackend } from './helpers';

const header = 'N.;Ente;Popolazione;Data popolazione;Rappresentante;Ruolo;Genere';
const good = [
  header,
  '1;Comune di Sant’Andrea;12.345;01/01/2025;Niccolò Ferrà;Sindaco;M',
  '2;Comunità Montana Alta Val Chiara;38.120;2025-01-01;Lucia Pò;Assessora;F',
  '3;Città di Roccafonda;800;31/12/2024;Mattia Oliverio;Vicesindaco;m',
].join('\r\n');
/** How a clerk's own list looks: three columns, no population. */
const clerks = ['N.;Comune;Sindaco/delegato', '1;Comune di Borgo Alto;Anna Bo', '2;Comune di Lago;Bruno Re'].join('\n');

const text = (value: string) => ({ format: 'text' as const, text: value });

/** A body whose rules count heads only, or one whose majority weighs population too. */
function profile(weighsPopulation: boolean): BodyProfile {
  const base = profileOf(exampleBody());
  return weighsPopulation ? { ...base, rules: { ...base.rules, majority: { ...base.rules.majority, weighting: 'double' } } } : base;
}

async function withBody(weighsPopulation: boolean, run: (t: TestBackend, bodyId: string) => Promise<void>) {
  const t = testBackend();
  try {
    const body = await t.call('bodies.create', { profile: profile(weighsPopulation) });
    await run(t, body.id);
  } finally {
    t.close();
  }
}

describe('member lists: the column mapping guessed from the headers', () => {
  it('maps a clerk’s «N.;Comune;Sindaco/delegato» to seat, entity and representative', () => {
    expect(guessMemberColumns(['N.', 'Comune', 'Sindaco/delegato'])).toEqual({ seat: 'N.', entity: 'Comune', name: 'Sindaco/delegato' });
  });

  it('tells «Genere ente» from «Genere», «Data popolazione» from «Popolazione», «N. delega» from «N.»', () => {
    expect(guessMemberColumns(['Nr', 'Ente', 'Popolazione al 31/12/2024', 'Data rilevazione popolazione', 'Nominativo', 'Carica', 'Sesso', 'Genere ente', 'N. delega'])).toEqual({
      seat: 'Nr',
      entity: 'Ente',
      population: 'Popolazione al 31/12/2024',
      populationDate: 'Data rilevazione popolazione',
      name: 'Nominativo',
      role: 'Carica',
      gender: 'Sesso',
      entityGender: 'Genere ente',
      delegation: 'N. delega',
    });
  });
});

describe('member lists through the API', () => {
  it('reads the clerk’s list without population when the rules do not weigh it, role and gender noted as assumed', async () => {
    await withBody(false, async (t, bodyId) => {
      const preview = await t.call('bodies.previewMembers', { bodyId, file: text(clerks) });
      expect(preview).toMatchObject({ ok: true, errors: [], populationRequired: false, columns: { seat: 'N.', entity: 'Comune', name: 'Sindaco/delegato' } });
      expect(preview.notes).toEqual(['Il file non indica ruolo né genere: ogni rappresentante è registrato come «Sindaco» (M). Correggi nella tabella chi non lo è.']);
      expect(preview.rows[0]?.member).toMatchObject({ seat: 1, entity: 'Comune di Borgo Alto', population: 0, representative: { name: 'Anna Bo', role: 'Sindaco', gender: 'm' } });
    });
  });

  it('asks for the population column when the rules weigh population', async () => {
    await withBody(true, async (t, bodyId) => {
      const preview = await t.call('bodies.previewMembers', { bodyId, file: text(clerks) });
      expect(preview.ok).toBe(false);
      expect(preview.errors).toEqual([
        'Scegli la colonna di «Popolazione»: le regole dell’organo pesano la popolazione.',
        'Scegli la colonna di «Data popolazione»: le regole dell’organo pesano la popolazione.',
      ]);
    });
  });

  it('reads ";" with a BOM, Italian thousands and dates, and a TSV pasted from a spreadsheet the same way', async () => {
    await withBody(true, async (t, bodyId) => {
      const csv = await t.call('bodies.previewMembers', { bodyId, file: text(`\uFEFF${good}\r\n`) });
      expect(csv.errors).toEqual([]);
      expect(csv.rows.map((row) => row.member)).toEqual([
        { seat: 1, entity: 'Comune di Sant’Andrea', entityGender: 'm', population: 12345, populationDate: '2025-01-01', representative: { name: 'Niccolò Ferrà', role: 'Sindaco', gender: 'm', delegation: '' } },
        { seat: 2, entity: 'Comunità Montana Alta Val Chiara', entityGender: 'f', population: 38120, populationDate: '2025-01-01', representative: { name: 'Lucia Pò', role: 'Assessora', gender: 'f', delegation: '' } },
        { seat: 3, entity: 'Città di Roccafonda', entityGender: 'f', population: 800, populationDate: '2024-12-31', representative: { name: 'Mattia Oliverio', role: 'Vicesindaco', gender: 'm', delegation: '' } },
      ]);
      const tsv = await t.call('bodies.previewMembers', { bodyId, file: text(good.replaceAll(';', '\t')) });
      expect(tsv.rows.map((row) => row.member)).toEqual(csv.rows.map((row) => row.member));
    });
  });

  it('reads a real .xlsx (numbers and date cells) written with the same library as the template', async () => {
    const bytes = await writeExcelFile([
      ['N.', 'Comune', 'Abitanti', 'Data popolazione', 'Sindaco/delegato', 'Ruolo'],
      [4, 'Comune di Pietrarossa', 2950, { value: new Date(Date.UTC(2024, 11, 31)), format: 'dd/mm/yyyy' }, 'Carla Fo', 'Sindaca'],
    ]).toBuffer();
    await withBody(true, async (t, bodyId) => {
      const preview = await t.call('bodies.previewMembers', { bodyId, file: { format: 'xlsx', base64: bytes.toString('base64') } });
      expect(preview.errors).toEqual([]);
      expect(preview.rows).toEqual([
        {
          line: 2,
          read: { seat: '4', entity: 'Comune di Pietrarossa', population: '2950', populationDate: '31/12/2024', name: 'Carla Fo', role: 'Sindaca' },
          member: { seat: 4, entity: 'Comune di Pietrarossa', entityGender: 'm', population: 2950, populationDate: '2024-12-31', representative: { name: 'Carla Fo', role: 'Sindaca', gender: 'f', delegation: '' } },
          errors: [],
        },
      ]);
      const notXlsx = await t.fail('bodies.previewMembers', { bodyId, file: { format: 'xlsx', base64: Buffer.from(good).toString('base64') } });
      expect(notXlsx).toMatchObject({ kind: 'domain', message: 'Il file non è un foglio Excel (.xlsx) leggibile: salvalo di nuovo come .xlsx o come CSV.' });
    });
  });

  it('shows what was read in each wrong row, and duplicate seats and entities', async () => {
    const csv = [
      header,
      '1;Comune di Borgo;1.000;01/01/2025;Anna Bo;Sindaca;F',
      '2;Comune di Lago;12.3OO;01/01/2025;Bruno Re;Sindaco;M',
      '1;Comune di Monte;500;31/02/2025;Carla Fo;Sindaca;X',
      '4;comune di borgo;700;01/01/2025;Dario Po;Sindaco;M',
    ].join('\n');
    await withBody(true, async (t, bodyId) => {
      const preview = await t.call('bodies.previewMembers', { bodyId, file: text(csv) });
      expect(preview.ok).toBe(false);
      expect(preview.rows[1]).toMatchObject({ line: 3, read: { population: '12.3OO', entity: 'Comune di Lago' }, errors: ['Riga 3: popolazione «12.3OO» non è un numero'] });
      expect(preview.rows[2]?.errors).toEqual(['Riga 4: data della popolazione «31/02/2025» non è una data (GG/MM/AAAA)', 'Riga 4: genere «X» non è M o F']);
      expect(preview.errors).toEqual(['L\'ente «comune di borgo» compare più volte (righe 2 e 5)']);
    });
  });

  it('remembers the mapping chosen at import for the body’s next list with the same headers', async () => {
    const odd = ['Pos;Territorio;Chi siede', '1;Comune di Borgo Alto;Anna Bo'].join('\n');
    await withBody(false, async (t, bodyId) => {
      expect((await t.call('bodies.previewMembers', { bodyId, file: text(odd) })).columns).toEqual({});
      const columns = { seat: 'Pos', entity: 'Territorio', name: 'Chi siede' };
      await t.call('bodies.importMembers', { bodyId, file: text(odd), columns, mode: 'replace' });
      const again = await t.call('bodies.previewMembers', { bodyId, file: text(odd.replace('Anna Bo', 'Anna Bo Rossi')) });
      expect(again).toMatchObject({ ok: true, columns });
      // A file with other headers gets a fresh guess.
      expect((await t.call('bodies.previewMembers', { bodyId, file: text(clerks) })).columns).toEqual({ seat: 'N.', entity: 'Comune', name: 'Sindaco/delegato' });
    });
  });

  it('imports (replace / append), and refuses a list with errors or clashes writing nothing', async () => {
    await withBody(true, async (t, bodyId) => {
      let imported = await t.call('bodies.importMembers', { bodyId, file: text(good), mode: 'replace' });
      expect(imported.members.map((member) => member.entity)).toEqual(['Comune di Sant’Andrea', 'Comunità Montana Alta Val Chiara', 'Città di Roccafonda']);
      const before = databaseContent(t.backend);
      const clash = await t.fail('bodies.importMembers', { bodyId, file: text([header, '3;Comune di Nuovo;1;01/01/2025;A B;Sindaco;M'].join('\n')), mode: 'append' });
      expect(clash).toMatchObject({ kind: 'domain', code: 'MEMBER_CLASH', message: "Il numero d'ordine 3 è già assegnato a Città di Roccafonda" });
      const bad = await t.fail('bodies.importMembers', { bodyId, file: text([header, '9;Comune di Nuovo;1x;01/01/2025;A B;Sindaco;M'].join('\n')), mode: 'replace' });
      expect(bad).toMatchObject({ kind: 'domain', code: 'MEMBERS_INVALID', details: ['Riga 2: popolazione «1x» non è un numero'] });
      expect(databaseContent(t.backend)).toBe(before);
      imported = await t.call('bodies.importMembers', { bodyId, file: text([header, '4;Comune di Nuovo;1;01/01/2025;A B;Sindaco;M'].join('\n')), mode: 'append' });
      expect(imported.members.map((member) => member.seat)).toEqual([1, 2, 3, 4]);
    });
  });

  it('offers a template, CSV and .xlsx, that the import reads back with every column guessed', async () => {
    await withBody(true, async (t, bodyId) => {
      for (const format of ['csv', 'xlsx'] as const) {
        const template = await t.call('bodies.membersTemplate', { format });
        expect(template.fileName).toBe(`componenti-modello.${format}`);
        const file = format === 'csv' ? text(Buffer.from(template.base64, 'base64').toString('utf8')) : { format, base64: template.base64 };
        const preview = await t.call('bodies.previewMembers', { bodyId, file });
        expect(preview).toMatchObject({ ok: true, headers: ['N.', 'Ente', 'Rappresentante', 'Ruolo', 'Genere', 'Popolazione', 'Data popolazione', 'Delega'] });
        expect(Object.keys(preview.columns).sort()).toEqual(['delegation', 'entity', 'gender', 'name', 'population', 'populationDate', 'role', 'seat']);
        expect(preview.rows[0]?.member).toMatchObject({ seat: 1, entity: 'Comune di Esempio', population: 12345, populationDate: '2025-12-31' });
      }
    });
  });
});
