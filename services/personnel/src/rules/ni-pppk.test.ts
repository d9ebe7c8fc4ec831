import { describe, expect, it } from 'vitest';
import { deriveFromNumber, parseEmployeeNumber } from './ni-pppk.js';

const TODAY = '2026-11-25';

describe('the employee number by type', () => {
  it('accepts an NI PPPK (year 2025, contract digits 24) for a PPPK and refuses it for a PNS (24 is no month)', () => {
    expect(parseEmployeeNumber('19900913 2025 24 2 014', 'PPPK', TODAY)).toEqual({
      ok: true,
      value: {
        nip: '199009132025242014',
        birthDate: '1990-09-13',
        appointmentMonth: null,
        appointmentYear: 2025,
        gender: 'FEMALE',
      },
    });
    expect(parseEmployeeNumber('199009132025242014', 'PNS', TODAY)).toEqual({
      ok: false,
      reason: 'NIP_APPOINTMENT_MONTH',
    });
  });

  it('refuses a PNS NIP from 1988 for a PPPK: no PPPK was appointed before 2019', () => {
    expect(parseEmployeeNumber('196608011988031001', 'PPPK', TODAY)).toEqual({
      ok: false,
      reason: 'NI_PPPK_APPOINTMENT_YEAR',
    });
    expect(parseEmployeeNumber('196608011988031001', 'PNS', TODAY)).toMatchObject({ ok: true });
  });

  it('applies the shared rules to an NI PPPK: birth date, 18th birthday, future year, gender, sequence', () => {
    const cases: [string, string][] = [
      ['199002302021211001', 'NIP_BIRTH_DATE'],
      ['200505012021211001', 'NIP_APPOINTMENT_BEFORE_18'],
      ['199005012027211001', 'NIP_APPOINTMENT_IN_FUTURE'],
      ['199005012021213001', 'NIP_GENDER'],
      ['199005012021211000', 'NIP_SEQUENCE'],
      ['19900501202121100', 'NIP_FORMAT'],
    ];
    for (const [number, reason] of cases) {
      expect(parseEmployeeNumber(number, 'PPPK', TODAY), number).toEqual({ ok: false, reason });
    }
  });

  it('derives no appointment month from an NI PPPK', () => {
    expect(deriveFromNumber('199009132025242014', 'PPPK')).toMatchObject({
      appointmentMonth: null,
      appointmentYear: 2025,
    });
    expect(deriveFromNumber('196608011988031001', 'PNS')).toMatchObject({ appointmentMonth: '1988-03' });
  });
});
