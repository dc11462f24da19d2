import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ExportedFile, MethodName, MethodParsedInput } from '../../../shared/api/contract';
import type { StyleExamplesResult, StylePreset, TemplateCheck } from '../../../shared/api/styles';
import type { Meeting } from '../../../shared/model';
import { PRESET_SUMMARIES, STYLE_PRESETS, templateProblem, type VerbaleStyle } from '../../../shared/style';
import { styleExamples } from '../../../shared/style/examples';
import type { BodyService } from './body-service';
import { RESOURCES_DIR } from '../paths';
import { parseMeetingFile } from './file-service';
import type { MeetingService } from './meeting-service';
import { parseStyleFile, styleFileOf } from './style-file';
import type { Storage } from './storage';

type In<M extends MethodName> = MethodParsedInput<M>;

const EXAMPLE_MEETING = join(RESOURCES_DIR, 'examples', 'meeting.json');

export function stylePresets(): StylePreset[] {
  return STYLE_PRESETS.map((style) => ({ style, summary: PRESET_SUMMARIES[style.name] ?? '' }));
}

/** The style editor's side on the Node side: examples come from the body's latest meeting, or the example meeting. */
export class StyleService {
  private exampleMeeting: Meeting | null = null;

  constructor(
    private readonly storage: Storage,
    private readonly bodies: BodyService,
    private readonly meetings: MeetingService,
  ) {}

  get(input: In<'styles.get'>): VerbaleStyle {
    return this.bodies.get(input).style;
  }

  validateTemplate(input: In<'styles.validateTemplate'>): TemplateCheck {
    return { problem: templateProblem(input.kind, input.template) };
  }

  examples(input: In<'styles.examples'>): StyleExamplesResult {
    const latest = this.storage.read(() => {
      this.bodies.get({ bodyId: input.bodyId });
      const row = this.storage.db.prepare('SELECT id FROM meetings WHERE body_id = ? ORDER BY date DESC, created_at DESC LIMIT 1').get(input.bodyId) as
        | { id: string }
        | undefined;
      return row ? this.meetings.meeting(row.id) : null;
    });
    if (latest) return { source: { kind: 'meeting', meetingId: latest.id, date: latest.date }, examples: styleExamples(latest, input.style) };
    this.exampleMeeting ??= parseMeetingFile(readFileSync(EXAMPLE_MEETING, 'utf8')).meeting;
    return { source: { kind: 'example' }, examples: styleExamples(this.exampleMeeting, input.style) };
  }

  exportFile(input: In<'styles.exportFile'>): ExportedFile {
    const { fileName, content } = styleFileOf(this.get(input));
    return { fileName, base64: Buffer.from(content, 'utf8').toString('base64') };
  }

  parseFile(input: In<'styles.parseFile'>): VerbaleStyle {
    return parseStyleFile(input.content);
  }
}
