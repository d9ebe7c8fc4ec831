import { describe, expect, it } from 'vitest';
import { regulationDefaultLevel } from './standardDefaults';

describe('the regulation’s default required level beside a standard', () => {
  it('follows the position kind for managerial and socio-cultural competencies', () => {
    expect(regulationDefaultLevel('MANAGERIAL', 'JPT_PRATAMA', null)).toBe(4);
    expect(regulationDefaultLevel('SOCIO_CULTURAL', 'PENGAWAS', null)).toBe(2);
    expect(regulationDefaultLevel('MANAGERIAL', 'FUNGSIONAL', 'AHLI_MADYA')).toBe(3);
    expect(regulationDefaultLevel('MANAGERIAL', 'FUNGSIONAL', 'TERAMPIL')).toBe(1);
  });

  it('has none for technical competencies, nor for a JF without a level', () => {
    expect(regulationDefaultLevel('TECHNICAL', 'ADMINISTRATOR', null)).toBeNull();
    expect(regulationDefaultLevel('MANAGERIAL', 'FUNGSIONAL', null)).toBeNull();
  });
});
