import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const eslint = new ESLint({ cwd: root });

/** Rule ids of the errors ESLint reports for `code` placed at shared/_probe.ts. */
async function errorsFor(code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: 'shared/_probe.ts' });
  return (result?.messages ?? []).filter((message) => message.severity === 2).map((message) => message.ruleId ?? 'parse-error');
}

describe('shared/ stays pure (ESLint)', () => {
  it.each([
    ['node:fs', "import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n", 'no-restricted-imports'],
    ['electron', "import { ipcMain } from 'electron';\nexport const ipc = ipcMain;\n", 'no-restricted-imports'],
    ['react', "import { useState } from 'react';\nexport const use = useState;\n", 'no-restricted-imports'],
    ['window', 'export const width = () => window.innerWidth;\n', 'no-restricted-globals'],
  ])('refuses %s', async (_label, code, rule) => {
    expect(await errorsFor(code)).toContain(rule);
  });

  it('accepts pure code (zod and relative imports)', async () => {
    expect(await errorsFor("import { z } from 'zod';\nimport { IdSchema } from './model';\nexport const S = z.object({ id: IdSchema });\n")).toEqual([]);
  });

  it('the real shared/ tree lints clean', async () => {
    const results = await eslint.lintFiles(['shared/']);
    const errors = results.flatMap((result) => result.messages.filter((m) => m.severity === 2).map((m) => `${result.filePath}:${m.line} ${m.ruleId}: ${m.message}`));
    expect(results.length).toBeGreaterThan(5);
    expect(errors).toEqual([]);
  });
});
