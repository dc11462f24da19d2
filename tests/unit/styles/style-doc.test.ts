import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { STYLE_DOC_PATH, styleDocText } from '../../../scripts/generate-style-doc';
import { SENTENCE_KINDS, SENTENCE_VOCABULARY, STYLE_PRESETS } from '../../../shared/style';

describe('docs/STYLE.md', () => {
  it('is what `npm run docs:style` generates from shared/style now', () => {
    expect(readFileSync(STYLE_DOC_PATH, 'utf8')).toBe(styleDocText());
  });

  it('names every sentence kind with every placeholder, and every preset', () => {
    const doc = styleDocText();
    for (const kind of SENTENCE_KINDS) {
      const section = doc.split(`(\`${kind}\``)[1]?.split('\n### ')[0] ?? '';
      expect(section, kind).not.toBe('');
      for (const [name, placeholder] of Object.entries(SENTENCE_VOCABULARY[kind].placeholders as Record<string, { description: string }>)) {
        expect(section, `${kind}.${name}`).toContain(`| \`{${name}}\` | ${placeholder.description.replace(/\|/g, '\\|')} |`);
      }
    }
    for (const style of STYLE_PRESETS) expect(doc).toContain(`### ${style.name}\n`);
  });
});
