import type { Meeting, OmittedField } from '../../shared/model';
import { markedParts, spansOf } from '../lib/omissions';

/**
 * A text of the meeting with its omissis shown struck through and highlighted; `data-omissis-target` lets
 * OmissisActions read which part of this text is selected.
 */
export function OmissisText({ meeting, targetId, field, text }: { meeting: Meeting; targetId: string; field: OmittedField; text: string }) {
  return (
    <span data-omissis-target={targetId} data-omissis-field={field}>
      {markedParts(text, spansOf(meeting, targetId, field)).map((part, index) =>
        part.omitted ? (
          <mark key={index} className="omissis" title="Omesso nella copia per la pubblicazione">
            {part.text}
          </mark>
        ) : (
          part.text
        ),
      )}
    </span>
  );
}

/** A sentence that quotes the text (a decision quotes its subject): the quoted text markable, the rest as it is. */
export function OmissisWithin({ sentence, ...text }: { meeting: Meeting; targetId: string; field: OmittedField; text: string; sentence: string }) {
  const at = text.text ? sentence.indexOf(text.text) : -1;
  if (at < 0) return <>{sentence}</>;
  return (
    <>
      {sentence.slice(0, at)}
      <OmissisText {...text} />
      {sentence.slice(at + text.text.length)}
    </>
  );
}
