import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppRequestHandler, resolveAppPath, resolvePathname } from '../../../electron/shell/app-protocol';
import { CONTENT_SECURITY_POLICY } from '../../../electron/backend/content-security-policy';

let base: string;
let root: string;

beforeAll(async () => {
  base = await mkdtemp(path.join(tmpdir(), 'verbalizza-protocol-'));
  root = path.join(base, 'renderer');
  await mkdir(path.join(root, 'assets'), { recursive: true });
  await writeFile(path.join(root, 'index.html'), '<!doctype html><title>Verbalizza</title>');
  await writeFile(path.join(root, 'assets', 'index-abc.js'), 'console.log("ok")');
  await writeFile(path.join(root, 'assets', 'nome con spazi.css'), 'body{}');
  // A secret beside the renderer folder, and one whose name starts like it.
  await writeFile(path.join(base, 'secret.txt'), 'segreto');
  await mkdir(path.join(base, 'renderer-evil'));
  await writeFile(path.join(base, 'renderer-evil', 'x.js'), 'evil()');
});

afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

describe('resolveAppPath', () => {
  it('maps the root and files under dist/renderer', () => {
    expect(resolveAppPath(root, 'app://verbalizza/')).toMatchObject({ ok: true, filePath: path.join(root, 'index.html') });
    expect(resolveAppPath(root, 'app://verbalizza/index.html#/meeting/1')).toMatchObject({ ok: true, filePath: path.join(root, 'index.html') });
    expect(resolveAppPath(root, 'app://verbalizza/assets/index-abc.js')).toMatchObject({
      ok: true,
      filePath: path.join(root, 'assets', 'index-abc.js'),
      mimeType: 'text/javascript; charset=utf-8',
    });
    expect(resolveAppPath(root, 'app://verbalizza/assets/nome%20con%20spazi.css')).toMatchObject({ ok: true, filePath: path.join(root, 'assets', 'nome con spazi.css') });
  });

  it.each([
    '/../secret.txt',
    '/assets/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/%2e%2e/renderer-evil/x.js',
    '/..%2fsecret.txt',
    '/..%5csecret.txt',
    '/index.html%00.js',
    '/%E0%A4%A',
  ])('refuses the raw pathname %s', (pathname) => {
    const result = resolvePathname(root, pathname);
    expect(result.ok).toBe(false);
  });

  it.each(['app://verbalizza/../../secret.txt', 'app://verbalizza/%2e%2e/secret.txt', 'app://verbalizza/assets/%2E%2E/%2E%2E/secret.txt'])(
    'never leaves the root for the URL %s',
    (url) => {
      const result = resolveAppPath(root, url);
      // The URL parser collapses (even encoded) dots: what is looked up is INSIDE the root, never beside it.
      expect(result).toMatchObject({ ok: true, filePath: path.join(root, 'secret.txt') });
    },
  );

  it('refuses encoded separators in a URL', () => {
    expect(resolveAppPath(root, 'app://verbalizza/..%2fsecret.txt')).toMatchObject({ ok: false, status: 400 });
  });

  it('refuses other origins and unknown file types', () => {
    expect(resolveAppPath(root, 'app://evil/index.html')).toMatchObject({ ok: false, status: 403 });
    expect(resolveAppPath(root, 'file:///etc/passwd')).toMatchObject({ ok: false, status: 403 });
    expect(resolveAppPath(root, 'app://verbalizza/database.sqlite')).toMatchObject({ ok: false, status: 404 });
  });
});

describe('createAppRequestHandler', () => {
  const handler = () => createAppRequestHandler(root);

  it('serves a real file with the CSP header and its MIME type', async () => {
    const response = await handler()(new Request('app://verbalizza/index.html'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>Verbalizza</title>');
  });

  it('never serves the file beside the root', async () => {
    const dots = await handler()(new Request('app://verbalizza/%2e%2e/secret.txt'));
    expect(dots.status).toBe(404);
    expect(await dots.text()).not.toContain('segreto');
    const response = await handler()(new Request('app://verbalizza/..%2fsecret.txt'));
    expect(response.status).toBe(400);
    expect(await response.text()).not.toContain('segreto');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('answers 404 for a missing file and 405 for a POST', async () => {
    expect((await handler()(new Request('app://verbalizza/assets/missing.js'))).status).toBe(404);
    expect((await handler()(new Request('app://verbalizza/index.html', { method: 'POST', body: 'x' }))).status).toBe(405);
  });
});
