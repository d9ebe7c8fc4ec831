/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Add trainings to an employee’s plan for a year (the plan is created as a draft if missing). */
export type AddTrainingsToPlanInput = {
  /** The employee. */
  employeeId: string | number;
  /** The trainings; one already planned gets the new session. */
  items: Array<PlanItemInput>;
  /** The calendar year. */
  year: number;
};

/** Who assessed a level, most authoritative first: assessment centre, manager (atasan), self. */
export type AssessmentSource = 'ASSESSMENT_CENTER' | 'MANAGER' | 'SELF';

/** A career move: up a level (vertical), same level (horizontal), or across tracks (diagonal). */
export type CareerMoveKind = 'DIAGONAL' | 'HORIZONTAL' | 'VERTICAL';

/** A personnel requirement of a career move (PP 11/2017 as amended by PP 17/2020); leadership training and certificates come from the training and certification subgraphs. */
export type CareerRequirementKind = 'AGE' | 'EDUCATION' | 'GOLONGAN' | 'PERFORMANCE' | 'YEARS_IN_POSITION';

/** Where a certificate stands today, computed when read (never stored); revoked wins over the others. */
export type CertificateStatus =
  /** Valid, and its expiry (if any) is further away than the agency window (default 90 days). */
  | 'ACTIVE'
  /** Past its expiry date. */
  | 'EXPIRED'
  /** Still valid, but expires within the agency window (default 90 days). */
  | 'EXPIRING'
  /** Withdrawn by the issuer or the agency, with a reason and a date. */
  | 'REVOKED';

/** Type of competency (PermenPANRB 38/2017); GOVERNMENT is kompetensi pemerintahan (Permendagri 108/2017). */
export type CompetencyType = 'GOVERNMENT' | 'MANAGERIAL' | 'SOCIO_CULTURAL' | 'TECHNICAL';

/** Highest formal education: SD, SMP, SMA (SMA/SMK), diploma D1-D4, S1, S2, S3. D4 and S1 rank equal. */
export type Education = 'D1' | 'D2' | 'D3' | 'D4' | 'S1' | 'S2' | 'S3' | 'SD' | 'SMA' | 'SMP';

/** Which employees to list; every field narrows the list. */
export type EmployeeFilter = {
  /** Only this agency (others than your own are refused). */
  agencyId?: string | number | null | undefined;
  /** Lowest golongan, inclusive. */
  golonganFrom?: Golongan | null | undefined;
  /** Highest golongan, inclusive. */
  golonganTo?: Golongan | null | undefined;
  /** With unitId: include the sub-units (default true). */
  includeSubUnits?: boolean;
  /** Only positions of this kind. */
  positionKind?: PositionKind | null | undefined;
  /** Part of the name, or the start of the NIP (NIP search needs access to personal data). */
  search?: string | null | undefined;
  /** Only this unit (and its sub-units, see includeSubUnits). */
  unitId?: string | number | null | undefined;
};

/** Civil servant (PNS) or contract employee (PPPK). */
export type EmployeeType = 'PNS' | 'PPPK';

/** Where an enrolment stands: requested → approved → attended → completed or failed; or cancelled/rejected. */
export type EnrolmentStatus =
  /** Approved by the manager; a seat is held. */
  | 'APPROVED'
  /** The participant attended; results are pending. */
  | 'ATTENDED'
  /** Withdrawn before attendance; the seat is free again. */
  | 'CANCELLED'
  /** Finished with a pass (a post-test, if taken, at or above the pass mark): the JP are credited. */
  | 'COMPLETED'
  /** Attended but not finished, or a post-test below the pass mark: no JP. */
  | 'FAILED'
  /** Refused by the manager; the seat is free again. */
  | 'REJECTED'
  /** Asked for; waiting for the manager. */
  | 'REQUESTED';

