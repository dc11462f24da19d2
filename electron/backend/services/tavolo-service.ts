import type { ExportedFile, TavoloRegisterView } from '../../../shared/api/contract';
import { DomainError } from '../../../shared/api/errors';
import type { Meeting, Tavolo } from '../../../shared/model';
import { buildSintesiDocument, sessionNumberOf, tavoloRegister } from '../../../shared/tavolo';
import type { BodyService } from './body-service';
import type { MeetingService } from './meeting-service';
import type { Storage } from './storage';

/** A tavolo's sessions are its body's meetings that were held (live or closed); drafts are not sessions yet. */
export class TavoloService {
  constructor(
    private readonly storage: Storage,
    private readonly bodies: BodyService,
    private readonly meetings: MeetingService,
  ) {}

  register(bodyId: string): TavoloRegisterView {
    const { name, tavolo } = this.tavolo(bodyId);
    return { name, rows: tavoloRegister(tavolo, this.sessions(bodyId)) };
  }

  /** The session's place among its tavolo's sessions, by date; null for another body's meeting or a draft. */
  sessionNumber(meeting: Meeting): number | null {
    if (!meeting.body.tavolo || meeting.status === 'draft') return null;
    return sessionNumberOf(this.heldSessionRows(meeting.body.id), meeting.id);
  }

  async exportSintesi(bodyId: string, format: 'docx' | 'pdf'): Promise<ExportedFile> {
    const { name } = this.tavolo(bodyId);
    const sessions = this.sessions(bodyId);
    if (sessions.length === 0) throw new DomainError('NO_SESSIONS', `Il tavolo «${name}» non ha ancora incontri svolti: il documento di sintesi nasce dai loro verbali.`);
    const document = buildSintesiDocument(sessions);
    const bytes = format === 'docx' ? await (await import('../docx')).renderVerbaleDocx(document) : await (await import('../pdf')).renderVerbalePdf(document);
    return { fileName: `Documento di sintesi - ${name.replace(/[\\/:*?"<>|«»]/g, '').trim()}.${format}`, base64: Buffer.from(bytes).toString('base64') };
  }

  private tavolo(bodyId: string): { name: string; tavolo: Tavolo } {
    const body = this.bodies.get({ bodyId });
    if (body.kind !== 'tavolo' || !body.tavolo) throw new DomainError('NOT_A_TAVOLO', `«${body.name}» non è un tavolo di co-programmazione: registro e documento di sintesi sono dei tavoli.`);
    return { name: body.name, tavolo: body.tavolo };
  }

  private heldSessionRows(bodyId: string): { id: string; date: string }[] {
    return this.storage.read(() => this.storage.db.prepare("SELECT id, date FROM meetings WHERE body_id = ? AND status <> 'draft'").all(bodyId) as { id: string; date: string }[]);
  }

  private sessions(bodyId: string): Meeting[] {
    return this.heldSessionRows(bodyId).map((row) => this.meetings.meeting(row.id));
  }
}
