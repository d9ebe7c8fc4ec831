import type { Language } from '@asn/common';
import DataLoader from 'dataloader';
import { buildCareerPlans, type CareerOptionLoaders, type CareerPlan } from '../services/career-options.service.js';

/** The career plan per employee (ranked options, or why none): Employee.careerOptions and careerPlanEmptyReason,
 *  Query.careerOption and CareerOption references. */
export function createCareerPlansByEmployeeIdLoader(loaders: CareerOptionLoaders, today: string, language: Language) {
  return new DataLoader<number, CareerPlan>((employeeIds) => buildCareerPlans(loaders, employeeIds, today, language));
}
