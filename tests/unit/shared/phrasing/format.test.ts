import { describe, expect, it } from 'vitest';
import {
  abstainedCount,
  againstCount,
  capitalizeFirst,
  favourableVotes,
  formatDateWords,
  formatEuro,
  formatInteger,
  formatPercent,
  formatTime,
  joinItalian,
  membersCount,
  plural,
  upperItalian,
} from '../../../../shared/phrasing';

describe('dates and times', () => {
  it('writes the date in words', () => {
    expect(formatDateWords('2025-03-05')).toBe('5 marzo 2025');
    expect(formatDateWords('2025-11-13')).toBe('13 novembre 2025');
    expect(formatDateWords('2026-01-01')).toBe('1 gennaio 2026');
  });

  it('adds the weekday when asked', () => {
    expect(formatDateWords('2025-03-05', { weekday: true })).toBe('mercoledì 5 marzo 2025');
    expect(formatDateWords('2026-11-22', { weekday: true })).toBe('domenica 22 novembre 2026');
  });

  it('accepts a Date and refuses a malformed string', () => {
    expect(formatDateWords(new Date(2025, 11, 31))).toBe('31 dicembre 2025');
    expect(() => formatDateWords('05/03/2025')).toThrow(/Data non valida/);
  });

  it('formats times as HH:MM', () => {
    expect(formatTime('17:51')).toBe('17:51');
    expect(formatTime('9:05')).toBe('09:05');
    expect(formatTime(new Date(2025, 2, 5, 7, 3))).toBe('07:03');
    expect(() => formatTime('17.51')).toThrow(/Orario non valido/);
  });
});

describe('numbers', () => {
  it('writes euro with the symbol first and a normal space', () => {
    expect(formatEuro(415000)).toBe('€ 415.000,00');
    expect(formatEuro(1000)).toBe('€ 1.000,00');
    expect(formatEuro(12.5)).toBe('€ 12,50');
    expect(formatEuro(1234567.891)).toBe('€ 1.234.567,89');
    expect(formatEuro(-50)).toBe('-€ 50,00');
    expect(formatEuro(415000).charCodeAt(1)).toBe(32);
  });

  it('writes integers and percentages the Italian way', () => {
    expect(formatInteger(45210)).toBe('45.210');
    expect(formatInteger(1000)).toBe('1.000');
    expect(formatInteger(999)).toBe('999');
    expect(formatPercent(3.4)).toBe('3,4%');
    expect(formatPercent(62.37)).toBe('62,4%');
    expect(formatPercent(50)).toBe('50%');
    expect(formatPercent(33.333, 2)).toBe('33,33%');
  });
});

describe('lists', () => {
  it('joins with commas and "e"', () => {
    expect(joinItalian([])).toBe('');
    expect(joinItalian(['A'])).toBe('A');
    expect(joinItalian(['A', 'B'])).toBe('A e B');
    expect(joinItalian(['A', 'B', 'C'])).toBe('A, B e C');
    expect(joinItalian(['Comune di Ponte Nuovo', 'Comune di Roccafonda'])).toBe('Comune di Ponte Nuovo e Comune di Roccafonda');
    expect(joinItalian(['A', 'B', 'C'], 'o')).toBe('A, B o C');
    // The euphonic «ed» before an «e», only there.
    expect(joinItalian(['UIL Valchiara', 'Emporio solidale Valchiara ETS'])).toBe('UIL Valchiara ed Emporio solidale Valchiara ETS');
    expect(joinItalian(['Marta Rossi', 'Luca Neri', 'elena bianchi'])).toBe('Marta Rossi, Luca Neri ed elena bianchi');
    expect(joinItalian(['Marta Rossi', 'Anna Neri'])).toBe('Marta Rossi e Anna Neri');
    expect(joinItalian(['A', 'Ettore'], 'o')).toBe('A o Ettore');
  });
});

describe('plurals', () => {
  it('uses the singular only for one', () => {
    expect(favourableVotes(1)).toBe('1 voto favorevole');
    expect(favourableVotes(12)).toBe('12 voti favorevoli');
    expect(favourableVotes(0)).toBe('0 voti favorevoli');
    expect(abstainedCount(1)).toBe('1 astenuto');
    expect(abstainedCount(2)).toBe('2 astenuti');
    expect(againstCount(1)).toBe('1 contrario');
    expect(againstCount(3)).toBe('3 contrari');
    expect(membersCount(1)).toBe('1 componente');
    expect(membersCount(2)).toBe('2 componenti');
    expect(plural(1000, 'abitante', 'abitanti')).toBe('1.000 abitanti');
  });

  it('capitalises and uppercases Italian text', () => {
    expect(capitalizeFirst('consigliere')).toBe('Consigliere');
    expect(upperItalian('Niccolò Città')).toBe('NICCOLÒ CITTÀ');
  });
});
