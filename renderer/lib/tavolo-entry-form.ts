import type { RepresentativeSpeaker } from '../../shared/api/drafts';
import type { MethodInput } from '../../shared/api/contract';
import type { CommitmentOwner, TavoloEntry } from '../../shared/model';
import { composerKey, organisationKey, ownerKey } from './tavolo-options';

export type TavoloEntryKind = TavoloEntry['type'];

/** What the dialog sends: a tavolo entry as meetings.addEntry / meetings.updateEntry take it. */
export type TavoloEntryInput = Extract<MethodInput<'meetings.addEntry'>['entry'], { type: TavoloEntryKind }>;

/** The dialog's fields as typed so far; the people and organisations as the keys of their choices. */
export interface TavoloEntryForm {
  kind: TavoloEntryKind;
  /** The contribution's, the point's, the divergent view's text; the commitment's «what». */
  text: string;
  /** The representative (a contribution), the organisation (a written contribution), the owner (a commitment). */
  whoKey: string | null;
  /** Who holds a divergent view. */
  organisationKeys: string[];
  /** A commitment's due date, AAAA-MM-GG, or '' for none. */
  due: string;
  title: string;
  /** '' for none. */
  attachmentId: string;
}

export const KIND_TITLE: Record<TavoloEntryKind, string> = {
  contribution: 'Contributo',
  agreement: 'Punto condiviso',
  divergence: 'Posizione divergente',
  commitment: 'Impegno',
  writtenContribution: 'Contributo scritto',
};

/** The fields of a new entry of this kind, or of the entry being edited. */
export function formOf(kind: TavoloEntryKind, entry?: TavoloEntry): TavoloEntryForm {
  const form: TavoloEntryForm = { kind, text: '', whoKey: null, organisationKeys: [], due: '', title: '', attachmentId: '' };
  if (!entry) return form;
  switch (entry.type) {
    case 'contribution':
      return { ...form, text: entry.text, whoKey: composerKey({ kind: 'representative', organisationId: entry.organisationId, representativeId: entry.representativeId }) };
    case 'agreement':
      return { ...form, text: entry.text };
    case 'divergence':
      return { ...form, text: entry.text, organisationKeys: entry.organisationIds.map(organisationKey) };
    case 'commitment':
      return { ...form, text: entry.what, whoKey: ownerKey(entry.owner), due: entry.due ?? '' };
    case 'writtenContribution':
      return { ...form, whoKey: organisationKey(entry.organisationId), title: entry.title, attachmentId: entry.attachmentId ?? '' };
  }
}

/** What the chosen keys stand for: the choices' values by key. */
export interface Picks {
  representative(key: string): RepresentativeSpeaker | undefined;
  organisation(key: string): string | undefined;
  owner(key: string): CommitmentOwner | undefined;
}

/**
 * The entry the form stands for, or what is still to be chosen or typed before there is one (said beside the button).
 * Everything else — a divergent view held by nobody, a date that does not exist — is for the model to refuse.
 */
export function entryOf(form: TavoloEntryForm, picks: Picks): TavoloEntryInput | { missing: string } {
  const text = form.text.trim();
  switch (form.kind) {
    case 'contribution': {
      const who = form.whoKey === null ? undefined : picks.representative(form.whoKey);
      if (!who) return { missing: 'Scegli chi parla: un rappresentante o la sua organizzazione.' };
      if (!text) return { missing: 'Scrivi il testo del contributo.' };
      return { type: 'contribution', organisationId: who.organisationId, representativeId: who.representativeId, text };
    }
    case 'agreement':
      return text ? { type: 'agreement', text } : { missing: 'Scrivi il testo del punto condiviso.' };
    case 'divergence': {
      if (!text) return { missing: 'Scrivi il testo della posizione divergente.' };
      const organisationIds = form.organisationKeys.flatMap((key) => picks.organisation(key) ?? []);
      return { type: 'divergence', text, organisationIds };
    }
    case 'commitment': {
      const owner = form.whoKey === null ? undefined : picks.owner(form.whoKey);
      if (!owner) return { missing: 'Scegli chi si impegna: un\'organizzazione o una persona dell\'Ufficio di Piano.' };
      if (!text) return { missing: 'Scrivi in che cosa consiste l\'impegno.' };
      return { type: 'commitment', owner, what: text, due: form.due || null };
    }
    case 'writtenContribution': {
      const organisationId = form.whoKey === null ? undefined : picks.organisation(form.whoKey);
      if (!organisationId) return { missing: 'Scegli l\'organizzazione che ha inviato il contributo.' };
      if (!form.title.trim()) return { missing: 'Scrivi il titolo del contributo scritto.' };
      return { type: 'writtenContribution', organisationId, title: form.title.trim(), attachmentId: form.attachmentId || null };
    }
  }
}