/** Golongan/ruang of a PNS, I/a (I_A) to IV/e (IV_E), in rank order. */
export type Golongan =
  /** III/a Penata Muda */
  | 'III_A'
  /** III/b Penata Muda Tingkat I */
  | 'III_B'
  /** III/c Penata */
  | 'III_C'
  /** III/d Penata Tingkat I */
  | 'III_D'
  /** II/a Pengatur Muda */
  | 'II_A'
  /** II/b Pengatur Muda Tingkat I */
  | 'II_B'
  /** II/c Pengatur */
  | 'II_C'
  /** II/d Pengatur Tingkat I */
  | 'II_D'
  /** IV/a Pembina */
  | 'IV_A'
  /** IV/b Pembina Tingkat I */
  | 'IV_B'
  /** IV/c Pembina Utama Muda */
  | 'IV_C'
  /** IV/d Pembina Utama Madya */
  | 'IV_D'
  /** IV/e Pembina Utama */
  | 'IV_E'
  /** I/a Juru Muda */
  | 'I_A'
  /** I/b Juru Muda Tingkat I */
  | 'I_B'
  /** I/c Juru */
  | 'I_C'
  /** I/d Juru Tingkat I */
  | 'I_D';

/** JPM category for mapping (team matrix): ≥ 90 Optimal, 78 – < 90 Cukup Optimal, < 78 Kurang Optimal. */
export type MappingCategory = 'CUKUP_OPTIMAL' | 'KURANG_OPTIMAL' | 'OPTIMAL';

/** The year's performance predikat (PermenPANRB 6/2022). */
export type PerformancePredikat = 'BAIK' | 'BUTUH_PERBAIKAN' | 'KURANG' | 'SANGAT_BAIK' | 'SANGAT_KURANG';

/** A training to plan, optionally in a chosen session. */
export type PlanItemInput = {
  /** A session of that training. */
  sessionId?: string | number | null | undefined;
  /** The training. */
  trainingId: string | number;
};

/** Where an individual development plan stands: draft → submitted → approved or returned. */
export type PlanStatus =
  /** Approved by the manager. */
  | 'APPROVED'
  /** Being written by the employee. */
  | 'DRAFT'
  /** Sent back by the manager for changes; editable again. */
  | 'RETURNED'
  /** Waiting for the manager. */
  | 'SUBMITTED';

/** Kind of jabatan: JPT Utama/Madya/Pratama, Administrator, Pengawas, Pelaksana, or Fungsional (JF). */
export type PositionKind =
  'ADMINISTRATOR' | 'FUNGSIONAL' | 'JPT_MADYA' | 'JPT_PRATAMA' | 'JPT_UTAMA' | 'PELAKSANA' | 'PENGAWAS';

/** JPM category for selection (a target position): ≥ 80 Memenuhi Syarat, 68 – < 80 Masih Memenuhi Syarat, < 68 Kurang Memenuhi Syarat. */
export type SelectionCategory = 'KURANG_MEMENUHI_SYARAT' | 'MASIH_MEMENUHI_SYARAT' | 'MEMENUHI_SYARAT';

/** Which team matrix: a unit, with or without sub-units, optionally narrowed. */
export type TeamMatrixInput = {
  /** Only columns of this competency type (JPM still covers each position's whole standard). */
  competencyType?: CompetencyType | null | undefined;
  /** Include the sub-units (default true). */
  includeSubUnits?: boolean;
  /** Only employees in positions of this kind. */
  positionKind?: PositionKind | null | undefined;
  /** The unit. */
  unitId: string | number;
};

/** Education (a degree), classical training (classroom) or non-classical training (on the job, online). */
export type TrainingForm =
  /** Classroom training: leadership, technical, functional, seminar, workshop, course. */
  | 'CLASSICAL'
  /** A degree programme: tugas belajar or izin belajar. */
  | 'EDUCATION'
  /** Coaching, mentoring, e-learning, secondment, internship (magang) and the like. */
  | 'NON_CLASSICAL';

/** What a signed-in user may do: BKPSDM administrator, manager (unit head), or employee. */
export type UserRole = 'ADMIN' | 'ASN' | 'MANAGER';

