import { describe, expect, it } from 'vitest';
import { EmployeeType } from '../types/employee-type.enum.js';
import { EnrolmentStatus } from '../types/enrolment-status.enum.js';
import { classifyCompliance, computeJp, type JpActivity } from './jp.js';

const RULES = { jpTarget: 20, pppkJpCap: 24 };
const activities: JpActivity[] = [
  { status: EnrolmentStatus.COMPLETED, jp: 12, endDate: '2026-03-10' },
  // Started in December, ended in January: counts in the year of its end date.
  { status: EnrolmentStatus.COMPLETED, jp: 5, endDate: '2026-01-05' },
  { status: EnrolmentStatus.COMPLETED, jp: 30, endDate: '2025-12-20' },
  { status: EnrolmentStatus.FAILED, jp: 8, endDate: '2026-04-01' },
  { status: EnrolmentStatus.APPROVED, jp: 10, endDate: '2026-10-01' },
  { status: EnrolmentStatus.REQUESTED, jp: 4, endDate: '2026-11-01' },
  { status: EnrolmentStatus.CANCELLED, jp: 40, endDate: '2026-06-01' },
];

describe('JP of a year', () => {
  it('counts only completed activities, in the calendar year of their end date', () => {
    expect(computeJp(activities, 2026, EmployeeType.PNS, RULES).earned).toBe(17);
    expect(computeJp(activities, 2025, EmployeeType.PNS, RULES).earned).toBe(30);
  });

  it('shows requested and approved activities as projected JP, apart from earned', () => {
    expect(computeJp(activities, 2026, EmployeeType.PNS, RULES).projected).toBe(14);
  });

  it('gives a PNS the shortfall max(0, 20 − earned)', () => {
    expect(computeJp(activities, 2026, EmployeeType.PNS, RULES)).toMatchObject({ target: 20, shortfall: 3 });
    expect(computeJp(activities, 2025, EmployeeType.PNS, RULES)).toMatchObject({ shortfall: 0 });
  });

  it('takes the target from the agency’s setting, not a constant', () => {
    expect(computeJp(activities, 2026, EmployeeType.PNS, { jpTarget: 40, pppkJpCap: 24 }).shortfall).toBe(23);
  });

  it('flags a PPPK whose earned and projected JP, or whose plan, exceed the 24 JP cap', () => {
    expect(computeJp(activities, 2026, EmployeeType.PPPK, RULES)).toMatchObject({
      cap: 24,
      target: null,
      shortfall: null,
      exceedsCap: true,
    });
    expect(computeJp(activities, 2025, EmployeeType.PPPK, RULES).exceedsCap).toBe(true);
    expect(computeJp([], 2026, EmployeeType.PPPK, RULES, 24).exceedsCap).toBe(false);
    expect(computeJp([], 2026, EmployeeType.PPPK, RULES, 25).exceedsCap).toBe(true);
  });
});

describe('JP compliance of a unit', () => {
  it('splits members into at or above the target, below it, and none', () => {
    expect(classifyCompliance([20, 35, 19, 0, 0, 1], 20)).toEqual({ members: 6, atOrAbove: 2, below: 2, none: 2 });
  });
});
