/**
 * The UI with a 2,000-entry meeting loaded (the seeded stress meeting, imported with files.importJson):
 * typing latency in the statement box (keydown → frame painted, p95), first screen ready, JS bundle size.
 * Goals (issue 5): p95 ≤ 16 ms, first screen ≤ 1 s, bundle ≤ 400 KB gzip. The typing goal is judged with Chromium
 * painting as soon as a frame is ready: with the 60 Hz vsync every text box, the plain one too, waits up to a frame.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from '@playwright/test';
import { MEETING_FILE_FORMAT, MEETING_FILE_VERSION } from '../shared/meeting-file';
import { stressMeeting, stressOptions } from './fixtures/stress-meeting';
import { CHROMIUM, ensureRendererBuilt, percentile, startWeb, type WebServer } from './ui/harness';
import { INSTALL_LATENCY_PROBES, READ_LATENCIES, READY_AT, READY_SET, TEXTAREA_ENABLED, readyObserver } from './ui/page-scripts';

const TYPED = 'Il Sindaco illustra la proposta di riparto del fondo per i servizi domiciliari tra i Comuni. '.repeat(3);

function bundleGzipKb(): number {
  const dir = 'dist/renderer/assets';
  const bytes = readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .reduce((sum, f) => sum + gzipSync(readFileSync(join(dir, f)), { level: 9 }).length, 0);
  return bytes / 1024;
}

/** Milliseconds from navigation start until `selector` is in the page (recorded by the page itself). */
async function firstScreenMs(browser: Browser, web: WebServer, url: string, selector: string): Promise<number> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, bypassCSP: true, storageState: web.storageState });
  await page.addInitScript({ content: readyObserver(selector) });
  await page.goto(url);
  await page.waitForFunction(READY_SET, undefined, { timeout: 20_000 });
  const ms = (await page.evaluate(READY_AT)) as number;
  await page.close();
  return ms;
}

/** Chromium painting each frame as soon as it is ready instead of at the display's next 60 Hz tick. */
const NO_VSYNC = ['--disable-frame-rate-limit', '--disable-gpu-vsync'];

type Latencies = Record<'app' | 'plain', { frame: number[]; painted: number[] }>;

/**
 * Typing in the statement box: keydown → the animation frame that paints the result (rAF), and → after that frame
 * (a message posted from rAF). A plain textarea outside React in the same page is measured the same way as the floor
 * (frame alignment and machine load), so the app's own cost is visible.
 */
async function typingLatencies(browser: Browser, web: WebServer, liveUrl: string): Promise<Latencies & { typedOk: boolean }> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, bypassCSP: true, storageState: web.storageState });
  await page.goto(liveUrl);
  const box = page.getByTestId('statement-text');
  await box.waitFor();
  await page.waitForFunction(TEXTAREA_ENABLED);
  await page.evaluate(INSTALL_LATENCY_PROBES);
  await page.locator('#bench-plain').focus();
  await page.keyboard.type(TYPED, { delay: 25 });
  await box.focus();
  await page.keyboard.type(TYPED, { delay: 25 });
  await page.waitForTimeout(300);
  const latencies = (await page.evaluate(READ_LATENCIES)) as Latencies;
  const typedOk = (await box.inputValue()) === TYPED;
  await page.close();
  return { ...latencies, typedOk };
}

async function main() {
  ensureRendererBuilt();
  const web = await startWeb();
  const browser = await chromium.launch(CHROMIUM);
  try {
    const meeting = { ...stressMeeting(stressOptions(1)), status: 'live' as const, endTime: null };
    meeting.currentItemId = meeting.items[Math.floor(meeting.items.length / 2)]!.id;
    const entries = meeting.items.reduce((n, item) => n + item.entries.length, 0);
    const content = JSON.stringify({ format: MEETING_FILE_FORMAT, version: MEETING_FILE_VERSION, exportedAt: new Date().toISOString(), meeting });
    const view = await web.call('files.importJson', { content });
    const liveUrl = `${web.url}#/meeting/${encodeURIComponent(view.meeting.id)}`;

    // First screen ready: the median of 5 cold loads of each screen.
    const homeRuns: number[] = [];
    const liveRuns: number[] = [];
    for (let i = 0; i < 5; i++) {
      homeRuns.push(await firstScreenMs(browser, web, web.url, 'table.data-table tbody tr'));
      liveRuns.push(await firstScreenMs(browser, web, liveUrl, '[data-testid="statement-text"]:not([disabled])'));
    }

    const vsync = await typingLatencies(browser, web, liveUrl);
    const unthrottledBrowser = await chromium.launch({ ...CHROMIUM, args: [...CHROMIUM.args, ...NO_VSYNC] });
    const unthrottled = await typingLatencies(unthrottledBrowser, web, liveUrl).finally(() => unthrottledBrowser.close());
    const fmt = (values: number[]) => `p50 ${percentile(values, 50).toFixed(1)} ms, p95 ${percentile(values, 95).toFixed(1)} ms`;

    const kb = bundleGzipKb();
    const homeMedian = percentile(homeRuns, 50);
    const liveMedian = percentile(liveRuns, 50);
    const p95 = percentile(unthrottled.app.painted, 95);
    console.log(`Macchina: ${cpus()[0]?.model} (${cpus().length} core), ${new Date().toISOString().slice(0, 10)}, Chromium headless`);
    console.log(`Seduta caricata: ${meeting.items.length} punti, ${entries} voci, ${meeting.body.members.length} componenti`);
    console.log(`Latenza di battitura, tasto → fotogramma dipinto (${unthrottled.app.painted.length} tasti), senza attesa del vsync: app ${fmt(unthrottled.app.painted)}; textarea semplice (base) ${fmt(unthrottled.plain.painted)} (obiettivo p95 ≤ 16 ms) ${p95 <= 16 ? 'OK' : 'SUPERATO'}`);
    console.log(`  con il vsync a 60 Hz: app ${fmt(vsync.app.painted)}; textarea semplice (base) ${fmt(vsync.plain.painted)}`);
    console.log(`  tasto → requestAnimationFrame: senza vsync app ${fmt(unthrottled.app.frame)}; con vsync app ${fmt(vsync.app.frame)}, base ${fmt(vsync.plain.frame)}`);
    console.log(`Testo digitato integro: ${vsync.typedOk && unthrottled.typedOk ? 'sì' : 'NO'}`);
    console.log(`Prima schermata pronta, archivio: mediana ${homeMedian.toFixed(0)} ms (${homeRuns.map((v) => v.toFixed(0)).join(', ')})`);
    console.log(`Prima schermata pronta, seduta da ${entries} voci: mediana ${liveMedian.toFixed(0)} ms (${liveRuns.map((v) => v.toFixed(0)).join(', ')}) (obiettivo ≤ 1000 ms) ${liveMedian <= 1000 ? 'OK' : 'SUPERATO'}`);
    console.log(`Bundle JS: ${kb.toFixed(1)} KB gzip (obiettivo ≤ 400 KB) ${kb <= 400 ? 'OK' : 'SUPERATO'}`);
    if (p95 > 16 || liveMedian > 1000 || kb > 400 || !vsync.typedOk || !unthrottled.typedOk) process.exitCode = 1;
  } finally {
    await browser.close();
    web.stop();
  }
}

await main();