export type EmployeeCertificatesFragment = {
  __typename: 'Employee';
  certificates: Array<{
    __typename: 'Certificate';
    id: string;
    number: string;
    issuedOn: string;
    expiresOn: string | null;
    status: CertificateStatus;
    daysUntilExpiry: number | null;
    scheme: { __typename: 'Scheme'; id: string; name: string };
    issuer: { __typename: 'Issuer'; id: string; name: string };
  }> | null;
};

export type EmployeeCompetencyLevelsFragment = {
  __typename: 'Employee';
  position: {
    __typename: 'Position';
    id: string;
    standard: Array<{
      __typename: 'CompetencyStandard';
      requiredLevel: number;
      competency: { __typename: 'Competency'; id: string; code: string; name: string; type: CompetencyType };
    }>;
  };
  currentLevels: Array<{
    __typename: 'CurrentLevel';
    competencyId: string;
    level: number;
    source: AssessmentSource;
    assessedOn: string;
    stale: boolean;
  }> | null;
};

export type EmployeeEnrolmentsFragment = {
  __typename: 'Employee';
  enrolments: Array<{
    __typename: 'Enrolment';
    id: string;
    status: EnrolmentStatus;
    completedOn: string | null;
    jpCredited: number | null;
    training: { __typename: 'Training'; id: string; title: string; jp: number };
    session: { __typename: 'TrainingSession'; id: string; startDate: string; endDate: string };
  }> | null;
};

export type EmployeeJpProgressFragment = {
  __typename: 'Employee';
  jp: {
    __typename: 'JpSummary';
    year: number;
    employeeType: EmployeeType;
    earned: number;
    projected: number;
    target: number | null;
    shortfall: number | null;
    cap: number | null;
    planJp: number;
    exceedsCap: boolean;
  } | null;
};

export type EmployeeSummaryFragment = {
  __typename: 'Employee';
  id: string;
  nip: string | null;
  name: string;
  golongan: Golongan;
  position: { __typename: 'Position'; id: string; name: string };
  unit: { __typename: 'Unit'; id: string; name: string };
};

export type TalentPersonFragment = {
  __typename: 'Employee';
  id: string;
  name: string;
  position: { __typename: 'Position'; id: string; name: string };
};

export type AddTrainingsToPlanMutationVariables = Exact<{
  input: AddTrainingsToPlanInput;
}>;

export type AddTrainingsToPlanMutation = {
  __typename: 'Mutation';
  addTrainingsToPlan: {
    __typename: 'DevelopmentPlan';
    id: string;
    year: number;
    status: PlanStatus;
    totalJp: number;
    totalCost: number;
    items: Array<{
      __typename: 'DevelopmentPlanItem';
      id: string;
      training: { __typename: 'Training'; id: string; title: string; jp: number };
      session: { __typename: 'TrainingSession'; id: string; startDate: string; endDate: string } | null;
    }>;
  };
};

export type CareerOptionsQueryVariables = Exact<{
  employeeId: string | number;
}>;

export type CareerOptionsQuery = {
  __typename: 'Query';
  employee: {
    __typename: 'Employee';
    id: string;
    name: string;
    position: { __typename: 'Position'; id: string; name: string };
    careerOptions: Array<{
      __typename: 'CareerOption';
      employeeId: string;
      positionId: string;
      kind: CareerMoveKind;
      rank: number;
      jpm: number;
      jpmCategory: SelectionCategory;
      eligibleOn: string | null;
      position: {
        __typename: 'Position';
        id: string;
        name: string;
        unit: { __typename: 'Unit'; id: string; name: string };
      };
      path: Array<{ __typename: 'Position'; id: string; name: string }>;
      gaps: Array<{
        __typename: 'CompetencyGap';
        competencyId: string;
        requiredLevel: number;
        currentLevel: number;
        gap: number;
        competency: {
          __typename: 'Competency';
          id: string;
          name: string;
          certifyingSchemes: Array<{ __typename: 'Scheme'; id: string; name: string }> | null;
        };
      }>;
      requirements: Array<{
        __typename: 'CareerRequirement';
        kind: CareerRequirementKind;
        met: boolean;
        required: string;
        actual: string;
        metOn: string | null;
      }>;
      trainingPlan: {
        __typename: 'CareerTrainingPlan';
        leadershipTrainingCode: string | null;
        leadershipMet: boolean;
        totalJp: number;
        totalCost: number;
        earliestEligibleDate: string | null;
        steps: Array<{
          __typename: 'CareerTrainingStep';
          training: { __typename: 'Training'; id: string; title: string; jp: number; costPerParticipant: number };
          competency: { __typename: 'Competency'; id: string; name: string } | null;
          nextSession: { __typename: 'TrainingSession'; id: string; startDate: string; endDate: string } | null;
        }>;
        uncovered: Array<{ __typename: 'Competency'; id: string; name: string }>;
      } | null;
      certification: {
        __typename: 'CareerCertification';
        requirements: Array<{
          __typename: 'RequiredSchemeStatus';
          met: boolean;
          scheme: { __typename: 'Scheme'; id: string; name: string };
        }>;
      } | null;
    }> | null;
  } | null;
};

