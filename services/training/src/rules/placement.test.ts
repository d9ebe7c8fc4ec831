import { describe, expect, it } from 'vitest';
import { canMove, checkPlacement, isEvidence } from './placement.js';

const plan = { startsOn: '2026-02-01', endsOn: '2026-04-30', competencyIds: [1, 10] };

describe('checkPlacement', () => {
  it('accepts a three-month placement starting after today', () => {
    expect(checkPlacement(plan, '2026-01-15')).toBeNull();
  });
  it('refuses an own proposal starting before today, but lets an administrator record one from papers', () => {
    expect(checkPlacement(plan, '2026-02-02')).toEqual({ field: 'input.startsOn', reason: 'PLACEMENT_DATE_IN_PAST' });
    expect(checkPlacement(plan, null)).toBeNull();
  });
  it('accepts a one-day placement and refuses an end before the start', () => {
    expect(checkPlacement({ ...plan, endsOn: '2026-02-01' }, null)).toBeNull();
    expect(checkPlacement({ ...plan, endsOn: '2026-01-31' }, null)).toEqual({
      field: 'input.endsOn',
      reason: 'END_BEFORE_START',
    });
  });
  it('allows 366 days (2026-02-01 to 2027-02-01) and refuses 367', () => {
    expect(checkPlacement({ ...plan, endsOn: '2027-02-01' }, null)).toBeNull();
    expect(checkPlacement({ ...plan, endsOn: '2027-02-02' }, null)).toEqual({
      field: 'input.endsOn',
      reason: 'PLACEMENT_TOO_LONG',
    });
  });
  it('refuses a competency targeted twice', () => {
    expect(checkPlacement({ ...plan, competencyIds: [3, 5, 3] }, null)).toEqual({
      field: 'input.competencies',
      reason: 'COMPETENCY_TWICE',
    });
  });
});

describe('the placement life cycle', () => {
  it('decides a proposal once, completes only an approved placement', () => {
    expect(canMove('PROPOSED', 'APPROVED')).toBe(true);
    expect(canMove('PROPOSED', 'REJECTED')).toBe(true);
    expect(canMove('PROPOSED', 'COMPLETED')).toBe(false);
    expect(canMove('APPROVED', 'COMPLETED')).toBe(true);
    expect(canMove('APPROVED', 'REJECTED')).toBe(false);
    expect(canMove('REJECTED', 'APPROVED')).toBe(false);
    expect(canMove('COMPLETED', 'COMPLETED')).toBe(false);
  });
  it('takes a completed placement as evidence unless the host judged it KURANG', () => {
    expect(isEvidence('COMPLETED', 'CUKUP')).toBe(true);
    expect(isEvidence('COMPLETED', 'KURANG')).toBe(false);
    expect(isEvidence('APPROVED', null)).toBe(false);
  });
});
