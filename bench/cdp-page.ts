/**
 * A Chromium page driven through the DevTools protocol over a pipe, with no domain enabled but Runtime's calls: unlike
 * Playwright, which follows every request of its pages (Network events sent to it and parsed, a few milliseconds of CPU
 * per fetch on this machine), nothing watches the page's fetches, so a call costs what it costs a user's browser.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';

export interface CdpPage {
  /** Evaluates an async expression in the page; its value, passed back as JSON. */
  evaluate<T>(expression: string): Promise<T>;
  close(): Promise<void>;
}

interface Message {
  id?: number;
  result?: { result?: { value?: unknown }; exceptionDetails?: { text: string; exception?: { description?: string } }; targetId?: string; sessionId?: string };
  error?: { message: string };
}

/** Chromium with `args` (headless), one page at `url` carrying `cookie` for it. */
export async function openCdpPage(executablePath: string, args: readonly string[], url: string, cookie: { name: string; value: string }): Promise<CdpPage> {
  if (!existsSync(executablePath)) throw new Error(`Chromium non trovato in ${executablePath}: installarlo (npm run pretest lo dice) per misurare la pagina`);
  const profile = mkdtempSync(join(tmpdir(), 'verbalizza-bench-chromium-'));
  const child: ChildProcess = spawn(executablePath, [...args, `--user-data-dir=${profile}`, '--remote-debugging-pipe', 'about:blank'], { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] });
  const toBrowser = child.stdio[3] as Writable;
  const fromBrowser = child.stdio[4] as Readable;
  let nextId = 1;
  const waiting = new Map<number, (message: Message) => void>();
  let buffered = '';
  // A browser that exits or fails to start answers nothing more: every call still waiting fails, none hangs.
  const fail = (reason: string) => {
    for (const answer of waiting.values()) answer({ error: { message: reason } });
  };
  child.once('error', (error) => fail(`Chromium non avviato: ${error.message}`));
  child.once('exit', (code) => fail(`Chromium uscito (codice ${code})`));
  toBrowser.on('error', (error) => fail(`Chromium non raggiungibile: ${error.message}`));
  fromBrowser.on('data', (chunk: Buffer) => {
    buffered += chunk.toString('utf8');
    let end: number;
    while ((end = buffered.indexOf('\0')) >= 0) {
      const message = JSON.parse(buffered.slice(0, end)) as Message;
      buffered = buffered.slice(end + 1);
      if (message.id !== undefined) waiting.get(message.id)?.(message);
    }
  });
  const send = (method: string, params: object, sessionId?: string): Promise<Message['result']> =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      waiting.set(id, (message) => {
        waiting.delete(id);
        if (message.error) reject(new Error(`${method}: ${message.error.message}`));
        else resolve(message.result);
      });
      toBrowser.write(`${JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })}\0`);
    });

  await send('Storage.setCookies', { cookies: [{ name: cookie.name, value: cookie.value, url, httpOnly: true, sameSite: 'Strict' }] });
  const { targetId } = (await send('Target.createTarget', { url })) as { targetId: string };
  const { sessionId } = (await send('Target.attachToTarget', { targetId, flatten: true })) as { sessionId: string };
  const evaluate = async <T>(expression: string): Promise<T> => {
    const answer = await send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true }, sessionId);
    if (answer?.exceptionDetails) throw new Error(answer.exceptionDetails.exception?.description ?? answer.exceptionDetails.text);
    return answer?.result?.value as T;
  };
  const origin = new URL(url).origin;
  for (let tries = 0; (await evaluate<string>('location.origin')) !== origin || (await evaluate<string>('document.readyState')) !== 'complete'; tries += 1) {
    if (tries > 200) throw new Error(`la pagina non si è aperta su ${url}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return {
    evaluate,
    async close() {
      const exited = child.exitCode === null ? new Promise((resolve) => child.once('exit', resolve)) : Promise.resolve();
      await send('Browser.close', {}).catch(() => child.kill());
      await exited;
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
