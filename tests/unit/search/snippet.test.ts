import { describe, expect, it } from 'vitest';
import { queryPrefixes } from '../../../electron/backend/search/fts-query';
import { snippetOf } from '../../../electron/backend/search/snippet';

const marked = (text: string, query: string) => snippetOf(text, queryPrefixes(query)).map((p) => (p.match ? `[${p.text}]` : p.text)).join('');

describe('snippet', () => {
  it('shows a short text whole, the found words marked without accents or case', () => {
    expect(marked('Comune di Città di Borgo: contrario.', 'CITTA borgo')).toBe('Comune di [Città] di [Borgo]: contrario.');
    expect(marked("Astenuti: Comune di Roccafonda.", 'astenuto')).toBe('[Astenuti]: Comune di Roccafonda.');
  });

  it('cuts a long text to the 24 words around the most matches, with … where it was cut', () => {
    const words = Array.from({ length: 300 }, (_, i) => `parola${i}`);
    words[150] = 'domiciliarità';
    words[153] = 'Domiciliare';
    const result = marked(words.join(' '), 'domiciliar');
    expect(result.startsWith('…')).toBe(true);
    expect(result.endsWith('…')).toBe(true);
    expect(result).toContain('[domiciliarità] parola151 parola152 [Domiciliare]');
    expect(result.replace(/…/g, '').trim().split(/\s+/)).toHaveLength(24);
  });

  it('keeps the text as data: markup in a statement stays text', () => {
    expect(snippetOf('<b>bilancio</b> & costi', queryPrefixes('bilancio'))).toEqual([
      { text: '<b>', match: false },
      { text: 'bilancio', match: true },
      { text: '</b> & costi', match: false },
    ]);
  });
});
