import { describe, expect, it } from 'vitest';
import { positionLevel, trackOf } from './position-level.js';

describe('positionLevel', () => {
  it('puts JF levels beside their structural equivalents', () => {
    expect(positionLevel('FUNGSIONAL', 'AHLI_MADYA')).toBe(positionLevel('ADMINISTRATOR', null));
    expect(positionLevel('FUNGSIONAL', 'AHLI_MUDA')).toBe(positionLevel('PENGAWAS', null));
  });

  it('orders JPT Utama above JPT Pratama above Administrator above Pelaksana', () => {
    expect(positionLevel('JPT_UTAMA', null)).toBeGreaterThan(positionLevel('JPT_PRATAMA', null));
    expect(positionLevel('JPT_PRATAMA', null)).toBeGreaterThan(positionLevel('ADMINISTRATOR', null));
    expect(positionLevel('ADMINISTRATOR', null)).toBeGreaterThan(positionLevel('PELAKSANA', null));
  });

  it('gives JF the functional track and every other kind the structural one', () => {
    expect(trackOf('FUNGSIONAL')).toBe('FUNCTIONAL');
    expect(trackOf('PENGAWAS')).toBe('STRUCTURAL');
  });
});