export type CompetencyDevelopmentQueryVariables = Exact<{
  id: string | number;
}>;

export type CompetencyDevelopmentQuery = {
  __typename: 'Query';
  competency: {
    __typename: 'Competency';
    id: string;
    code: string;
    name: string;
    developingTrainings: Array<{
      __typename: 'Training';
      id: string;
      title: string;
      form: TrainingForm;
      jp: number;
      costPerParticipant: number;
      provider: { __typename: 'Provider'; id: string; name: string };
      sessions: Array<{
        __typename: 'TrainingSession';
        id: string;
        startDate: string;
        endDate: string;
        isOpen: boolean;
      }>;
    }> | null;
    certifyingSchemes: Array<{
      __typename: 'Scheme';
      id: string;
      name: string;
      validityMonths: number | null;
      issuer: { __typename: 'Issuer'; id: string; name: string };
    }> | null;
  } | null;
};

export type DemoUsersQueryVariables = Exact<{ [key: string]: never }>;

export type DemoUsersQuery = {
  __typename: 'Query';
  demoUsers: Array<{
    __typename: 'DemoUser';
    username: string;
    displayName: string;
    role: UserRole;
    agencyName: string;
    employeeName: string | null;
  }>;
};

export type EmployeeProfileQueryVariables = Exact<{
  id: string | number;
  year: number;
}>;

export type EmployeeProfileQuery = {
  __typename: 'Query';
  employee: {
    __typename: 'Employee';
    employeeType: EmployeeType;
    education: Education;
    pangkat: string;
    positionSince: string;
    performancePredikat: PerformancePredikat | null;
    jpm: number | null;
    jpmCategory: MappingCategory | null;
    id: string;
    nip: string | null;
    name: string;
    golongan: Golongan;
    position: {
      __typename: 'Position';
      id: string;
      kind: PositionKind;
      name: string;
      standard: Array<{
        __typename: 'CompetencyStandard';
        requiredLevel: number;
        competency: { __typename: 'Competency'; id: string; code: string; name: string; type: CompetencyType };
      }>;
    };
    agency: { __typename: 'Agency'; id: string; name: string };
    talentBox: { __typename: 'TalentPlacement'; box: number } | null;
    unit: { __typename: 'Unit'; id: string; name: string };
    currentLevels: Array<{
      __typename: 'CurrentLevel';
      competencyId: string;
      level: number;
      source: AssessmentSource;
      assessedOn: string;
      stale: boolean;
    }> | null;
    jp: {
      __typename: 'JpSummary';
      year: number;
      employeeType: EmployeeType;
      earned: number;
      projected: number;
      target: number | null;
      shortfall: number | null;
      cap: number | null;
      planJp: number;
      exceedsCap: boolean;
    } | null;
    certificates: Array<{
      __typename: 'Certificate';
      id: string;
      number: string;
      issuedOn: string;
      expiresOn: string | null;
      status: CertificateStatus;
      daysUntilExpiry: number | null;
      scheme: { __typename: 'Scheme'; id: string; name: string };
      issuer: { __typename: 'Issuer'; id: string; name: string };
    }> | null;
    enrolments: Array<{
      __typename: 'Enrolment';
      id: string;
      status: EnrolmentStatus;
      completedOn: string | null;
      jpCredited: number | null;
      training: { __typename: 'Training'; id: string; title: string; jp: number };
      session: { __typename: 'TrainingSession'; id: string; startDate: string; endDate: string };
    }> | null;
  } | null;
};

