import type { Language } from '@asn/common';
import DataLoader from 'dataloader';
import { buildCareerOptions, type CareerOptionLoaders } from '../services/career-options.service.js';
import type { CareerOption } from '../types/career-option.type.js';

/** Ranked career options per employee: Employee.careerOptions, Query.careerOption and CareerOption references. */
export function createCareerOptionsByEmployeeIdLoader(loaders: CareerOptionLoaders, today: string, language: Language) {
  return new DataLoader<number, CareerOption[]>((employeeIds) =>
    buildCareerOptions(loaders, employeeIds, today, language),
  );
}
