import { useEffect, useState } from 'react';
import type { BodyView, ProfileInput } from '../../shared/api/contract';
import type { BodyProfile, Member, Participant } from '../../shared/model';
import { formatTime } from '../../shared/phrasing';
import { STANDARD_STYLE } from '../../shared/style';
import { rulesWeighPopulation } from '../../shared/rules';
import { navigate } from '../app/router';
import { BodyProfileForm } from '../components/BodyProfileForm';
import { CsvImport } from '../components/CsvImport';
import { MembersTable } from '../components/MembersTable';
import { ParticipantsTable } from '../components/ParticipantsTable';
import { StyleEditor } from '../components/StyleEditor';
import { OrganisationsImport } from '../components/OrganisationsImport';
import { OrganisationsList } from '../components/OrganisationsList';
import { TavoloRegister } from '../components/TavoloRegister';
import { useFocusHeading } from '../app/focus';
import { defaultRules } from '../lib/rule-presets';
import { presetFor } from '../lib/tavolo-profile';
import { read, write } from '../store/calls';

function emptyProfile(): BodyProfile {
  return {
    name: '',
    gender: 'f',
    kind: 'assemblea',
    president: { name: '', role: 'Presidente', gender: 'm', memberId: null },
    vicePresident: null,
    minuteTaker: { name: '', role: '', gender: 'f', memberId: null },
    rules: defaultRules(),
    logo: null,
    style: STANDARD_STYLE,
  };
}

/** The profile to edit: the logo and the Word letterhead stay named by hash, and saving keeps them unless replaced or removed. */
function profileOf(body: BodyView): ProfileInput {
  const { id: _id, members: _m, participants: _p, ...profile } = body;
  return profile;
}

export function BodyScreen({ bodyId }: { bodyId: string | null }) {
  const heading = useFocusHeading();
  const [body, setBody] = useState<BodyView | null>(null);
  const [profileSaved, setProfileSaved] = useState('');

  useEffect(() => {
    if (bodyId) void read('bodies.get', { bodyId }).then((b) => b && setBody(b));
  }, [bodyId]);

  async function create(profile: ProfileInput) {
    const created = await write('bodies.create', { profile });
    if (created) navigate({ name: 'body', bodyId: created.id });
  }

  async function update(profile: ProfileInput) {
    if (!body) return;
    // The style has its own editor and save: the profile form's copy of it may be older. A change of kind turns the
    // stored Standard preset into the Tavolo one and back (an office's own style is kept).
    const style = profile.kind !== body.kind ? presetFor(body.style, profile.kind) : body.style;
    const updated = await write('bodies.updateProfile', { bodyId: body.id, profile: { ...profile, style } });
    if (!updated) return;
    setBody(updated);
    setProfileSaved(`Dati e regole salvati alle ${formatTime(new Date())}`);
  }

  if (!bodyId) {
    return (
      <div className="stack">
        <h1 ref={heading} tabIndex={-1}>
          Nuovo organo
        </h1>
        <BodyProfileForm bodyId={null} initial={emptyProfile()} members={[]} submitLabel="Crea organo" onSubmit={(p) => void create(p)} />
      </div>
    );
  }
  return (
    <div className="stack">
      <h1 ref={heading} tabIndex={-1}>
        {body?.name ?? 'Organo'}
      </h1>
      {body && body.kind === 'tavolo' && (
        <>
          {body.tavolo ? <OrganisationsList bodyId={body.id} tavolo={body.tavolo} onChanged={setBody} /> : <p className="muted">Per avere le organizzazioni, indicare i dati del tavolo (avviso, Ambito, Ufficio di Piano) in «Dati, cariche e regole».</p>}
          {body.tavolo && <TavoloRegister body={body} />}
          {body.tavolo && <OrganisationsImport bodyId={body.id} onImported={setBody} />}
        </>
      )}
      {body && body.kind !== 'tavolo' && (
        <>
          <MembersTable
            members={body.members}
            populationWeighed={rulesWeighPopulation(body.rules)}
            onSave={async (member: Member | Omit<Member, 'id'>) => {
              const b = await write('bodies.upsertMember', { bodyId: body.id, member });
              if (b) setBody(b);
              return b !== null;
            }}
            onRemove={async (memberId) => {
              const b = await write('bodies.removeMember', { bodyId: body.id, memberId });
              if (b) setBody(b);
            }}
          />
          <CsvImport bodyId={body.id} onImported={setBody} />
        </>
      )}
      {body && (
        <>
          <ParticipantsTable
            tavolo={body.kind === 'tavolo'}
            participants={body.participants}
            onSave={async (participant: Participant | Omit<Participant, 'id'>) => {
              const b = await write('bodies.upsertParticipant', { bodyId: body.id, participant });
              if (b) setBody(b);
              return b !== null;
            }}
            onRemove={async (participantId) => {
              const b = await write('bodies.removeParticipant', { bodyId: body.id, participantId });
              if (b) setBody(b);
            }}
          />
          <section className="card" aria-labelledby="profile-h">
            <h2 id="profile-h">Dati, cariche e regole</h2>
            <BodyProfileForm key={body.id} bodyId={body.id} initial={profileOf(body)} members={body.members} participants={body.participants} submitLabel="Salva dati e regole" onSubmit={(p) => void update(p)} />
            <p role="status" className="ok" data-testid="profile-saved">
              {profileSaved}
            </p>
          </section>
          <StyleEditor key={`style-${body.id}`} body={body} onSaved={setBody} />
        </>
      )}
    </div>
  );
}