export type EmployeesQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter: EmployeeFilter;
}>;

export type EmployeesQuery = {
  __typename: 'Query';
  employees: {
    __typename: 'EmployeeConnection';
    totalCount: number;
    pageInfo: { __typename: 'PageInfo'; hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      __typename: 'EmployeeEdge';
      cursor: string;
      node: {
        __typename: 'Employee';
        id: string;
        nip: string | null;
        name: string;
        golongan: Golongan;
        position: { __typename: 'Position'; id: string; name: string };
        unit: { __typename: 'Unit'; id: string; name: string };
      };
    }>;
  };
};

export type TalentGridQueryVariables = Exact<{
  unitId: string | number;
  includeSubUnits: boolean;
}>;

export type TalentGridQuery = {
  __typename: 'Query';
  talentGrid: {
    __typename: 'TalentGrid';
    employeeCount: number;
    unit: { __typename: 'Unit'; id: string; name: string };
    boxes: Array<{
      __typename: 'TalentGridBox';
      box: number;
      employees: Array<{
        __typename: 'Employee';
        id: string;
        name: string;
        position: { __typename: 'Position'; id: string; name: string };
      }>;
    }>;
    unplaced: Array<{
      __typename: 'Employee';
      id: string;
      name: string;
      position: { __typename: 'Position'; id: string; name: string };
    }>;
  };
};

export type TeamMatrixQueryVariables = Exact<{
  input: TeamMatrixInput;
}>;

export type TeamMatrixQuery = {
  __typename: 'Query';
  teamMatrix: {
    __typename: 'TeamMatrix';
    unit: { __typename: 'Unit'; id: string; name: string };
    columns: Array<{
      __typename: 'TeamMatrixColumn';
      competencyId: string;
      employeesRequired: number;
      belowStandard: number;
      meanGap: number | null;
      worstGap: number | null;
      competency: { __typename: 'Competency'; id: string; code: string; name: string };
    }>;
    rows: Array<{
      __typename: 'TeamMatrixRow';
      jpm: number;
      jpmCategory: MappingCategory;
      employee: { __typename: 'Employee'; id: string; name: string; nip: string | null };
      position: { __typename: 'Position'; id: string; name: string };
      talentBox: { __typename: 'TalentPlacement'; box: number } | null;
      cells: Array<{
        __typename: 'TeamMatrixCell';
        competencyId: string;
        requiredLevel: number;
        currentLevel: number;
        stale: boolean;
      }>;
    }>;
    categoryShares: Array<{ __typename: 'JpmCategoryShare'; category: MappingCategory; count: number; share: number }>;
  };
};

export type UnitsQueryVariables = Exact<{
  agencyId?: string | number | null | undefined;
}>;

export type UnitsQuery = {
  __typename: 'Query';
  units: Array<{
    __typename: 'Unit';
    id: string;
    name: string;
    depth: number;
    parent: { __typename: 'Unit'; id: string } | null;
  }>;
};

