import { describe, expect, it } from 'vitest';
import { VerbaleStyleSchema, STANDARD_STYLE, templateProblem, sentence, type VerbaleStyle } from '../../../../shared/style';

const withTemplate = (kind: keyof VerbaleStyle['templates'], template: string): unknown => ({
  ...STANDARD_STYLE,
  templates: { ...STANDARD_STYLE.templates, [kind]: template },
});

describe('a template is refused with its position and an Italian message', () => {
  it('names an unknown placeholder and where it is', () => {
    expect(templateProblem('opening', 'Il giorno {data}, alle ore {ora},{dataa}')?.text).toBe(
      'Frase di apertura, carattere 34: segnaposto sconosciuto {dataa}',
    );
  });

  it.each([
    ['Arriva {chi', 'Arrivo in sala, carattere 8: parentesi graffa aperta e non chiusa'],
    ['Arriva } {chi}', 'Arrivo in sala, carattere 8: parentesi graffa chiusa senza apertura'],
    ['Arriva {#if motivo}({motivo}) {chi}', 'Arrivo in sala, carattere 8: {#if motivo} senza il suo {/if}'],
    ['Arriva {chi}{/if}', 'Arrivo in sala, carattere 13: {/if} senza un {#if} aperto'],
    ['Arriva {Chi}', 'Arrivo in sala, carattere 8: segnaposto non valido {Chi}'],
    ['Arriva {organo}', 'Arrivo in sala, carattere 8: segnaposto sconosciuto {organo}'],
    ['Arriva {chi} (motivo', 'Arrivo in sala, carattere 14: parentesi tonda aperta e non chiusa'],
    ['Arriva {chi} )', 'Arrivo in sala, carattere 14: parentesi tonda chiusa senza apertura'],
    ['Arriva {chi}{/se}', 'Arrivo in sala, carattere 13: chiusura sconosciuta {/se} (si chiude con {/if})'],
  ])('%s', (template, message) => {
    expect(templateProblem('movementArrivalRoom', template)?.text).toBe(message);
  });

  it('is refused by the model with the template\'s path, nothing else', () => {
    const result = VerbaleStyleSchema.safeParse(withTemplate('closing', 'Chiusura alle {orario}.'));
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['templates.closing', 'Chiusura, carattere 15: segnaposto sconosciuto {orario}'],
    ]);
  });

  it('refuses a style that lacks a sentence kind', () => {
    const { closing: _closing, ...templates } = STANDARD_STYLE.templates;
    expect(VerbaleStyleSchema.safeParse({ ...STANDARD_STYLE, templates }).success).toBe(false);
  });
});

describe('the engine tidies what an empty fact leaves behind', () => {
  const style = (template: string) => VerbaleStyleSchema.parse(withTemplate('participant', template));
  const values = { nome: 'Anna Neri', titolo: '', ruolo: '', organizzazione: '', assente: '' };

  it.each([
    ['{titolo} {nome} ({ruolo})', 'Anna Neri'],
    ['{nome}, {ruolo}, {organizzazione}', 'Anna Neri'],
    ['{nome} - {assente}', 'Anna Neri'],
    ['{ruolo}: {nome}', 'Anna Neri'],
    ['{nome} ({ruolo}, {organizzazione})', 'Anna Neri'],
    ['{nome} ( {ruolo} )  .', 'Anna Neri.'],
  ])('%s', (template, expected) => {
    expect(sentence(style(template), 'participant', values)).toBe(expected);
  });

  it('never touches what a person wrote', () => {
    const text = sentence(style('{nome} ({ruolo})'), 'participant', { ...values, nome: 'Anna  Neri ( )', ruolo: ', x' });
    expect(text).toBe('Anna  Neri ( ) (, x)');
  });
});
