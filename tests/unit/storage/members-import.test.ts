import { describe, expect, it } from 'vitest';
import { previewMembersCsv } from '../../../electron/services/csv-members';
import { databaseContent, exampleBody, profileOf, testBackend } from './helpers';

const header = 'N.;Ente;Popolazione;Data popolazione;Rappresentante;Ruolo;Genere';
const good = [
  header,
  '1;Comune di Sant’Andrea;12.345;01/01/2025;Niccolò Ferrà;Sindaco;M',
  '2;Comunità Montana Alta Val Chiara;38.120;2025-01-01;Lucia Pò;Assessora;F',
  '3;Città di Roccafonda;800;31/12/2024;Mattia Oliverio;Vicesindaco;m',
].join('\r\n');

describe('members CSV', () => {
  it('reads ";" with a BOM, Italian thousands and dates, accents intact, guessing the entity gender', () => {
    const preview = previewMembersCsv(`\uFEFF${good}\r\n`);
    expect(preview.errors).toEqual([]);
    expect(preview.ok).toBe(true);
    expect(preview.rows.map((row) => row.member)).toEqual([
      { seat: 1, entity: 'Comune di Sant’Andrea', entityGender: 'm', population: 12345, populationDate: '2025-01-01', representative: { name: 'Niccolò Ferrà', role: 'Sindaco', gender: 'm', delegation: '' } },
      { seat: 2, entity: 'Comunità Montana Alta Val Chiara', entityGender: 'f', population: 38120, populationDate: '2025-01-01', representative: { name: 'Lucia Pò', role: 'Assessora', gender: 'f', delegation: '' } },
      { seat: 3, entity: 'Città di Roccafonda', entityGender: 'f', population: 800, populationDate: '2024-12-31', representative: { name: 'Mattia Oliverio', role: 'Vicesindaco', gender: 'm', delegation: '' } },
    ]);
  });

  it('reads "," with quoted fields, Numero and Genere ente headers in any case', () => {
    const csv = 'numero,ENTE,popolazione,DATA POPOLAZIONE,rappresentante,ruolo,genere,Genere ente\n7,"Unione dei Comuni, Valle",1234,01/01/2025,Ada Neri,Sindaca,F,M\n';
    const preview = previewMembersCsv(csv);
    expect(preview.ok).toBe(true);
    expect(preview.rows[0]?.member).toMatchObject({ seat: 7, entity: 'Unione dei Comuni, Valle', entityGender: 'm', population: 1234 });
  });

  it('reports row-level Italian errors and duplicate seats and entities', () => {
    const csv = [
      header,
      '1;Comune di Borgo;1.000;01/01/2025;Anna Bo;Sindaca;F',
      '2;Comune di Lago;12,3a;01/01/2025;Bruno Re;Sindaco;M',
      '1;Comune di Monte;500;31/02/2025;Carla Fo;Sindaca;X',
      '4;comune di borgo;700;01/01/2025;Dario Po;Sindaco;M',
    ].join('\n');
    const preview = previewMembersCsv(csv);
    expect(preview.ok).toBe(false);
    expect(preview.rows[1]?.errors).toEqual(['Riga 3: popolazione non valida «12,3a»']);
    expect(preview.rows[2]?.errors).toEqual([
      'Riga 4: data della popolazione non valida «31/02/2025» (usare GG/MM/AAAA)',
      'Riga 4: genere non valido «X» (M o F)',
    ]);
    expect(preview.errors).toEqual(['L\'ente «comune di borgo» compare più volte (righe 2 e 5)']);
    const seats = previewMembersCsv([header, '1;Comune A;1;01/01/2025;A B;Sindaco;M', '1;Comune B;1;01/01/2025;C D;Sindaco;M'].join('\n'));
    expect(seats.errors).toEqual(["Il numero d'ordine 1 compare più volte (righe 2, 3)"]);
  });

  it('names missing columns', () => {
    expect(previewMembersCsv('N.;Ente;Popolazione\n1;Comune;3').errors).toEqual([
      'Colonna mancante: «Data popolazione»',
      'Colonna mancante: «Rappresentante»',
      'Colonna mancante: «Ruolo»',
      'Colonna mancante: «Genere»',
    ]);
  });

  it('imports (replace / append) through the API, and refuses a file with errors writing nothing', async () => {
    const t = testBackend();
    try {
      const body = await t.call('bodies.create', { profile: profileOf(exampleBody()) });
      let imported = await t.call('bodies.importMembersCsv', { bodyId: body.id, csv: good, mode: 'replace' });
      expect(imported.members.map((member) => member.entity)).toEqual(['Comune di Sant’Andrea', 'Comunità Montana Alta Val Chiara', 'Città di Roccafonda']);
      const before = databaseContent(t.backend);
      const clash = await t.fail('bodies.importMembersCsv', { bodyId: body.id, csv: [header, '3;Comune di Nuovo;1;01/01/2025;A B;Sindaco;M'].join('\n'), mode: 'append' });
      expect(clash).toMatchObject({ kind: 'domain', code: 'MEMBER_CLASH', message: "Il numero d'ordine 3 è già assegnato a Città di Roccafonda" });
      const bad = await t.fail('bodies.importMembersCsv', { bodyId: body.id, csv: [header, '9;Comune di Nuovo;1x;01/01/2025;A B;Sindaco;M'].join('\n'), mode: 'replace' });
      expect(bad).toMatchObject({ kind: 'domain', code: 'CSV_INVALID', details: ['Riga 2: popolazione non valida «1x»'] });
      expect(databaseContent(t.backend)).toBe(before);
      imported = await t.call('bodies.importMembersCsv', { bodyId: body.id, csv: [header, '4;Comune di Nuovo;1;01/01/2025;A B;Sindaco;M'].join('\n'), mode: 'append' });
      expect(imported.members.map((member) => member.seat)).toEqual([1, 2, 3, 4]);
    } finally {
      t.close();
    }
  });
});
