// The administrator's employee form as plain values: what the record holds, which fields the administrator changed,
// and how those changes are re-applied on top of a newer record after an optimistic-lock conflict.
import {
  type AdminEmployeeRecordFragment,
  Education,
  type EmployeeType,
  Golongan,
  PerformancePredikat,
} from '../graphql/generated/graphql';
import { formatNip } from '../utils/formatNip';

export interface EmployeeFormValues {
  nip: string;
  name: string;
  employeeType: EmployeeType;
  golongan: Golongan | null;
  education: Education | null;
  unitId: string | null;
  positionId: string | null;
  positionSince: string;
  performancePredikat: PerformancePredikat | null;
  potentialScore: number | null;
}

export type EmployeeField = keyof EmployeeFormValues;

export const EMPTY_EMPLOYEE: EmployeeFormValues = {
  nip: '',
  name: '',
  employeeType: 'PNS',
  golongan: null,
  education: null,
  unitId: null,
  positionId: null,
  positionSince: '',
  performancePredikat: null,
  potentialScore: null,
};

export function valuesOf(record: AdminEmployeeRecordFragment): EmployeeFormValues {
  return {
    nip: record.nip ? formatNip(record.nip) : '',
    name: record.name,
    employeeType: record.employeeType,
    golongan: record.golongan,
    education: record.education,
    unitId: record.unit.id,
    positionId: record.position.id,
    positionSince: record.positionSince,
    performancePredikat: record.performancePredikat ?? null,
    potentialScore: record.potentialScore ?? null,
  };
}

/** The fields whose value differs between two versions of the form (a NIP compared without separators). */
export function changedFields(before: EmployeeFormValues, after: EmployeeFormValues): EmployeeField[] {
  const comparable = (values: EmployeeFormValues, field: EmployeeField) =>
    field === 'nip' ? values.nip.replace(/[\s.-]/g, '') : values[field];
  return (Object.keys(before) as EmployeeField[]).filter(
    (field) => comparable(before, field) !== comparable(after, field),
  );
}

/** After a conflict: the newest record, with what this administrator changed (against what they started from) on top. */
export function reapply(
  latest: EmployeeFormValues,
  startedFrom: EmployeeFormValues,
  edited: EmployeeFormValues,
): EmployeeFormValues {
  const mine = changedFields(startedFrom, edited);
  return { ...latest, ...Object.fromEntries(mine.map((field) => [field, edited[field]])) };
}

/** The choices of the form's pickers, in the order the regulations list them. */
export const GOLONGAN_ORDER = Object.values(Golongan);
export const EDUCATION_ORDER = Object.values(Education);
export const PREDIKAT_ORDER = Object.values(PerformancePredikat);