export const EmployeeCertificatesFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EmployeeCertificates' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Employee' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'certificates' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                { kind: 'Field', name: { kind: 'Name', value: 'issuedOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'expiresOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'daysUntilExpiry' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'scheme' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'issuer' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EmployeeCertificatesFragment, unknown>;
export const EmployeeCompetencyLevelsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EmployeeCompetencyLevels' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Employee' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'position' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'standard' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'requiredLevel' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'competency' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'currentLevels' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'competencyId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                { kind: 'Field', name: { kind: 'Name', value: 'assessedOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stale' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EmployeeCompetencyLevelsFragment, unknown>;
export const EmployeeEnrolmentsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EmployeeEnrolments' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Employee' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'enrolments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'completedOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'jpCredited' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'training' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'jp' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'session' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EmployeeEnrolmentsFragment, unknown>;
export const EmployeeJpProgressFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EmployeeJpProgress' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Employee' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'jp' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'year' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                { kind: 'Field', name: { kind: 'Name', value: 'employeeType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'earned' } },
                { kind: 'Field', name: { kind: 'Name', value: 'projected' } },
                { kind: 'Field', name: { kind: 'Name', value: 'target' } },
                { kind: 'Field', name: { kind: 'Name', value: 'shortfall' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cap' } },
                { kind: 'Field', name: { kind: 'Name', value: 'planJp' } },
                { kind: 'Field', name: { kind: 'Name', value: 'exceedsCap' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EmployeeJpProgressFragment, unknown>;
export const EmployeeSummaryFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EmployeeSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Employee' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nip' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'golongan' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'position' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unit' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EmployeeSummaryFragment, unknown>;
export const TalentPersonFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TalentPerson' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Employee' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'position' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TalentPersonFragment, unknown>;
export const AddTrainingsToPlanDocument = {
  __meta__: { hash: 'cb07929a0af18cff2a766d037da8655a9558b94f4dc3b0a9dfa71e787863e9fb' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AddTrainingsToPlan' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'AddTrainingsToPlanInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'addTrainingsToPlan' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalJp' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalCost' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'items' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'training' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'jp' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'session' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AddTrainingsToPlanMutation, AddTrainingsToPlanMutationVariables>;
export const CareerOptionsDocument = {
  __meta__: { hash: '8399ed719ac68757d0ff536e021b874366b76c628e077637f5f1d0a5e5341ba2' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CareerOptions' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'employeeId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'employee' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'employeeId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'position' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'careerOptions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'employeeId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'positionId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'rank' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'jpm' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'jpmCategory' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'eligibleOn' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'position' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'unit' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'path' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'gaps' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'competencyId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'requiredLevel' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'currentLevel' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'gap' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'competency' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'certifyingSchemes' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                      ],
                                    },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'requirements' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'met' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'required' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'actual' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'metOn' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'trainingPlan' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'leadershipTrainingCode' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'leadershipMet' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'steps' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'training' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'jp' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'costPerParticipant' } },
                                      ],
                                    },
                                  },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'competency' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                      ],
                                    },
                                  },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'nextSession' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
                                      ],
                                    },
                                  },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'uncovered' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                ],
                              },
                            },
                            { kind: 'Field', name: { kind: 'Name', value: 'totalJp' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'totalCost' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'earliestEligibleDate' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'certification' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'requirements' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'met' } },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'scheme' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                      ],
                                    },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CareerOptionsQuery, CareerOptionsQueryVariables>;
