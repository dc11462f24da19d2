import { useState, type FormEvent } from 'react';
import type { ProfileInput } from '../../shared/api/contract';
import { type BodyKind, type Gender, type Member, NO_LETTERHEAD, type Participant } from '../../shared/model';
import { MAJORITY_PRESETS, QUORUM_PRESETS, matchMajorityPreset, matchQuorumPreset } from '../lib/rule-presets';
import { LetterheadFields } from './LetterheadFields';
import { OfficerFields } from './OfficerFields';
import { emptyTavolo, withKind } from '../lib/tavolo-profile';
import { TavoloFields } from './TavoloFields';

interface Props {
  /** The body being edited (its stored logo is fetched by hash), null for a new one. */
  bodyId: string | null;
  initial: ProfileInput;
  members: readonly Member[];
  /** The body's participants, one of whom may be the minute-taker (none for a new body). */
  participants?: readonly Participant[];
  submitLabel: string;
  onSubmit(profile: ProfileInput): void;
}

/** The body's name, officers and rules (quorum and majority from presets, each explained). */
export function BodyProfileForm({ bodyId, initial, members, participants, submitLabel, onSubmit }: Props) {
  const [profile, setProfile] = useState<ProfileInput>(initial);
  const set = (patch: Partial<ProfileInput>) => setProfile((p) => ({ ...p, ...patch }));
  const setRules = (patch: Partial<ProfileInput['rules']>) => setProfile((p) => ({ ...p, rules: { ...p.rules, ...patch } }));
  const isTavolo = profile.kind === 'tavolo';

  function submit(event: FormEvent) {
    event.preventDefault();
    onSubmit(profile);
  }

  return (
    <form className="stack" onSubmit={submit} aria-label="Dati dell'organo">
      <fieldset className="form-grid">
        <legend>Organo</legend>
        <label className="span-3">
          Denominazione completa (titolo del verbale)
          <input id="body-name" value={profile.name} onChange={(e) => set({ name: e.target.value })} required />
        </label>
        <label>
          Tipo
          <select id="body-kind" value={profile.kind} onChange={(e) => setProfile((p) => withKind(p, e.target.value as BodyKind, initial))}>
            <option value="assemblea">Assemblea</option>
            <option value="consiglio">Consiglio</option>
            <option value="collegio">Collegio</option>
            <option value="tavolo">Tavolo</option>
          </select>
        </label>
        <label>
          Genere del nome
          <select value={profile.gender} onChange={(e) => set({ gender: e.target.value as Gender })}>
            <option value="f">Femminile (l&apos;Assemblea)</option>
            <option value="m">Maschile (il Consiglio)</option>
          </select>
        </label>
      </fieldset>
      {isTavolo && profile.tavolo && <TavoloFields value={profile.tavolo} onChange={(tavolo) => set({ tavolo })} />}
      {isTavolo && !profile.tavolo && (
        <p className="actions">
          <button type="button" onClick={() => set({ tavolo: emptyTavolo() })}>
            Aggiungi i dati del tavolo (avviso, Ambito, Ufficio di Piano)
          </button>
        </p>
      )}
      <OfficerFields legend={isTavolo ? 'Chi presiede il tavolo' : 'Presidente'} idPrefix="president" value={profile.president} onChange={(president) => set({ president })} members={isTavolo ? undefined : members} />
      {!isTavolo && (
        <fieldset className="form-grid">
          <legend>Vicepresidente</legend>
          <label className="checkbox">
            <input
              type="checkbox"
              checked={profile.vicePresident !== null}
              onChange={(e) => set({ vicePresident: e.target.checked ? { name: '', role: 'Vicepresidente', gender: 'm', memberId: null } : null })}
            />
            C&apos;è un vicepresidente
          </label>
        </fieldset>
      )}
      {!isTavolo && profile.vicePresident && (
        <OfficerFields legend="Dati del vicepresidente" idPrefix="vice" value={profile.vicePresident} onChange={(vicePresident) => set({ vicePresident })} members={members} />
      )}
      <OfficerFields legend="Verbalizzante" idPrefix="minute-taker" value={profile.minuteTaker} onChange={(minuteTaker) => set({ minuteTaker })} participants={participants} />
      {isTavolo && (
        <fieldset className="stack">
          <legend>Partecipazione</legend>
          <p className="explain">Il tavolo non vota e non ha quorum: il verbale riporta chi ha partecipato e le diverse posizioni.</p>
          <label className="checkbox">
            <input type="checkbox" checked={profile.rules.remoteAllowed} onChange={(e) => setRules({ remoteAllowed: e.target.checked })} />
            Si può partecipare da remoto
          </label>
        </fieldset>
      )}
      {!isTavolo && <VotingRules rules={profile.rules} setRules={setRules} />}
      <LetterheadFields
        bodyId={bodyId}
        logo={profile.logo}
        letterhead={profile.letterhead ?? NO_LETTERHEAD}
        onLogo={(logo) => set({ logo })}
        onLetterhead={(letterhead) => set({ letterhead })}
      />
      <div className="form-actions">
        <button type="submit" className="button--primary">
          {submitLabel}
        </button>
      </div>
    </form>
  );
}

