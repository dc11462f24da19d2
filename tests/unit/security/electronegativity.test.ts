import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const SCRIPT = path.resolve('scripts/electronegativity.mjs');

/** A small app that passes every check: CSP meta tag, navigation and permission handlers, secure windows. */
const CLEAN_HTML = `<!doctype html><html><head>
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'" />
</head><body></body></html>`;

const CLEAN_MAIN = `import { app, BrowserWindow, session, type WebContents } from 'electron';
interface Options { title: string }
export function open(options: Options): BrowserWindow {
  const window = new BrowserWindow({ title: options.title, webPreferences: { contextIsolation: true, sandbox: true, nodeIntegration: false, disableBlinkFeatures: 'Auxclick' } });
  return window;
}
app.on('web-contents-created', (_event, contents: WebContents) => {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
});
session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
`;

/**
 * Planted: a window with Node in the renderer and no isolation or sandbox, written in TypeScript
 * (type annotation, interface) so the TS parser must read it.
 */
function plantedWindow(suffix = ''): string {
  return `import { BrowserWindow } from 'electron';
interface Planted { url: string }
export function planted(target: Planted): void {
  const bad = new BrowserWindow({ webPreferences: { contextIsolation: false, disableBlinkFeatures: 'Auxclick', nodeIntegration: true } });${suffix}
  void bad.loadURL(target.url);
}
`;
}

let base: string;

beforeAll(async () => {
  base = await mkdtemp(path.join(tmpdir(), 'verbalizza-eng-test-'));
});

afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

async function scan(files: Record<string, string>): Promise<{ code: number; output: string; sarif: { runs: { results: { ruleId: string }[] }[] } }> {
  const dir = await mkdtemp(path.join(base, 'app-'));
  for (const [name, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), content);
  }
  const out = path.join(dir, 'report.sarif');
  let code = 0;
  let output = '';
  try {
    const result = await run(process.execPath, [SCRIPT, '--input', path.join(dir, 'src'), '--out', out]);
    output = result.stdout + result.stderr;
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    code = failed.code;
    output = failed.stdout + failed.stderr;
  }
  const sarif = JSON.parse(await readFile(out, 'utf8').catch(() => '{"runs":[{"results":[]}]}'));
  return { code, output, sarif };
}

describe.concurrent('scripts/electronegativity.mjs', () => {
  it('finds a planted nodeIntegration: true in a .ts file and fails', async () => {
    const result = await scan({ 'src/index.html': CLEAN_HTML, 'src/main.ts': CLEAN_MAIN, 'src/planted.ts': plantedWindow() });
    expect(result.code).toBe(1);
    expect(result.output).toMatch(/DA CORREGGERE\s+NODE_INTEGRATION_JS_CHECK src\/planted\.ts:4/);
    expect(result.output).toMatch(/DA CORREGGERE\s+CONTEXT_ISOLATION_JS_CHECK src\/planted\.ts:4/);
    expect(result.output).toMatch(/DA CORREGGERE\s+SANDBOX_JS_CHECK src\/planted\.ts:4/);
    expect(result.sarif.runs[0]?.results.map((row) => row.ruleId)).toContain('NODE_INTEGRATION_JS_CHECK');
  });

  it('refuses a suppression without a written reason', async () => {
    const result = await scan({
      'src/index.html': CLEAN_HTML,
      'src/main.ts': CLEAN_MAIN,
      'src/planted.ts': plantedWindow(' // eng-disable NODE_INTEGRATION_JS_CHECK CONTEXT_ISOLATION_JS_CHECK SANDBOX_JS_CHECK'),
    });
    expect(result.code).toBe(1);
    expect(result.output).toContain('SOPPRESSIONE SENZA MOTIVO  src/planted.ts:4');
    expect(result.output).not.toContain('DA CORREGGERE');
  });

  it('passes a clean app whose one suppression says why', async () => {
    const result = await scan({
      'src/index.html': CLEAN_HTML,
      'src/main.ts': CLEAN_MAIN,
      'src/planted.ts': plantedWindow(' // eng-disable NODE_INTEGRATION_JS_CHECK CONTEXT_ISOLATION_JS_CHECK SANDBOX_JS_CHECK -- fixture: a window that never loads remote content'),
    });
    expect(result.output).toContain('Verifica di sicurezza superata');
    expect(result.code).toBe(0);
    expect(result.sarif.runs[0]?.results.map((row) => row.ruleId)).toEqual(['CSP_GLOBAL_CHECK']);
  });

  it('fails on a file it cannot parse (unchecked code is not clean code) and on a missing CSP', async () => {
    const result = await scan({ 'src/main.ts': CLEAN_MAIN, 'src/broken.ts': 'export const = ;\n' });
    expect(result.code).toBe(1);
    expect(result.output).toContain('FILE NON ANALIZZATO  src/broken.ts');
    expect(result.output).toMatch(/DA CORREGGERE\s+CSP_GLOBAL_CHECK/);
  });
});
