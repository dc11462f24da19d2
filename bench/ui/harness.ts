import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import type { MethodInput, MethodName, MethodResult } from '../../shared/api/contract';

/** Browser mode on a fresh data folder, with a typed API caller for seeding. */
export interface WebServer {
  url: string;
  /** The session cookie of the one sign-in (browser mode's token is single-use): give it to every page (newPage({ storageState })). */
  storageState: { cookies: Array<{ name: string; value: string; domain: string; path: string; expires: number; httpOnly: boolean; secure: boolean; sameSite: 'Strict' }>; origins: [] };
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodResult<M>>;
  stop(): void;
}

export function ensureRendererBuilt(): void {
  if (!existsSync('dist/renderer/index.html')) execFileSync('npx', ['vite', 'build'], { stdio: 'inherit' });
}

export async function startWeb(): Promise<WebServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'verbalizza-bench-ui-'));
  // node --import tsx (not npx) so that stopping the child stops the server itself.
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'electron/backend/web/start-web.ts', '--data-dir', dataDir, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const signInUrl = await new Promise<URL>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /http:\/\/127\.0\.0\.1:\d+\/\?t=[\w-]+/.exec(out);
      if (match) resolve(new URL(match[0]));
    });
    child.on('exit', (code) => reject(new Error(`start-web è terminato (codice ${code})`)));
  });
  const url = new URL('/', signInUrl).href;
  const headers = { 'content-type': 'application/json', origin: signInUrl.origin };
  const signIn = await fetch(`${url}session`, { method: 'POST', headers, body: JSON.stringify({ token: signInUrl.searchParams.get('t') }) });
  const [name = '', value = ''] = (signIn.headers.get('set-cookie') ?? '').split(';')[0]!.split('=');
  if (signIn.status !== 204 || !value) throw new Error(`Accesso alla modalità browser non riuscito: HTTP ${signIn.status}`);
  const cookie = { name, value, domain: signInUrl.hostname, path: '/', expires: -1, httpOnly: true, secure: false, sameSite: 'Strict' as const };
  return {
    url,
    storageState: { cookies: [cookie], origins: [] },
    async call(method, input) {
      const response = await fetch(`${url}api/${method}`, {
        method: 'POST',
        headers: { ...headers, cookie: `${name}=${value}` },
        body: JSON.stringify(input),
      });
      const body = (await response.json()) as { ok: boolean; result?: unknown; error?: { message: string } };
      if (!body.ok) throw new Error(`${method}: ${body.error?.message}`);
      return body.result as never;
    },
    stop() {
      child.kill('SIGTERM');
    },
  };
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

export const CHROMIUM = {
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
};
