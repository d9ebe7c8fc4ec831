// The fields of each history an administrator records one entry at a time, as the entry form draws them: the input
// field the API names in an error, its kind of control, and its choices. One description, one form for all four.
import { type EmployeeType, HistoryKind } from '../graphql/generated/graphql';
import { formatGolongan } from '../utils/formatGolongan';
import { EDUCATION_ORDER, GOLONGAN_ORDER, PREDIKAT_ORDER } from './employeeForm';

export const HISTORY_KINDS = Object.values(HistoryKind);

export interface HistoryFieldChoice {
  value: string;
  /** An i18n key, or the text itself when `literal`. */
  label: string;
  literal?: boolean;
}

export interface HistoryField {
  name: string;
  control: 'text' | 'number' | 'date' | 'select';
  required: boolean;
  choices?: HistoryFieldChoice[];
  min?: number;
  max?: number;
}

const literal = (values: readonly string[], label = (value: string) => value) =>
  values.map((value) => ({ value, label: label(value), literal: true }));

export function historyFields(
  kind: HistoryKind,
  employeeType: EmployeeType,
  positions: HistoryFieldChoice[],
): HistoryField[] {
  switch (kind) {
    case 'RATING':
      return [
        { name: 'year', control: 'number', required: true, min: 1970, max: 2100 },
        {
          name: 'predikat',
          control: 'select',
          required: true,
          choices: PREDIKAT_ORDER.map((value) => ({ value, label: `admin.form.predikat.${value}` })),
        },
        { name: 'ratedBy', control: 'text', required: true },
      ];
    case 'RANK':
      return [
        employeeType === 'PNS'
          ? {
              name: 'golongan',
              control: 'select',
              required: true,
              choices: literal(GOLONGAN_ORDER, formatGolongan),
            }
          : { name: 'pppkGrade', control: 'number', required: true, min: 1, max: 17 },
        { name: 'tmt', control: 'date', required: true },
        { name: 'decreeNumber', control: 'text', required: true },
      ];
    case 'POSITION':
      return [
        { name: 'positionId', control: 'select', required: true, choices: positions },
        { name: 'fromDate', control: 'date', required: true },
        { name: 'toDate', control: 'date', required: false },
      ];
    case 'EDUCATION':
      return [
        { name: 'level', control: 'select', required: true, choices: literal(EDUCATION_ORDER) },
        { name: 'field', control: 'text', required: true },
        { name: 'institution', control: 'text', required: true },
        { name: 'year', control: 'number', required: true, min: 1950, max: 2100 },
      ];
  }
}

/** The values as the record mutation takes them: numbers as numbers, an empty optional field left out. */
export function historyInput(
  employeeId: string,
  fields: HistoryField[],
  values: Record<string, string | number>,
): Record<string, string | number> {
  const input: Record<string, string | number> = { employeeId };
  for (const field of fields) {
    // A number input's v-model gives a number, the others a string.
    const value = String(values[field.name] ?? '').trim();
    if (value === '' && !field.required) continue;
    input[field.name] = field.control === 'number' ? Number(value) : value;
  }
  return input;
}
