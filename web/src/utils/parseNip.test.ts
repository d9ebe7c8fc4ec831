import { describe, expect, it } from 'vitest';
import { checkNip } from './parseNip';

const TODAY = '2026-12-01';

describe('checkNip, the NIP rule as the form applies it', () => {
  it('derives birth date, TMT and gender from the domain example, separators allowed', () => {
    expect(checkNip('19660801 198803 1 001', TODAY)).toEqual({
      ok: true,
      parts: { digits: '196608011988031001', birthDate: '1966-08-01', appointmentMonth: '1988-03', gender: 'MALE' },
    });
    expect(checkNip('1990-02-28.201501.2.003', TODAY)).toMatchObject({ ok: true, parts: { gender: 'FEMALE' } });
  });

  it.each([
    ['19660801198803100', 'NIP_FORMAT'],
    ['19660801198803100a', 'NIP_FORMAT'],
    ['199002291990031001', 'NIP_BIRTH_DATE'],
    ['196608411988032001', 'NIP_BIRTH_DATE'],
    ['196608011988131001', 'NIP_APPOINTMENT_MONTH'],
    ['196608011984071001', 'NIP_APPOINTMENT_BEFORE_18'],
    ['196608012027011001', 'NIP_APPOINTMENT_IN_FUTURE'],
    ['196608011988033001', 'NIP_GENDER'],
    ['196608011988031000', 'NIP_SEQUENCE'],
  ])('refuses %s with %s', (nip, reason) => {
    expect(checkNip(nip, TODAY)).toEqual({ ok: false, reason });
  });

  it('accepts a leap day and an appointment in the month the person turns 18', () => {
    expect(checkNip('200002292018021001', TODAY).ok).toBe(true);
  });
});
