import type { BodyKind, Gender } from '../model';
import { capitalizeFirst } from './format';

const VOWEL = /^[aeiouàèéìòù]/i;
/** Masculine words taking "lo": s + consonant, z, x, y, gn, ps, pn. */
const LO_WORD = /^(s[^aeiouàèéìòù]|z|x|y|gn|ps|pn)/i;

type Article = 'il' | 'lo' | 'la' | "l'";

/** The definite article for a word: "il consigliere", "la consigliera", "l'Assessore", "lo Studio". */
export function definiteArticle(word: string, gender: Gender): Article {
  const start = word.trim();
  if (VOWEL.test(start)) return "l'";
  if (gender === 'f') return 'la';
  return LO_WORD.test(start) ? 'lo' : 'il';
}

/** "il consigliere", "l'Assessore" (no space after the elided article). */
export function withArticle(word: string, gender: Gender): string {
  const article = definiteArticle(word, gender);
  return article === "l'" ? `${article}${word.trim()}` : `${article} ${word.trim()}`;
}

const DI: Record<Article, string> = { il: 'del', lo: 'dello', la: 'della', "l'": "dell'" };

/** "del Comune di Borgo Alto", "della Comunità Montana Alta Valle", "dell'Unione dei Comuni ...". */
export function ofEntity(entity: string, gender: Gender): string {
  const article = definiteArticle(entity, gender);
  const preposition = DI[article];
  return article === "l'" ? `${preposition}${entity.trim()}` : `${preposition} ${entity.trim()}`;
}

/** A phrase already written with its preposition: "della relazione ...", "di quanto esposto". */
const ALREADY_WITH_DI = /^(di|del|dello|della|dei|degli|delle)\s|^dell['’]/i;
const LEADING_ARTICLE = /^(il|lo|la|i|gli|le)\s+|^(l['’])\s*/i;
const DI_WITH: Record<string, string> = {
  il: 'del', lo: 'dello', la: 'della', i: 'dei', gli: 'degli', le: 'delle', "l'": "dell'", 'l’': "dell'",
};

/**
 * "di" before a phrase that may begin with an article, contracted as Italian requires:
 * "il verbale ..." -> "del verbale ...", "l'accordo" -> "dell'accordo", "quanto esposto" -> "di quanto esposto";
 * a phrase that already begins with "di"/"della"/... is kept as written.
 */
export function withDi(phrase: string): string {
  const text = phrase.trim();
  if (ALREADY_WITH_DI.test(text)) return text;
  const match = LEADING_ARTICLE.exec(text);
  if (!match) return `di ${text}`;
  const article = (match[1] ?? match[2] ?? '').toLowerCase();
  const rest = text.slice(match[0].length);
  const contracted = DI_WITH[article] ?? 'di';
  return contracted.endsWith("'") ? `${contracted}${rest}` : `${contracted} ${rest}`;
}

/** The short noun of a body kind, with its own grammatical gender. */
const BODY_NOUNS: Record<BodyKind, { noun: string; gender: Gender }> = {
  assemblea: { noun: 'Assemblea', gender: 'f' },
  consiglio: { noun: 'Consiglio', gender: 'm' },
  collegio: { noun: 'Collegio', gender: 'm' },
  tavolo: { noun: 'Tavolo', gender: 'm' },
};

/** "l'Assemblea", "il Consiglio", "il Tavolo": the body named briefly inside a sentence. */
export function bodyShortName(kind: BodyKind): string {
  const { noun, gender } = BODY_NOUNS[kind];
  return withArticle(noun, gender);
}

/** "L'Assemblea", "Il Consiglio": the body as the subject opening a sentence. */
export function bodySubject(kind: BodyKind): string {
  return capitalizeFirst(bodyShortName(kind));
}

/** "l'Assemblea dei Sindaci del Piano di Zona ...", "il Consiglio di Distretto ...": the full name with its article. */
export function bodyFullName(body: { name: string; gender: Gender }): string {
  return withArticle(body.name, body.gender);
}

/** Picks the masculine or feminine form: byGender('f', 'riunito', 'riunita') -> "riunita". */
export function byGender(gender: Gender, masculine: string, feminine: string): string {
  return gender === 'f' ? feminine : masculine;
}
