import { describe, expect, it } from 'vitest';
import { approvalStage, checkApplication, statusAfterApproval, type Application } from './degree-study.js';

const TODAY = '2026-11-25';
const S2: Application = {
  kind: 'TUGAS_BELAJAR',
  level: 'S2',
  funding: 'APBD',
  startsOn: '2027-02-01',
  expectedEndOn: '2029-01-31',
};

describe('a degree study application', () => {
  it('accepts an S1 holder applying for a funded S2 starting after today', () => {
    expect(checkApplication(S2, 'S1', TODAY)).toBeNull();
  });

  it('refuses a level not above the one held (D4 ranks with S1)', () => {
    expect(checkApplication({ ...S2, level: 'S1' }, 'D4', TODAY)).toEqual({
      field: 'input.level',
      reason: 'DEGREE_NOT_HIGHER',
    });
    expect(checkApplication(S2, 'S2', TODAY)?.reason).toBe('DEGREE_NOT_HIGHER');
  });

  it('refuses a self-funded tugas belajar and a funded izin belajar', () => {
    expect(checkApplication({ ...S2, funding: 'SELF' }, 'S1', TODAY)?.field).toBe('input.funding');
    expect(checkApplication({ ...S2, kind: 'IZIN_BELAJAR' }, 'S1', TODAY)?.reason).toBe('FUNDING_KIND_MISMATCH');
    expect(checkApplication({ ...S2, kind: 'IZIN_BELAJAR', funding: 'SELF' }, 'S1', TODAY)).toBeNull();
  });

  it('refuses a start before today, an end not after the start, and a study over 72 months', () => {
    expect(checkApplication({ ...S2, startsOn: '2026-11-24' }, 'S1', TODAY)?.reason).toBe('DATE_IN_PAST');
    expect(checkApplication({ ...S2, startsOn: TODAY }, 'S1', TODAY)).toBeNull();
    expect(checkApplication({ ...S2, startsOn: '2025-09-01' }, 'S1', null)).toBeNull();
    expect(checkApplication({ ...S2, expectedEndOn: S2.startsOn }, 'S1', TODAY)?.reason).toBe('END_BEFORE_START');
    expect(checkApplication({ ...S2, level: 'S3', expectedEndOn: '2033-02-01' }, 'S2', TODAY)).toBeNull();
    expect(checkApplication({ ...S2, level: 'S3', expectedEndOn: '2033-02-02' }, 'S2', TODAY)?.reason).toBe(
      'STUDY_TOO_LONG',
    );
  });
});

describe('the approval workflow', () => {
  it('goes from the manager to an administrator, and awaits nobody once decided', () => {
    expect(approvalStage('PENDING_MANAGER')).toBe('MANAGER');
    expect(statusAfterApproval('MANAGER')).toBe('PENDING_ADMIN');
    expect(approvalStage('PENDING_ADMIN')).toBe('ADMIN');
    expect(statusAfterApproval('ADMIN')).toBe('APPROVED');
    for (const status of ['APPROVED', 'REJECTED', 'GRADUATED'] as const) expect(approvalStage(status)).toBeNull();
  });
});
