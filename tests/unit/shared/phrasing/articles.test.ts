import { describe, expect, it } from 'vitest';
import { bodyFullName, bodyShortName, bodySubject, definiteArticle, ofEntity, withArticle, withDi } from '../../../../shared/phrasing';

describe('articles', () => {
  it('follows gender and elision, keeping the role word as given', () => {
    expect(withArticle('consigliere', 'm')).toBe('il consigliere');
    expect(withArticle('consigliera', 'f')).toBe('la consigliera');
    expect(withArticle('Sindaco', 'm')).toBe('il Sindaco');
    expect(withArticle('Sindaca', 'f')).toBe('la Sindaca');
    expect(withArticle('Assessore', 'm')).toBe("l'Assessore");
    expect(withArticle('Assessora', 'f')).toBe("l'Assessora");
    expect(withArticle('Vicesindaco', 'm')).toBe('il Vicesindaco');
  });

  it('uses "lo" before s + consonant, z, gn, ps', () => {
    expect(definiteArticle('Studio associato', 'm')).toBe('lo');
    expect(definiteArticle('zio', 'm')).toBe('lo');
    expect(definiteArticle('psicologo', 'm')).toBe('lo');
    expect(definiteArticle('gnomo', 'm')).toBe('lo');
    expect(definiteArticle('Segretario', 'm')).toBe('il');
    expect(definiteArticle('Sindaco', 'm')).toBe('il');
  });

  it('contracts "di" with the entity article', () => {
    expect(ofEntity('Comune di Borgo Alto', 'm')).toBe('del Comune di Borgo Alto');
    expect(ofEntity('Comunità Montana Alta Valle', 'f')).toBe('della Comunità Montana Alta Valle');
    expect(ofEntity('Unione dei Comuni della Valle', 'f')).toBe("dell'Unione dei Comuni della Valle");
    expect(ofEntity('Ambito Territoriale', 'm')).toBe("dell'Ambito Territoriale");
    expect(ofEntity('Consorzio Servizi Sociali', 'm')).toBe('del Consorzio Servizi Sociali');
    expect(ofEntity('Studio Rossi', 'm')).toBe('dello Studio Rossi');
  });

  it('contracts "di" with the article a subject begins with', () => {
    expect(withDi('il verbale della seduta del 5 marzo 2025')).toBe('del verbale della seduta del 5 marzo 2025');
    expect(withDi('la relazione del coordinatore')).toBe('della relazione del coordinatore');
    expect(withDi("l'accordo di programma")).toBe("dell'accordo di programma");
    expect(withDi('l’accordo di programma')).toBe("dell'accordo di programma");
    expect(withDi('i verbali delle sedute precedenti')).toBe('dei verbali delle sedute precedenti');
    expect(withDi('gli indirizzi')).toBe('degli indirizzi');
    expect(withDi('le linee guida')).toBe('delle linee guida');
    expect(withDi('lo schema di bilancio')).toBe('dello schema di bilancio');
    expect(withDi('quanto esposto')).toBe('di quanto esposto');
    expect(withDi('lavori in corso')).toBe('di lavori in corso');
    expect(withDi('Il bilancio')).toBe('del bilancio');
  });

  it('keeps a subject already written with its preposition', () => {
    expect(withDi("della relazione sull'andamento del servizio")).toBe("della relazione sull'andamento del servizio");
    expect(withDi("dell'informativa")).toBe("dell'informativa");
    expect(withDi('di quanto riferito')).toBe('di quanto riferito');
    expect(withDi('delibere regionali')).toBe('di delibere regionali');
  });

  it('names the body with its article', () => {
    expect(bodyShortName('assemblea')).toBe("l'Assemblea");
    expect(bodyShortName('consiglio')).toBe('il Consiglio');
    expect(bodySubject('assemblea')).toBe("L'Assemblea");
    expect(bodySubject('consiglio')).toBe('Il Consiglio');
    expect(bodySubject('collegio')).toBe('Il Collegio');
    expect(bodySubject('tavolo')).toBe('Il Tavolo');
    expect(bodyFullName({ name: 'Assemblea dei Sindaci del Piano di Zona', gender: 'f' })).toBe("l'Assemblea dei Sindaci del Piano di Zona");
    expect(bodyFullName({ name: 'Consiglio di Distretto', gender: 'm' })).toBe('il Consiglio di Distretto');
    expect(bodyFullName({ name: 'Conferenza dei Sindaci', gender: 'f' })).toBe('la Conferenza dei Sindaci');
  });
});
