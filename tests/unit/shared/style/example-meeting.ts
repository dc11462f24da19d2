import { readFileSync } from 'node:fs';
import { MeetingFileSchema } from '../../../../shared/meeting-file';
import type { Meeting } from '../../../../shared/model';
import type { VerbaleStyle } from '../../../../shared/style';
import { withBody } from '../../meeting-edits';

export const example: Meeting = MeetingFileSchema.parse(JSON.parse(readFileSync('resources/examples/meeting.json', 'utf8'))).meeting;

export const inStyle = (meeting: Meeting, style: VerbaleStyle): Meeting => withBody(meeting, { style });
