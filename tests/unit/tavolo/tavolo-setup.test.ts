import { afterEach, describe, expect, it } from 'vitest';
import type { ProfileInput } from '../../../shared/api/contract';
import { STANDARD_STYLE, TAVOLO_STYLE } from '../../../shared/style';
import { defaultRules } from '../../../renderer/lib/rule-presets';
import { presetFor, withKind } from '../../../renderer/lib/tavolo-profile';
import { profileOf, testBackend, type TestBackend } from '../storage/helpers';

/** What the «Nuovo organo» form starts from. */
const NEW_BODY: ProfileInput = {
  name: '',
  gender: 'f',
  kind: 'assemblea',
  president: { name: '', role: 'Presidente', gender: 'm', memberId: null },
  vicePresident: { name: 'Marco Neri', role: 'Vicepresidente', gender: 'm', memberId: null },
  minuteTaker: { name: '', role: '', gender: 'f', memberId: null },
  rules: defaultRules(),
  logo: null,
  style: STANDARD_STYLE,
};

const LIST = [
  'Denominazione;Categoria;N. RUNTS;Referente;Ruolo;Data adesione',
  'Caritas Valchiara;ETS;10234;Anna Neri;Direttrice;20/02/2026',
  'Comune di Prato Alto;Comune;;Elena Costa;Assessora;20/02/2026',
  'CGIL Valfonda;Sindacato;;Luca Neri;Segretario;10/04/2026',
].join('\n');

/** The form after choosing «Tavolo» and filling in what a clerk types. */
function tavoloProfile(): ProfileInput {
  const chosen = withKind(NEW_BODY, 'tavolo', NEW_BODY);
  return {
    ...chosen,
    name: 'Tavolo di co-programmazione «Anziani e disabilità»',
    president: { ...chosen.president, name: 'Chiara Lombardi', role: 'Responsabile del procedimento', gender: 'f' },
    minuteTaker: { ...chosen.minuteTaker, name: 'Giada Pellegrini', role: 'Ufficio di Piano' },
    tavolo: {
      ...chosen.tavolo!,
      procedure: { title: 'Avviso pubblico per la co-programmazione del Piano di Zona 2027-2029', reference: 'Determinazione n. 112', date: '2026-02-02', workStart: '2026-03-01' },
      ambito: 'Ambito territoriale sociale Val Chiara',
      staff: [{ id: 'st1', function: 'facilitatore', honorific: '', name: 'Tommaso Ferraro', gender: 'm' }],
    },
  };
}