export const CompetencyDevelopmentDocument = {
  __meta__: { hash: '42eca79788157f8a79e83b0922ea3833cee4389f15e920a02f4caf478140f348' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CompetencyDevelopment' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'competency' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'developingTrainings' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'form' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'jp' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'costPerParticipant' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'provider' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'sessions' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'isOpen' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'certifyingSchemes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'validityMonths' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'issuer' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CompetencyDevelopmentQuery, CompetencyDevelopmentQueryVariables>;
export const DemoUsersDocument = {
  __meta__: { hash: 'ed1934816aaaa1ceff2fbba4e883dc6664b99b944f718b41ea795718bb4fe5e2' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'DemoUsers' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'demoUsers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'username' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'agencyName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'employeeName' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DemoUsersQuery, DemoUsersQueryVariables>;
export const EmployeeProfileDocument = {
  __meta__: { hash: 'b6ca9f2f1c88577847d3111c37c0e4b242ff1fa047b85400bb0a0d1f3bf4d26f' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'EmployeeProfile' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'employee' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'EmployeeSummary' } },
                { kind: 'Field', name: { kind: 'Name', value: 'employeeType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'education' } },
                { kind: 'Field', name: { kind: 'Name', value: 'pangkat' } },
                { kind: 'Field', name: { kind: 'Name', value: 'positionSince' } },
                { kind: 'Field', name: { kind: 'Name', value: 'performancePredikat' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'position' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'agency' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'talentBox' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'box' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'jpm' } },
                { kind: 'Field', name: { kind: 'Name', value: 'jpmCategory' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'EmployeeCompetencyLevels' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'EmployeeJpProgress' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'EmployeeCertificates' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'EmployeeEnrolments' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EmployeeSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Employee' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nip' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'golongan' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'position' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unit' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EmployeeCompetencyLevels' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Employee' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'position' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'standard' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'requiredLevel' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'competency' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'currentLevels' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'competencyId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                { kind: 'Field', name: { kind: 'Name', value: 'assessedOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stale' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EmployeeJpProgress' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Employee' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'jp' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'year' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                { kind: 'Field', name: { kind: 'Name', value: 'employeeType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'earned' } },
                { kind: 'Field', name: { kind: 'Name', value: 'projected' } },
                { kind: 'Field', name: { kind: 'Name', value: 'target' } },
                { kind: 'Field', name: { kind: 'Name', value: 'shortfall' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cap' } },
                { kind: 'Field', name: { kind: 'Name', value: 'planJp' } },
                { kind: 'Field', name: { kind: 'Name', value: 'exceedsCap' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EmployeeCertificates' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Employee' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'certificates' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                { kind: 'Field', name: { kind: 'Name', value: 'issuedOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'expiresOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'daysUntilExpiry' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'scheme' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'issuer' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EmployeeEnrolments' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Employee' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'enrolments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'completedOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'jpCredited' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'training' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'jp' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'session' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EmployeeProfileQuery, EmployeeProfileQueryVariables>;
export const EmployeesDocument = {
  __meta__: { hash: '18ef621ae859e1e2e1172aef41af08ecabf8cc1d5ffee8e93d7349422a879b0a' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Employees' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'EmployeeFilter' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'employees' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'orderBy' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'field' },
                      value: { kind: 'EnumValue', value: 'NAME' },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'direction' },
                      value: { kind: 'EnumValue', value: 'ASC' },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'EmployeeSummary' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EmployeeSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Employee' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nip' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'golongan' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'position' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unit' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EmployeesQuery, EmployeesQueryVariables>;
export const TalentGridDocument = {
  __meta__: { hash: '0d81a04ad8b1bb04b480257522bd31dcfd55f9d93debce8b58d4dd2cb3c53c20' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'TalentGrid' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'unitId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'includeSubUnits' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'talentGrid' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'unitId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'unitId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'includeSubUnits' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'includeSubUnits' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'unit' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'employeeCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'boxes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'box' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'employees' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TalentPerson' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'unplaced' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TalentPerson' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TalentPerson' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Employee' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'position' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TalentGridQuery, TalentGridQueryVariables>;
export const TeamMatrixDocument = {
  __meta__: { hash: '9373bf0a2806d1948b4c102e4f5f406771d6535fb87cf8e5c1db9aa61f36cb7f' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'TeamMatrix' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'TeamMatrixInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'teamMatrix' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'unit' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'columns' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'competencyId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'employeesRequired' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'belowStandard' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'meanGap' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'worstGap' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'competency' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'rows' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'employee' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'nip' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'position' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'jpm' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'jpmCategory' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'talentBox' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'box' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'cells' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'competencyId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'requiredLevel' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'currentLevel' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'stale' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'categoryShares' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'category' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'share' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TeamMatrixQuery, TeamMatrixQueryVariables>;
export const UnitsDocument = {
  __meta__: { hash: '97ec5347d0c34ffdc2c2ca7265f05b5232118f69a0f5abc03fbc01ba5f1d074e' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Units' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'agencyId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'units' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'agencyId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'agencyId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'depth' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'parent' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UnitsQuery, UnitsQueryVariables>;
