import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../electron/backend/content-security-policy';
import { createAppRequestHandler } from '../../../electron/shell/app-protocol';

const root = join(import.meta.dirname, '..', '..', '..');

/** The content of the CSP <meta> tag of an HTML page, or null. */
function metaPolicy(html: string): string | null {
  const tag = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"\s*\/?>/i.exec(html);
  return tag?.[1] ?? null;
}

describe('one Content-Security-Policy', () => {
  it('the meta tag of renderer/index.html carries exactly the policy the app:// protocol sends as a header', async () => {
    const html = readFileSync(join(root, 'renderer', 'index.html'), 'utf8');
    expect(metaPolicy(html)).toBe(CONTENT_SECURITY_POLICY);
    const response = await createAppRequestHandler(join(root, 'renderer'))(new Request('app://verbalizza/index.html'));
    expect(response.headers.get('content-security-policy')).toBe(metaPolicy(await response.text()));
  });
});
