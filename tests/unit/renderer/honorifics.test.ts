import { describe, expect, it } from 'vitest';
import { honorificForGender } from '../../../renderer/lib/honorifics';

describe('honorific follows the gender', () => {
  it('turns the masculine title into the feminine one for F, and back for M', () => {
    expect(honorificForGender('Dott.', 'f')).toBe('Dott.ssa');
    expect(honorificForGender('Sig.', 'f')).toBe('Sig.ra');
    expect(honorificForGender('Prof.', 'f')).toBe('Prof.ssa');
    expect(honorificForGender('Dott.ssa', 'm')).toBe('Dott.');
    expect(honorificForGender('Sig.ra', 'm')).toBe('Sig.');
  });

  it('keeps a title that already fits the gender', () => {
    expect(honorificForGender('Dott.ssa', 'f')).toBe('Dott.ssa');
    expect(honorificForGender('Sig.', 'm')).toBe('Sig.');
  });

  it('never changes a title the clerk typed herself, one without a feminine form, or none', () => {
    expect(honorificForGender('Avv.', 'f')).toBe('Avv.');
    expect(honorificForGender('On. Dott.', 'f')).toBe('On. Dott.');
    expect(honorificForGender('Dottoressa', 'm')).toBe('Dottoressa');
    expect(honorificForGender('', 'f')).toBe('');
  });
});
