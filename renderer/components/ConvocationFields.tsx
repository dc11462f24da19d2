import type { Convocation, Modality } from '../../shared/model';

export interface ConvocationDraft {
  date: string;
  /** null: not stated, and the verbale says nothing of it. */
  startTime: string | null;
  modality: Modality;
  convocation: Convocation | null;
  place: string;
}

/** Date, time, modality, convocation and place of a meeting: the same fields when creating it and when editing it. A tavolo is not convened: no convocation field. */
export function ConvocationFields({ value, onChange, convened = true }: { value: ConvocationDraft; onChange(next: ConvocationDraft): void; convened?: boolean }) {
  const set = <K extends keyof ConvocationDraft>(key: K, field: ConvocationDraft[K]) => onChange({ ...value, [key]: field });
  return (
    <>
      <label>
        Data
        <input type="date" value={value.date} onChange={(e) => set('date', e.target.value)} required />
      </label>
      <label>
        Ora di inizio (facoltativa)
        <input type="time" value={value.startTime ?? ''} onChange={(e) => set('startTime', e.target.value || null)} />
      </label>
      <label>
        Modalità
        <select value={value.modality} onChange={(e) => set('modality', e.target.value as Modality)}>
          <option value="presence">In presenza</option>
          <option value="online">Telematica</option>
          <option value="mixed">Mista (presenza e da remoto)</option>
        </select>
      </label>
      {convened && (
        <label>
          Convocazione
          <select value={value.convocation ?? ''} onChange={(e) => set('convocation', (e.target.value || null) as Convocation | null)}>
            <option value="">Non indicata</option>
            <option value="first">Prima convocazione</option>
            <option value="second">Seconda convocazione</option>
          </select>
        </label>
      )}
      <label className="span-2">
        Luogo (senza «presso»)
        <input value={value.place} onChange={(e) => set('place', e.target.value)} placeholder="la Sala consiliare del Comune di …" />
      </label>
    </>
  );
}
