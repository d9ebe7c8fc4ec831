import { describe, expect, it } from 'vitest';
import { changedFields, EMPTY_EMPLOYEE, reapply, type EmployeeFormValues } from './employeeForm';

const START: EmployeeFormValues = {
  ...EMPTY_EMPLOYEE,
  nip: '196608011988031001',
  name: 'Budi',
  golongan: 'III_A',
  education: 'S1',
  unitId: '3',
  positionId: '7',
  positionSince: '2020-01-01',
};

describe('the employee form after an optimistic-lock conflict', () => {
  it('counts a NIP typed with separators as unchanged', () => {
    expect(changedFields(START, { ...START, nip: '19660801 198803 1 001' })).toEqual([]);
  });

  it('keeps the other person’s changes and puts only mine on top', () => {
    const mine = { ...START, name: 'Budi Santoso' };
    const theirs = { ...START, golongan: 'III_B' as const, name: 'Budi S.' };
    expect(reapply(theirs, START, mine)).toEqual({ ...START, golongan: 'III_B', name: 'Budi Santoso' });
    expect(changedFields(START, theirs)).toEqual(['name', 'golongan']);
  });
});
