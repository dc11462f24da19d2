import { capitalizeFirst } from '../phrasing/format';
import type { VerbaleStyle } from './schema';
import { parseTemplate, renderTemplate, type TemplateNode, type TemplateProblem } from './template';
import { TAVOLO_TEMPLATES } from './tavolo-templates';
import { placeholdersOf, SENTENCE_KINDS, SENTENCE_VOCABULARY, SPLIT_FROM, type PlaceholderOf, type SentenceKind } from './vocabulary';

/** «Frase di apertura, carattere 34: segnaposto sconosciuto {dataa}», or null when the template is good. */
export function templateProblem(kind: SentenceKind, template: string): (TemplateProblem & { text: string }) | null {
  const parsed = parseTemplate(template, placeholdersOf(kind), grammarOf(kind));
  if (parsed.ok) return null;
  const { position, message } = parsed.problem;
  return { position, message, text: `${SENTENCE_VOCABULARY[kind].label}, carattere ${position}: ${message}` };
}

/** Only a heading or a topic may number with a lone bracket («1)»): anywhere else it would close a bracket never opened. */
const grammarOf = (kind: SentenceKind) => ({ numbering: kind === 'itemHeading' || kind === 'tavoloTopic' });

/** Parsed templates by kind and text: a style's templates are parsed once, whatever the number of sentences. */
const parsed = new Map<string, readonly TemplateNode[]>();
const CACHE_LIMIT = 2_000;

function nodesOf(kind: SentenceKind, template: string): readonly TemplateNode[] {
  const key = `${kind}\u0000${template}`;
  const cached = parsed.get(key);
  if (cached) return cached;
  const result = parseTemplate(template, placeholdersOf(kind), grammarOf(kind));
  // The model refuses a style with a broken template: reaching here with one is a bug, not a user's mistake.
  if (!result.ok) throw new Error(`Modello non valido (${kind}): ${result.problem.message}`);
  if (parsed.size >= CACHE_LIMIT) parsed.clear();
  parsed.set(key, result.nodes);
  return result.nodes;
}

/** Kinds added after styles were first stored without being split from another: a style lacking one reads it from here. */
const ADDED_LATER: Readonly<Partial<Record<SentenceKind, string>>> = TAVOLO_TEMPLATES;

/** A stored style may lack this kind: it was split from another (SPLIT_FROM) or added later with its default. */
export function mayBeMissing(kind: SentenceKind): boolean {
  return kind in SPLIT_FROM || kind in ADDED_LATER;
}

/**
 * The template of a kind; for a style stored before the kind existed, the kind it was split from (SPLIT_FROM) or the
 * kind's default from the Tavolo preset: the database keeps such styles in bodies and meeting snapshots, and old
 * minutes must read as they did.
 */
export function templateOf(templates: Readonly<Partial<Record<SentenceKind, string>>>, kind: SentenceKind): string {
  const splitFrom: Partial<Record<SentenceKind, SentenceKind>> = SPLIT_FROM;
  const origin = splitFrom[kind];
  return templates[kind] ?? (origin ? templates[origin] : undefined) ?? ADDED_LATER[kind] ?? '';
}

/** Every kind's template, the kinds a stored style lacks given as templateOf reads them. */
export function completeTemplates(templates: Readonly<Partial<Record<SentenceKind, string>>>): Record<SentenceKind, string> {
  return Object.fromEntries(SENTENCE_KINDS.map((kind) => [kind, templateOf(templates, kind)])) as Record<SentenceKind, string>;
}

export type SentenceValues<K extends SentenceKind> = Partial<Record<PlaceholderOf<K>, string>>;

/** One sentence of the style, filled in with values the engine has already agreed in number and gender. */
export function sentence<K extends SentenceKind>(style: VerbaleStyle, kind: K, values: SentenceValues<K>): string {
  const rendered = renderTemplate(nodesOf(kind, templateOf(style.templates, kind)), values as Record<string, string | undefined>);
  const text = SENTENCE_VOCABULARY[kind].sentence ? capitalizeFirst(rendered) : rendered;
  recorder?.(kind, text);
  return text;
}

export interface SentenceRun {
  text: string;
  bold?: boolean;
}

/** Stand-ins for the values while the sentence is cut into runs: reserved in templates, so never the template's own text. */
const STAND_IN = 0xe002;

/**
 * A sentence that opens an entry, as runs: its opening words up to the first bracket (or up to `{testo}`) in bold —
 * «Caritas Valchiara», «Punto condiviso:», «Posizione divergente» — then the rest up to `{testo}`, then the text.
 * The cut is found on the template's own words (values are stood in for), so a bracket in a name never moves it.
 */
export function sentenceRuns<K extends SentenceKind>(style: VerbaleStyle, kind: K, values: SentenceValues<K>): SentenceRun[] {
  const given = Object.entries(values as Record<string, string | undefined>).filter(([, value]) => value?.trim());
  const stood = Object.fromEntries(given.map(([name], index) => [name, String.fromCharCode(STAND_IN + index)]));
  const skeleton = renderTemplate(nodesOf(kind, templateOf(style.templates, kind)), stood);
  const textAt = stood.testo ? skeleton.indexOf(stood.testo) : -1;
  const leadEnd = textAt === -1 ? skeleton.length : textAt;
  const bracket = skeleton.slice(0, leadEnd).search(/ ?\(/);
  const boldEnd = bracket === -1 ? leadEnd : bracket;
  const fill = (part: string) => part.replace(/[\uE002-\uE00F]/g, (mark) => given[mark.charCodeAt(0) - STAND_IN]![1]!.trim());
  const runs: SentenceRun[] = [
    { text: fill(skeleton.slice(0, boldEnd)), bold: true },
    { text: fill(skeleton.slice(boldEnd, leadEnd)) },
    { text: fill(skeleton.slice(leadEnd)) },
  ].filter((run) => run.text !== '');
  if (runs[0] && SENTENCE_VOCABULARY[kind].sentence) runs[0] = { ...runs[0], text: capitalizeFirst(runs[0].text) };
  recorder?.(kind, runs.map((run) => run.text).join(''));
  return runs;
}

let recorder: ((kind: SentenceKind, text: string) => void) | null = null;

/**
 * Runs a rendering and gives back every sentence it made, by kind, in order (the style editor's examples come from a
 * real verbale this way). Rendering is synchronous, so nothing else can render while the recorder listens.
 */
export function recordSentences(render: () => unknown): Map<SentenceKind, string[]> {
  const heard = new Map<SentenceKind, string[]>();
  const previous = recorder;
  recorder = (kind, text) => heard.set(kind, [...(heard.get(kind) ?? []), text]);
  try {
    render();
  } finally {
    recorder = previous;
  }
  return heard;
}
