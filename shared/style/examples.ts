import type { Meeting } from '../model';
import { buildVerbale } from '../verbale/build-verbale';
import type { VerbaleStyle } from './schema';
import { recordSentences, sentence } from './sentence';
import { SENTENCE_KINDS, SENTENCE_VOCABULARY, type SentenceKind } from './vocabulary';

/** One sentence kind as the style writes it: from the meeting when the meeting has one, else from the vocabulary's examples. */
export interface StyleExample {
  text: string;
  fromMeeting: boolean;
}

export type StyleExamples = Record<SentenceKind, StyleExample>;

/** Every sentence kind of a style rendered over a real meeting (its first occurrence there) or, when absent, over the documented examples. */
export function styleExamples(meeting: Meeting, style: VerbaleStyle): StyleExamples {
  const heard = recordSentences(() => buildVerbale({ ...meeting, body: { ...meeting.body, style } }));
  const examples = {} as StyleExamples;
  for (const kind of SENTENCE_KINDS) {
    const first = heard.get(kind)?.find((text) => text !== '');
    examples[kind] = first !== undefined ? { text: first, fromMeeting: true } : { text: vocabularyExample(style, kind), fromMeeting: false };
  }
  return examples;
}

/** The sentence over the example value of each of its placeholders (those in docs/STYLE.md). */
export function vocabularyExample(style: VerbaleStyle, kind: SentenceKind): string {
  const placeholders: Readonly<Record<string, { example: string }>> = SENTENCE_VOCABULARY[kind].placeholders;
  const values = Object.fromEntries(Object.entries(placeholders).map(([name, placeholder]) => [name, placeholder.example]));
  return sentence(style, kind, values);
}
