import type { Convocation, Modality } from '../../shared/model';

export interface ConvocationDraft {
  date: string;
  startTime: string;
  modality: Modality;
  convocation: Convocation;
  place: string;
}

/** Date, time, modality, convocation and place of a meeting: the same fields when creating it and when editing it. */
export function ConvocationFields({ value, onChange }: { value: ConvocationDraft; onChange(next: ConvocationDraft): void }) {
  const set = <K extends keyof ConvocationDraft>(key: K, field: ConvocationDraft[K]) => onChange({ ...value, [key]: field });
  return (
    <>
      <label>
        Data
        <input type="date" value={value.date} onChange={(e) => set('date', e.target.value)} required />
      </label>
      <label>
        Ora di inizio
        <input type="time" value={value.startTime} onChange={(e) => set('startTime', e.target.value)} required />
      </label>
      <label>
        Modalità
        <select value={value.modality} onChange={(e) => set('modality', e.target.value as Modality)}>
          <option value="presence">In presenza</option>
          <option value="online">Telematica</option>
          <option value="mixed">Mista (presenza e da remoto)</option>
        </select>
      </label>
      <label>
        Convocazione
        <select value={value.convocation} onChange={(e) => set('convocation', e.target.value as Convocation)}>
          <option value="first">Prima convocazione</option>
          <option value="second">Seconda convocazione</option>
        </select>
      </label>
      <label className="span-2">
        Luogo (senza «presso»)
        <input value={value.place} onChange={(e) => set('place', e.target.value)} placeholder="la Sala consiliare del Comune di …" />
      </label>
    </>
  );
}