describe('a tavolo set up from the body form', () => {
  let t: TestBackend;
  afterEach(() => t.close());

  it('choosing «Tavolo» starts an empty tavolo that does not vote and has no vicepresident; the backend stores it', async () => {
    t = testBackend();
    const body = await t.call('bodies.create', { profile: tavoloProfile() });
    expect(body.kind).toBe('tavolo');
    expect(body.gender).toBe('m');
    expect(body.vicePresident).toBeNull();
    expect(body.rules.votes).toBe(false);
    expect(body.rules.quorum.recordInMinutes).toBe(false);
    expect(body.tavolo?.organisations).toEqual([]);
    expect(body.tavolo?.staff.map((person) => person.name)).toEqual(['Tommaso Ferraro']);
    expect((await t.call('tavoli.register', { bodyId: body.id })).rows).toEqual([]);
  });

  it('an avviso without its date is refused by the model, naming the field, and nothing is written', async () => {
    t = testBackend();
    const profile = tavoloProfile();
    const error = await t.fail('bodies.create', { profile: { ...profile, tavolo: { ...profile.tavolo!, procedure: { ...profile.tavolo!.procedure, date: '' } } } });
    expect(error.kind).toBe('validation');
    expect(error.kind === 'validation' && error.issues).toContainEqual({ path: 'profile.tavolo.procedure.date', message: 'Data non valida: usare il formato AAAA-MM-GG' });
    expect(await t.call('bodies.list', {})).toEqual([]);
  });

  it('saving a profile opened before an import keeps the imported organisations', async () => {
    t = testBackend();
    const created = await t.call('bodies.create', { profile: tavoloProfile() });
    const openedForm = profileOf(created);
    const imported = await t.call('bodies.importOrganisations', { bodyId: created.id, file: { format: 'text', text: LIST }, mode: 'replace' });
    expect(imported.tavolo?.organisations).toHaveLength(3);
    const saved = await t.call('bodies.updateProfile', { bodyId: created.id, profile: { ...openedForm, tavolo: { ...openedForm.tavolo!, ambito: 'Ambito di Valfonda' } } });
    expect(saved.tavolo?.ambito).toBe('Ambito di Valfonda');
    expect(saved.tavolo?.organisations.map((organisation) => organisation.name)).toEqual(['Caritas Valchiara', 'Comune di Prato Alto', 'CGIL Valfonda']);
    const reread = await t.call('bodies.get', { bodyId: created.id });
    expect(reread.tavolo?.organisations).toEqual(imported.tavolo?.organisations);
    expect((await t.call('tavoli.register', { bodyId: created.id })).rows.map((row) => [row.name, row.role])).toEqual([
      ['Caritas Valchiara', 'operativo'],
      ['Comune di Prato Alto', 'operativo'],
      ['CGIL Valfonda', 'consultivo'],
    ]);
  });

  it('changing the kind away from «Tavolo» drops the tavolo and gives the body votes again', async () => {
    t = testBackend();
    const created = await t.call('bodies.create', { profile: tavoloProfile() });
    await t.call('bodies.importOrganisations', { bodyId: created.id, file: { format: 'text', text: LIST }, mode: 'replace' });
    // What the body screen gives its form: the reply without id, members and participants.
    const { id: _id, members: _m, participants: _p, ...opened } = await t.call('bodies.get', { bodyId: created.id });
    const assemblea = withKind(opened, 'assemblea', opened);
    expect(assemblea.tavolo).toBeUndefined();
    const saved = await t.call('bodies.updateProfile', { bodyId: created.id, profile: assemblea });
    expect(saved.kind).toBe('assemblea');
    expect(saved.tavolo).toBeUndefined();
    expect(saved.rules).toEqual(defaultRules());
    await expect(t.call('bodies.previewOrganisations', { bodyId: created.id, file: { format: 'text', text: LIST } })).rejects.toThrow('non è un tavolo con avviso');
    // Back to «Tavolo» before saving, the form gives back the tavolo as it was opened.
    expect(withKind(assemblea, 'tavolo', opened).tavolo).toEqual(opened.tavolo);
  });

  it("a new tavolo reads as a tavolo: the Standard preset becomes the Tavolo preset and back; the office's own style stays", async () => {
    t = testBackend();
    const body = await t.call('bodies.create', { profile: tavoloProfile() });
    expect(body.style.templates.subtitle).toBe("Verbale dell'incontro del {data}");
    expect(body.style.templates.opening).toContain("si è svolto l'incontro");
    // The style as the archive gives it back (its own key order): leaving «Tavolo» gives Standard again.
    const { id: _id, members: _m, participants: _p, ...opened } = await t.call('bodies.get', { bodyId: body.id });
    expect(withKind(opened, 'assemblea', opened).style).toEqual(STANDARD_STYLE);
    expect(withKind(withKind(NEW_BODY, 'tavolo', NEW_BODY), 'assemblea', NEW_BODY).style).toEqual(STANDARD_STYLE);

    const office = { ...STANDARD_STYLE, templates: { ...STANDARD_STYLE.templates, subtitle: 'Verbale n. {numero} del {data}' } };
    expect(withKind({ ...NEW_BODY, style: office }, 'tavolo', NEW_BODY).style).toEqual(office);
    const officeTavolo = { ...TAVOLO_STYLE, name: 'Tavolo, stile dell\'ufficio' };
    expect(withKind({ ...opened, style: officeTavolo }, 'assemblea', opened).style).toEqual(officeTavolo);
  });

  it('an Assemblea turned into a tavolo on its screen: the stored Standard style becomes the Tavolo preset when saved', async () => {
    t = testBackend();
    const { tavolo: _tavolo, ...tavoloAsProfile } = tavoloProfile();
    const assemblea = await t.call('bodies.create', { profile: { ...tavoloAsProfile, kind: 'assemblea', name: 'Tavolo tecnico anziani', style: STANDARD_STYLE } });
    expect(assemblea.style).toEqual(STANDARD_STYLE);
    const { id: _id, members: _m, participants: _p, ...opened } = await t.call('bodies.get', { bodyId: assemblea.id });
    // What the body screen sends: the form's profile of another kind, with the style it holds in the archive.
    const asTavolo = withKind(opened, 'tavolo', opened);
    const profile = { ...tavoloProfile(), name: asTavolo.name, style: presetFor(opened.style, asTavolo.kind) };
    const saved = await t.call('bodies.updateProfile', { bodyId: assemblea.id, profile });
    expect(saved.style.templates.subtitle).toBe("Verbale dell'incontro del {data}");
    expect(presetFor(saved.style, 'assemblea')).toEqual(STANDARD_STYLE);
  });
});