/** Quorum and majority from presets, each explained: what a body that votes must state. */
function VotingRules({ rules, setRules }: { rules: ProfileInput['rules']; setRules(patch: Partial<ProfileInput['rules']>): void }) {
  const quorumPreset = matchQuorumPreset(rules.quorum);
  const majorityPreset = matchMajorityPreset(rules.majority);
  return (
    <>
      <fieldset className="stack">
        <legend>Validità della seduta (quorum)</legend>
        <label>
          Regola
          <select
            value={quorumPreset?.id ?? 'custom'}
            onChange={(e) => {
              const preset = QUORUM_PRESETS.find((p) => p.id === e.target.value);
              if (preset) setRules({ quorum: { ...rules.quorum, ...preset.rule } });
            }}
          >
            {!quorumPreset && <option value="custom">Regola personalizzata (dal file)</option>}
            {QUORUM_PRESETS.map((p) => (
              <option key={p.id} value={p.id}>
                {p.label}
              </option>
            ))}
          </select>
        </label>
        <p className="explain">{quorumPreset?.explanation ?? 'Regola impostata da un file importato.'}</p>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={rules.quorum.remoteCounts}
            onChange={(e) => setRules({ quorum: { ...rules.quorum, remoteCounts: e.target.checked } })}
          />
          Chi è collegato da remoto conta per il quorum
        </label>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={rules.quorum.recordInMinutes}
            onChange={(e) => setRules({ quorum: { ...rules.quorum, recordInMinutes: e.target.checked } })}
          />
          Il verbale riporta il quorum all&apos;apertura («presenti 13 su 19»)
        </label>
      </fieldset>
      <fieldset className="stack">
        <legend>Maggioranza per le votazioni</legend>
        <label>
          Regola
          <select
            value={majorityPreset?.id ?? 'custom'}
            onChange={(e) => {
              const preset = MAJORITY_PRESETS.find((p) => p.id === e.target.value);
              if (preset) setRules({ majority: preset.rule });
            }}
          >
            {!majorityPreset && <option value="custom">Regola personalizzata (dal file)</option>}
            {MAJORITY_PRESETS.map((p) => (
              <option key={p.id} value={p.id}>
                {p.label}
              </option>
            ))}
          </select>
        </label>
        <p className="explain">{majorityPreset?.explanation ?? 'Regola impostata da un file importato.'}</p>
        <label className="checkbox">
          <input type="checkbox" checked={rules.votes} onChange={(e) => setRules({ votes: e.target.checked })} />
          L&apos;organo vota (i tavoli di co-programmazione di solito no)
        </label>
        <label className="checkbox">
          <input type="checkbox" checked={rules.remoteAllowed} onChange={(e) => setRules({ remoteAllowed: e.target.checked })} />
          Il regolamento ammette la partecipazione da remoto
        </label>
      </fieldset>
    </>
  );
}
