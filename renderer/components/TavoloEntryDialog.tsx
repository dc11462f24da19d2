import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { AgendaItem, Meeting, TavoloEntry } from '../../shared/model';
import { TAVOLO_ENTRY_SHORTCUTS } from '../app/shortcuts';
import { KIND_TITLE, entryOf, formOf, type Picks, type TavoloEntryForm, type TavoloEntryInput, type TavoloEntryKind } from '../lib/tavolo-entry-form';
import { attendingKeys, organisationChoices, organisationKey, ownerChoices, representativeChoices } from '../lib/tavolo-options';
import { Modal } from './Modal';
import { OptionSearch } from './OptionSearch';

interface Props {
  meeting: Meeting;
  item: AgendaItem;
  kind: TavoloEntryKind;
  /** The entry being edited; none for a new one. */
  initial?: TavoloEntry;
  onSubmit(entry: TavoloEntryInput): Promise<boolean>;
  onClose(): void;
}

const TEXT_LABEL: Record<TavoloEntryKind, string> = {
  contribution: 'Testo del contributo',
  agreement: 'Testo del punto condiviso',
  divergence: 'Testo della posizione divergente',
  commitment: 'Che cosa',
  writtenContribution: '',
};

/** A tavolo's entry on the current topic, by keyboard: who (type-ahead), what, and for some when or which attachment. */
export function TavoloEntryDialog({ meeting, item, kind, initial, onSubmit, onClose }: Props) {
  const [form, setForm] = useState<TavoloEntryForm>(() => formOf(kind, initial));
  const [saving, setSaving] = useState(false);
  const nextRef = useRef<HTMLTextAreaElement & HTMLInputElement>(null);
  const representatives = useMemo(() => representativeChoices(meeting), [meeting]);
  const organisations = useMemo(() => organisationChoices(meeting), [meeting]);
  const owners = useMemo(() => ownerChoices(meeting), [meeting]);
  const present = useMemo(() => {
    const keys = attendingKeys(meeting);
    const organisationKeys = meeting.tavoloSession?.attendance.map((line) => organisationKey(line.organisationId)) ?? [];
    return [...keys, ...organisationKeys];
  }, [meeting]);
  const picks: Picks = {
    representative: (key) => representatives.find((choice) => choice.key === key)?.value,
    organisation: (key) => organisations.find((choice) => choice.key === key)?.value,
    owner: (key) => owners.find((choice) => choice.key === key)?.value,
  };
  const entry = entryOf(form, picks);
  const missing = 'missing' in entry ? entry.missing : null;
  const set = (patch: Partial<TavoloEntryForm>) => setForm((current) => ({ ...current, ...patch }));
  const focusNext = () => setTimeout(() => nextRef.current?.focus(), 0);
  const single = (key: string | null) => (key === null ? [] : [key]);

  async function submit() {
    if ('missing' in entry || saving) return;
    setSaving(true);
    const done = await onSubmit(entry);
    setSaving(false);
    if (done) onClose();
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void submit();
    }
  }

  const title = initial ? `Modifica: ${KIND_TITLE[kind].toLowerCase()}` : KIND_TITLE[kind];
  const textField = kind !== 'writtenContribution' && (
    <label>
      {TEXT_LABEL[kind]}
      <textarea
        ref={nextRef}
        rows={kind === 'commitment' ? 2 : 4}
        value={form.text}
        onChange={(e) => set({ text: e.target.value })}
        data-autofocus={kind === 'agreement' ? true : undefined}
        data-testid="tavolo-entry-text"
      />
    </label>
  );
  return (
    <Modal title={title} onClose={onClose} testId="tavolo-entry-dialog">
      <div className="stack" onKeyDown={onKeyDown}>
        <p className="muted small">Tema: {item.title}</p>
        {kind === 'contribution' && (
          <OptionSearch
            label="Chi parla"
            choices={representatives}
            picked={single(form.whoKey)}
            onChange={(keys) => set({ whoKey: keys[0] ?? null })}
            onPicked={focusNext}
            preferred={present}
            placeholder="Nome, ruolo o organizzazione, poi Invio"
            testId="tavolo-entry-who"
            autoFocus
          />
        )}
        {kind === 'divergence' && (
          <OptionSearch
            label="Organizzazioni che la sostengono"
            choices={organisations}
            picked={form.organisationKeys}
            multiple
            onChange={(keys) => set({ organisationKeys: keys })}
            preferred={present}
            placeholder="Organizzazione o suo rappresentante, poi Invio; Tab per il testo"
            testId="tavolo-entry-organisations"
            autoFocus
          />
        )}
        {kind === 'commitment' && (
          <OptionSearch
            label="Chi si impegna"
            choices={owners}
            picked={single(form.whoKey)}
            onChange={(keys) => set({ whoKey: keys[0] ?? null })}
            onPicked={focusNext}
            preferred={present}
            placeholder="Organizzazione o persona dell'Ufficio di Piano, poi Invio"
            testId="tavolo-entry-who"
            autoFocus
          />
        )}
        {kind === 'writtenContribution' && (
          <>
            <OptionSearch
              label="Organizzazione"
              choices={organisations}
              picked={single(form.whoKey)}
              onChange={(keys) => set({ whoKey: keys[0] ?? null })}
              onPicked={focusNext}
              preferred={present}
              placeholder="Organizzazione o suo rappresentante, poi Invio"
              testId="tavolo-entry-who"
              autoFocus
            />
            <label>
              Titolo del contributo scritto
              <input ref={nextRef} value={form.title} onChange={(e) => set({ title: e.target.value })} data-testid="tavolo-entry-title" />
            </label>
            <label>
              Allegato del punto (facoltativo)
              <select value={form.attachmentId} onChange={(e) => set({ attachmentId: e.target.value })} data-testid="tavolo-entry-attachment">
                <option value="">Nessun allegato</option>
                {item.attachments.map((attachment) => (
                  <option key={attachment.id} value={attachment.id}>
                    {[attachment.label, attachment.title].filter(Boolean).join(' — ')}
                  </option>
                ))}
              </select>
            </label>
          </>
        )}
        {textField}
        {kind === 'commitment' && (
          <label>
            Entro il (facoltativo)
            <input type="date" value={form.due} onChange={(e) => set({ due: e.target.value })} data-testid="tavolo-entry-due" />
          </label>
        )}
        <div className="form-actions">
          <button type="button" className="button--primary" onClick={() => void submit()} disabled={missing !== null || saving} data-testid="tavolo-entry-submit">
            {initial ? 'Salva modifica' : `Registra ${KIND_TITLE[kind].toLowerCase()}`} <kbd>Ctrl+Invio</kbd>
          </button>
          <button type="button" onClick={onClose}>
            Annulla <kbd>Esc</kbd>
          </button>
          {missing && (
            <span className="muted" data-testid="tavolo-entry-missing">
              {missing}
            </span>
          )}
        </div>
        <p className="muted small">{TAVOLO_ENTRY_SHORTCUTS.map((s) => `${s.label} ${s.description.toLowerCase()}`).join(' · ')}</p>
      </div>
    </Modal>
  );
}
