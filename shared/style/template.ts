/**
 * The template language of a style, kept as small as the sentences need:
 *   text            printed as written
 *   {nome}          a placeholder of the sentence's vocabulary
 *   {#if nome}…{/if} printed only when the placeholder has a value (may nest)
 * Nothing else: no expressions, no escapes, no braces outside these forms.
 */
export type TemplateNode =
  | { kind: 'text'; text: string }
  | { kind: 'slot'; name: string }
  | { kind: 'if'; name: string; body: TemplateNode[] };

/** Why a template is refused: a 1-based character position and what is wrong there, in Italian. */
export interface TemplateProblem {
  position: number;
  message: string;
}

export type ParsedTemplate = { ok: true; nodes: TemplateNode[] } | { ok: false; problem: TemplateProblem };

const TAG = /\{(#if\s+|\/)?([^{}]*)\}/y;
const NAME = /^[a-z][a-z_]*$/;
/** Characters the renderer uses for its own markers: never in a template. */
const RESERVED = /[\uE000-\uE00F]/;

/** Parses a template against the names it may use; the first problem found is reported with its position. */
export function parseTemplate(template: string, allowed: ReadonlySet<string>, options: { numbering?: boolean } = {}): ParsedTemplate {
  const stack: { name: string; at: number; nodes: TemplateNode[] }[] = [{ name: '', at: 0, nodes: [] }];
  const refuse = (index: number, message: string): ParsedTemplate => ({ ok: false, problem: { position: index + 1, message } });
  let text = '';
  // A bracket opened must be closed: otherwise a template prints «((» or a dangling «(».
  const brackets: number[] = [];
  const flush = () => {
    if (text) stack.at(-1)!.nodes.push({ kind: 'text', text });
    text = '';
  };
  for (let index = 0; index < template.length; ) {
    const char = template[index]!;
    if (RESERVED.test(char)) return refuse(index, 'carattere riservato');
    if (char === '}') return refuse(index, 'parentesi graffa chiusa senza apertura');
    if (char === '(') brackets.push(index);
    // A closing bracket with none open is allowed only as a numbering right after a placeholder: «{numero})».
    if (char === ')' && brackets.pop() === undefined && !(options.numbering && template[index - 1] === '}')) {
      return refuse(index, 'parentesi tonda chiusa senza apertura');
    }
    if (char !== '{') {
      text += char;
      index++;
      continue;
    }
    TAG.lastIndex = index;
    const match = TAG.exec(template);
    if (!match) return refuse(index, 'parentesi graffa aperta e non chiusa');
    const [whole, prefix = '', rawName = ''] = match;
    const name = rawName.trim();
    flush();
    if (prefix === '/') {
      if (name !== 'if') return refuse(index, `chiusura sconosciuta {/${name}} (si chiude con {/if})`);
      if (stack.length === 1) return refuse(index, '{/if} senza un {#if} aperto');
      const block = stack.pop()!;
      stack.at(-1)!.nodes.push({ kind: 'if', name: block.name, body: block.nodes });
    } else {
      if (!NAME.test(name)) return refuse(index, `segnaposto non valido ${whole}`);
      if (!allowed.has(name)) return refuse(index, `segnaposto sconosciuto {${name}}`);
      if (prefix) stack.push({ name, at: index, nodes: [] });
      else stack.at(-1)!.nodes.push({ kind: 'slot', name });
    }
    index += whole.length;
  }
  flush();
  if (brackets.length > 0) return refuse(brackets.at(-1)!, 'parentesi tonda aperta e non chiusa');
  if (stack.length > 1) return refuse(stack.at(-1)!.at, `{#if ${stack.at(-1)!.name}} senza il suo {/if}`);
  return { ok: true, nodes: stack[0]!.nodes };
}

/** The values of a sentence: each placeholder's text, empty or absent when the fact is not there. */
export type TemplateValues = Readonly<Record<string, string | undefined>>;

const MARK_OPEN = '\uE000';
const MARK_CLOSE = '\uE001';

/**
 * The template filled in. Punctuation is tidied only where the template's own text meets an empty placeholder
 * (values are stood in for by markers while tidying, so what a person wrote is never touched): an empty bracket,
 * a comma or dash left dangling, doubled or leading spaces.
 */
export function renderTemplate(nodes: readonly TemplateNode[], values: TemplateValues): string {
  const filled: string[] = [];
  const skeleton = build(nodes, values, filled);
  return tidy(skeleton).replace(new RegExp(`${MARK_OPEN}(\\d+)${MARK_CLOSE}`, 'g'), (_, index: string) => filled[Number(index)]!);
}

function build(nodes: readonly TemplateNode[], values: TemplateValues, filled: string[]): string {
  return nodes
    .map((node) => {
      if (node.kind === 'text') return node.text;
      const value = values[node.name]?.trim() ?? '';
      if (node.kind === 'if') return value ? build(node.body, values, filled) : '';
      if (!value) return '';
      filled.push(value);
      return `${MARK_OPEN}${filled.length - 1}${MARK_CLOSE}`;
    })
    .join('');
}

const TIDY_RULES: readonly [RegExp, string][] = [
  [/\(\s*\)/g, ''],
  [/\(\s+/g, '('],
  [/\(\s*[,;:]\s*/g, '('],
  [/[ \t]+([,.;:)])/g, '$1'],
  [/([,;:])(?:\s*[,;:])+/g, '$1'],
  [/[,;:]\s*([.)])/g, '$1'],
  [/ [-–](?=\s*[,.;:)]|\s*$)/g, ''],
  [/[ \t]{2,}/g, ' '],
  [/^[\s,;:.\-–]+/, ''],
  // A label may end with a colon («DECISIONE:»); a comma or a dash left at the end never belongs there.
  [/[\s,;\-–]+$/, ''],
];

function tidy(text: string): string {
  let current = text;
  for (let previous = ''; previous !== current; ) {
    previous = current;
    for (const [pattern, replacement] of TIDY_RULES) current = current.replace(pattern, replacement);
  }
  return current;
}
