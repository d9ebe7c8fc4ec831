import { describe, expect, it } from 'vitest';
import { retirementAge, retirementDate } from './retirement.js';

describe('retirementAge', () => {
  it('is 58 for administrative posts and most JF levels', () => {
    expect(retirementAge('ADMINISTRATOR', null)).toBe(58);
    expect(retirementAge('PELAKSANA', null)).toBe(58);
    expect(retirementAge('FUNGSIONAL', 'AHLI_MUDA')).toBe(58);
    expect(retirementAge('FUNGSIONAL', 'PENYELIA')).toBe(58);
  });

  it('is 60 for JPT and Ahli Madya, 65 for Ahli Utama', () => {
    expect(retirementAge('JPT_PRATAMA', null)).toBe(60);
    expect(retirementAge('FUNGSIONAL', 'AHLI_MADYA')).toBe(60);
    expect(retirementAge('FUNGSIONAL', 'AHLI_UTAMA')).toBe(65);
  });
});

describe('retirementDate', () => {
  it('is the birthday at that age', () => {
    expect(retirementDate('1968-03-14', 58)).toBe('2026-03-14');
  });
});
