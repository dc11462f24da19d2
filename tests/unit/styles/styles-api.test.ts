import { afterEach, describe, expect, it } from 'vitest';
import { SINTETICO_STYLE, STANDARD_STYLE, type VerbaleStyle } from '../../../shared/style';
import { createExampleBody, databaseContent, exampleMeetingText, testBackend, type TestBackend } from '../storage/helpers';

let t: TestBackend;
afterEach(() => t.close());

const withTemplate = (style: VerbaleStyle, kind: keyof VerbaleStyle['templates'], template: string): VerbaleStyle => ({
  ...style,
  templates: { ...style.templates, [kind]: template },
});

describe('styles through the API', () => {
  it('lists the presets, each with a one-line summary', async () => {
    t = testBackend();
    const presets = await t.call('styles.presets', {});
    expect(presets.map((preset) => preset.style.name)).toEqual(['Standard', 'Sintetico', 'Online', 'Tavolo di co-programmazione']);
    for (const preset of presets) expect(preset.summary).toMatch(/^\S.{20,}\.$/);
  });

  it('sets a body style and gets it back; a meeting created before keeps its own', async () => {
    t = testBackend();
    const body = await createExampleBody(t);
    expect((await t.call('styles.get', { bodyId: body.id })).name).toBe('Standard');
    const earlier = await t.call('meetings.create', { bodyId: body.id, date: '2026-11-02', modality: 'presence', place: 'Sala consiliare' });
    await t.call('styles.set', { bodyId: body.id, style: SINTETICO_STYLE });
    expect(await t.call('styles.get', { bodyId: body.id })).toEqual(SINTETICO_STYLE);
    const meeting = await t.call('meetings.get', { meetingId: earlier.meetingId });
    expect(meeting.meeting.body.style.name).toBe('Standard');
  });

  it('refuses a broken template naming the sentence, the position and the problem, and writes nothing', async () => {
    t = testBackend();
    const body = await createExampleBody(t);
    const before = databaseContent(t.backend);
    const error = await t.fail('styles.set', { bodyId: body.id, style: withTemplate(STANDARD_STYLE, 'closing', 'La seduta termina alle ore {orra}.') });
    expect(error.kind).toBe('validation');
    expect(error.kind === 'validation' && error.issues).toEqual([
      { path: 'style.templates.closing', message: 'Chiusura, carattere 28: segnaposto sconosciuto {orra}' },
    ]);
    expect(databaseContent(t.backend)).toEqual(before);
  });

  it('checks one template', async () => {
    t = testBackend();
    expect(await t.call('styles.validateTemplate', { kind: 'opening', template: 'Il giorno {data}.' })).toEqual({ problem: null });
    expect(await t.call('styles.validateTemplate', { kind: 'opening', template: 'Il giorno {#if ora}{data}.' })).toEqual({
      problem: { position: 11, message: '{#if ora} senza il suo {/if}', text: 'Frase di apertura, carattere 11: {#if ora} senza il suo {/if}' },
    });
  });

  it('renders examples from the example meeting when the body has none, then from its latest meeting', async () => {
    t = testBackend();
    const body = await createExampleBody(t);
    const fromExample = await t.call('styles.examples', { bodyId: body.id, style: SINTETICO_STYLE });
    expect(fromExample.source).toEqual({ kind: 'example' });
    expect(fromExample.examples.itemHeading).toEqual({ text: 'Punto 1 – Approvazione del verbale della seduta del 12 dicembre 2024', fromMeeting: true });

    const imported = await t.call('files.importJson', { content: exampleMeetingText() });
    const fromArchive = await t.call('styles.examples', { bodyId: imported.meeting.body.id, style: withTemplate(SINTETICO_STYLE, 'closing', 'Fine alle {ora}.') });
    expect(fromArchive.source).toEqual({ kind: 'meeting', meetingId: imported.meeting.id, date: imported.meeting.date });
    expect(fromArchive.examples.closing.text).toMatch(/^Fine alle \d\d:\d\d\.$/);
    // A kind the meeting never uses is shown over the documented examples.
    expect(fromArchive.examples.voteTie.fromMeeting).toBe(false);
    expect(fromArchive.examples.voteTie.text).toContain('6 favorevoli e 6 contrari');
  });

  it('exports a style file and reads it back; a file with a broken template is refused where it is broken', async () => {
    t = testBackend();
    const body = await createExampleBody(t);
    await t.call('styles.set', { bodyId: body.id, style: SINTETICO_STYLE });
    const file = await t.call('styles.exportFile', { bodyId: body.id });
    expect(file.fileName).toBe('stile-sintetico.json');
    const text = Buffer.from(file.base64, 'base64').toString('utf8');
    expect(await t.call('styles.parseFile', { content: text })).toEqual(SINTETICO_STYLE);

    const broken = JSON.parse(text) as { style: VerbaleStyle };
    const content = JSON.stringify({ ...broken, style: withTemplate(broken.style, 'itemHeading', '{numero}. {titolo') });
    const error = await t.fail('styles.parseFile', { content });
    expect(error.message).toBe('File di stile non valido: Stile, titolo del punto, carattere 11: parentesi graffa aperta e non chiusa');
    expect(error.kind === 'validation' && error.issues[0]?.path).toBe('style.templates.itemHeading');
    expect((await t.fail('styles.parseFile', { content: '{"format":"verbalizza.meeting"}' })).message).toContain('Non è un file di stile di Verbalizza');
  });
});
