import { capitalizeFirst } from '../phrasing/format';
import type { VerbaleStyle } from './schema';
import { parseTemplate, renderTemplate, type TemplateNode, type TemplateProblem } from './template';
import { placeholdersOf, SENTENCE_KINDS, SENTENCE_VOCABULARY, SPLIT_FROM, type PlaceholderOf, type SentenceKind } from './vocabulary';

/** «Frase di apertura, carattere 34: segnaposto sconosciuto {dataa}», or null when the template is good. */
export function templateProblem(kind: SentenceKind, template: string): (TemplateProblem & { text: string }) | null {
  const parsed = parseTemplate(template, placeholdersOf(kind), grammarOf(kind));
  if (parsed.ok) return null;
  const { position, message } = parsed.problem;
  return { position, message, text: `${SENTENCE_VOCABULARY[kind].label}, carattere ${position}: ${message}` };
}

/** Only a heading may number with a lone bracket («1)»): anywhere else it would close a bracket never opened. */
const grammarOf = (kind: SentenceKind) => ({ numbering: kind === 'itemHeading' });

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

/**
 * The template of a kind, or, for a style stored before the kind was split from another (SPLIT_FROM), the other's:
 * the database keeps such styles in bodies and meeting snapshots, and old minutes must read as they did.
 */
export function templateOf(templates: Readonly<Partial<Record<SentenceKind, string>>>, kind: SentenceKind): string {
  const splitFrom: Partial<Record<SentenceKind, SentenceKind>> = SPLIT_FROM;
  const origin = splitFrom[kind];
  return templates[kind] ?? (origin ? (templates[origin] ?? '') : '');
}

/** Every kind's template, the split kinds a stored style lacks given as templateOf reads them. */
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
