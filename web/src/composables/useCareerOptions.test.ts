import { describe, expect, it } from 'vitest';
import type { CareerOptionsQuery } from '../graphql/generated/graphql';
import { toCareerOption } from './useCareerOptions';

type ApiOption = NonNullable<NonNullable<CareerOptionsQuery['employee']>['careerOptions']>[number];

const competency = (id: string, name: string) => ({ __typename: 'Competency' as const, id, name });
const scheme = (id: string, name: string) => ({ __typename: 'Scheme' as const, id, name });

const option: ApiOption = {
  __typename: 'CareerOption',
  employeeId: '7',
  positionId: '4',
  kind: 'VERTICAL',
  rank: 1,
  jpm: 76.5,
  jpmCategory: 'MASIH_MEMENUHI_SYARAT',
  eligibleOn: '2026-04-01',
  position: {
    __typename: 'Position',
    id: '4',
    name: 'Kepala Bidang Aplikasi Informatika',
    unit: { __typename: 'Unit', id: '6', name: 'Bidang Aplikasi Informatika' },
  },
  path: [
    { __typename: 'Position', id: '8', name: 'Pranata Komputer Ahli Muda' },
    { __typename: 'Position', id: '4', name: 'Kepala Bidang Aplikasi Informatika' },
  ],
  gaps: [
    {
      __typename: 'CompetencyGap',
      competencyId: '1',
      requiredLevel: 3,
      currentLevel: 3,
      gap: 0,
      competency: { ...competency('1', 'Integritas'), certifyingSchemes: [] },
    },
    {
      __typename: 'CompetencyGap',
      competencyId: '10',
      requiredLevel: 3,
      currentLevel: 1,
      gap: -2,
      competency: {
        ...competency('10', 'Manajemen Proyek'),
        certifyingSchemes: [scheme('2', 'Sertifikasi Manajer Proyek TI')],
      },
    },
  ],
  requirements: [
    { __typename: 'CareerRequirement', kind: 'GOLONGAN', met: false, required: 'III/d', actual: 'III/c', metOn: null },
  ],
  trainingPlan: {
    __typename: 'CareerTrainingPlan',
    leadershipTrainingCode: 'PKA',
    leadershipMet: false,
    totalJp: 360,
    totalCost: 37_000_000,
    earliestEligibleDate: '2026-09-30',
    steps: [
      {
        __typename: 'CareerTrainingStep',
        training: { __typename: 'Training', id: '3', title: 'PKA', jp: 320, costPerParticipant: 35_000_000 },
        competency: null,
        nextSession: { __typename: 'TrainingSession', id: '30', startDate: '2026-07-01', endDate: '2026-09-30' },
      },
    ],
    uncovered: [competency('17', 'Analisis Kebijakan')],
  },
  certification: {
    __typename: 'CareerCertification',
    requirements: [
      {
        __typename: 'RequiredSchemeStatus',
        met: false,
        scheme: scheme('2', 'Sertifikasi Manajer Proyek TI'),
      },
    ],
  },
};

describe('toCareerOption', () => {
  it('keeps only real gaps and adds the leadership training to the requirements', () => {
    const view = toCareerOption(option);
    expect(view.gaps.map(({ name, schemes }) => [name, schemes])).toEqual([
      ['Manajemen Proyek', ['Sertifikasi Manajer Proyek TI']],
    ]);
    expect(view.requirements.map(({ kind, isMet }) => [kind, isMet])).toEqual([
      ['GOLONGAN', false],
      ['LEADERSHIP_TRAINING', false],
    ]);
    expect(view.path).toEqual(['Pranata Komputer Ahli Muda', 'Kepala Bidang Aplikasi Informatika']);
  });

  it('lists the target position’s required schemes, each met or not', () => {
    expect(toCareerOption(option).schemes).toEqual([{ id: '2', name: 'Sertifikasi Manajer Proyek TI', isMet: false }]);
    expect(toCareerOption({ ...option, certification: null }).schemes).toEqual([]);
  });

  it('lists the trainings with their next session and estimates from the later of both dates', () => {
    const view = toCareerOption(option);
    expect(view.trainings).toEqual([
      {
        trainingId: '3',
        sessionId: '30',
        title: 'PKA',
        competencyName: null,
        jp: 320,
        cost: 35_000_000,
        nextSessionStart: '2026-07-01',
        nextSessionEnd: '2026-09-30',
      },
    ]);
    expect(view.uncovered).toEqual(['Analisis Kebijakan']);
    expect(view).toMatchObject({ totalJp: 360, totalCost: 37_000_000, earliestEligibleDate: '2026-09-30' });
  });

  it('gives no estimate while the training side is unavailable', () => {
    expect(toCareerOption({ ...option, trainingPlan: null })).toMatchObject({
      trainings: [],
      totalJp: null,
      totalCost: null,
      earliestEligibleDate: null,
    });
  });
});
