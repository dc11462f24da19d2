import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCHEMA_PATH, meetingFileSchemaText } from '../../../scripts/generate-schema';

describe('docs/meeting-file.schema.json', () => {
  it('is what `npm run schema` generates from the zod schemas now', () => {
    expect(readFileSync(SCHEMA_PATH, 'utf8')).toBe(meetingFileSchemaText());
  });

  it('describes the versioned file: format, version and the meeting with its timeline', () => {
    const schema = JSON.parse(meetingFileSchemaText());
    expect(schema.required).toEqual(['format', 'version', 'exportedAt', 'meeting']);
    expect(schema.properties.format.const).toBe('verbalizza.meeting');
    expect(schema.properties.version.const).toBe(2);
    const entries = schema.properties.meeting.properties.items.items.properties.entries.items;
    expect(entries.oneOf ?? entries.anyOf).toHaveLength(9);
    // Version 2: the named lists are the counts of contrari, astenuti and non votanti.
    const decision = (entries.oneOf ?? entries.anyOf).find((entry: { properties: { type: { const: string } } }) => entry.properties.type.const === 'decision');
    expect(Object.keys(decision.properties)).toEqual(expect.arrayContaining(['favourable', 'againstMemberIds', 'abstainedMemberIds', 'notVotingMemberIds']));
    expect(Object.keys(decision.properties).filter((key) => ['against', 'abstained', 'notVoting'].includes(key))).toEqual([]);
  });
});
