// The GraphQL enums of a degree study; the values are the rules' (rules/degree-study.ts, rules/service-bond.ts).
import { registerEnumType } from 'type-graphql';
import { DEGREE_FUNDINGS, DEGREE_LEVELS, DEGREE_STUDY_STATUSES } from '../rules/degree-study.js';
import { enumOf } from '@asn/common';

export const DegreeStudyKind = enumOf(['TUGAS_BELAJAR', 'IZIN_BELAJAR'] as const);
export const DegreeLevel = enumOf(DEGREE_LEVELS);
export const DegreeStudyStatus = enumOf(DEGREE_STUDY_STATUSES);
export const DegreeFunding = enumOf(DEGREE_FUNDINGS);

registerEnumType(DegreeStudyKind, {
  name: 'DegreeStudyKind',
  description: 'Tugas belajar (the agency sends the employee, who is bound to serve after) or izin belajar (own time).',
  valuesConfig: {
    TUGAS_BELAJAR: { description: 'Sent by the agency, relieved of duties, funded; a service bond follows.' },
    IZIN_BELAJAR: { description: 'Permitted to study outside working hours at own cost; no bond.' },
  },
});
registerEnumType(DegreeLevel, { name: 'DegreeLevel', description: 'The degree studied for: D3, D4, S1, S2 or S3.' });
registerEnumType(DegreeStudyStatus, {
  name: 'DegreeStudyStatus',
  description: 'Where a degree study stands.',
  valuesConfig: {
    PENDING_MANAGER: { description: 'Applied; awaits the manager.' },
    PENDING_ADMIN: { description: 'Approved by the manager; awaits an administrator.' },
    APPROVED: { description: 'Granted: the study runs.' },
    REJECTED: { description: 'Refused, with a reason.' },
    GRADUATED: { description: 'Completed; the degree is in the education history.' },
  },
});
registerEnumType(DegreeFunding, {
  name: 'DegreeFunding',
  description: 'Who pays: the regional budget, a scholarship sponsor (LPDP, a ministry), or the employee.',
});
