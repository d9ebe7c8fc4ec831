import { describe, expect, it } from 'vitest';
import { parseId } from '../parse-id.js';
import { assertNotRetired, intInRange, optionalText, requiredText } from './input-checks.js';

const reasonOf = (work: () => unknown) => {
  try {
    work();
  } catch (error) {
    const { field, reason } = (error as { extensions: Record<string, unknown> }).extensions;
    return `${field}:${reason}`;
  }
  return 'accepted';
};

describe('master-data input checks', () => {
  it('trims text and refuses blank or too long, on the field', () => {
    expect(requiredText('input.name', '  Bimtek  ', 10)).toBe('Bimtek');
    expect(reasonOf(() => requiredText('input.name', '   ', 10))).toBe('input.name:TEXT_REQUIRED');
    expect(reasonOf(() => requiredText('input.name', 'x'.repeat(11), 10))).toBe('input.name:TEXT_TOO_LONG');
    expect(optionalText('input.note', '  ', 10)).toBeNull();
  });

  it('takes whole numbers in range and positive ids only', () => {
    expect(intInRange('input.jp', 5, 1, 5)).toBe(5);
    expect(reasonOf(() => intInRange('input.jp', 1.5, 1, 5))).toBe('input.jp:VALUE_OUT_OF_RANGE');
    expect(reasonOf(() => intInRange('input.jp', 0, 1, 5))).toBe('input.jp:VALUE_OUT_OF_RANGE');
    expect(parseId('42', 'input.id')).toBe(42);
    expect(reasonOf(() => parseId('0', 'input.id'))).toBe('input.id:ID_INVALID');
    expect(reasonOf(() => parseId('1e3', 'input.id'))).toBe('input.id:ID_INVALID');
  });

  it('refuses a retired row for new use', () => {
    expect(reasonOf(() => assertNotRetired('input.schemeId', { retiredOn: null }))).toBe('accepted');
    expect(reasonOf(() => assertNotRetired('input.schemeId', { retiredOn: '2026-01-02' }))).toBe(
      'input.schemeId:RETIRED',
    );
  });
});
