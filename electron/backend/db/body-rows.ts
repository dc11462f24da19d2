import type Database from 'better-sqlite3';
import type { Body, BodyProfile, Member, Participant } from '../../../shared/model';
import { readStoredBody, storedBodyJson } from './body-blobs';
import { jsonOf, parseJson } from './json-memo';
import { type Row, sql } from './rows';

export function profileOf(body: Body): BodyProfile {
  const { id: _id, members: _members, participants: _participants, ...profile } = body;
  return profile;
}

export function bodyRows(body: Body): Row[] {
  return [
    { table: 'bodies', key: { id: body.id }, values: { name: body.name, profile: storedBodyJson(profileOf(body)) } },
    ...body.members.map((member): Row => ({
      table: 'members',
      key: { body_id: body.id, id: member.id },
      values: { seat: member.seat, entity: member.entity, data: jsonOf(member) },
    })),
    ...body.participants.map((participant, position): Row => ({
      table: 'participants',
      key: { body_id: body.id, id: participant.id },
      values: { position, data: jsonOf(participant) },
    })),
  ];
}

export function loadBody(db: Database.Database, bodyId: string): Body | null {
  const record = sql(db, 'SELECT id, profile FROM bodies WHERE id = ?').get(bodyId) as { id: string; profile: string } | undefined;
  if (!record) return null;
  const profile = readStoredBody<BodyProfile>(db, record.profile);
  const members = (sql(db, 'SELECT data FROM members WHERE body_id = ? ORDER BY seat').all(bodyId) as { data: string }[]).map((row) =>
    parseJson<Member>(row.data),
  );
  const participants = (
    sql(db, 'SELECT data FROM participants WHERE body_id = ? ORDER BY position').all(bodyId) as { data: string }[]
  ).map((row) => parseJson<Participant>(row.data));
  return { id: record.id, ...profile, members, participants };
}
