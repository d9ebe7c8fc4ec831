import { describe, expect, it } from 'vitest';
import { historyFields, historyInput } from './historyEntry';

describe('a history entry as the record mutation takes it', () => {
  it('sends numbers as numbers (a number input gives one) and leaves an empty optional field out', () => {
    const rating = historyFields('RATING', 'PNS', []);
    expect(historyInput('9', rating, { year: 2025, predikat: 'BAIK', ratedBy: ' Kabid ' })).toEqual({
      employeeId: '9',
      year: 2025,
      predikat: 'BAIK',
      ratedBy: 'Kabid',
    });
    const post = historyFields('POSITION', 'PNS', []);
    expect(historyInput('9', post, { positionId: '8', fromDate: '2026-05-04', toDate: '' })).toEqual({
      employeeId: '9',
      positionId: '8',
      fromDate: '2026-05-04',
    });
  });

  it('asks a PNS for a golongan and a PPPK for a grade', () => {
    expect(historyFields('RANK', 'PNS', [])[0]!.name).toBe('golongan');
    expect(historyFields('RANK', 'PPPK', [])[0]!.name).toBe('pppkGrade');
  });
});
