/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Who issues a certificate. */
export const IssuerKind = {
  /** Badan Nasional Sertifikasi Profesi, through a licensed LSP (Lembaga Sertifikasi Profesi). */
  Bnsp: 'BNSP',
  /** Lembaga Kebijakan Pengadaan Barang/Jasa Pemerintah: procurement certificates. */
  Lkpp: 'LKPP',
  /** Lembaga Administrasi Negara. */
  Lan: 'LAN',
  /** A ministry or agency that guides a functional position (instansi pembina): its competency tests. */
  Ministry: 'MINISTRY',
  /** A professional association or body. */
  ProfessionalBody: 'PROFESSIONAL_BODY',
} as const;

export type IssuerKind = (typeof IssuerKind)[keyof typeof IssuerKind];
/** Where a certificate stands today, computed when read (never stored); revoked wins over the others. */
export const CertificateStatus = {
  /** Valid, and its expiry (if any) is further away than the agency window (default 90 days). */
  Active: 'ACTIVE',
  /** Still valid, but expires within the agency window (default 90 days). */
  Expiring: 'EXPIRING',
  /** Past its expiry date. */
  Expired: 'EXPIRED',
  /** Withdrawn by the issuer or the agency, with a reason and a date. */
  Revoked: 'REVOKED',
} as const;

export type CertificateStatus = (typeof CertificateStatus)[keyof typeof CertificateStatus];
/** Whether the agency has checked the certificate against the issuer. */
export const VerificationState = {
  /** Recorded but not yet checked. */
  Unverified: 'UNVERIFIED',
  /** Checked by a manager or administrator, who and when recorded. */
  Verified: 'VERIFIED',
} as const;

export type VerificationState = (typeof VerificationState)[keyof typeof VerificationState];
/** What a notification is about; each subgraph writes the kinds of its own events. */
export const NotificationKind = {
  /** Training: my enrolment request was approved. */
  RequestApproved: 'REQUEST_APPROVED',
  /** Training: my enrolment request was rejected. */
  RequestRejected: 'REQUEST_REJECTED',
  /** Training: a request of someone I manage waits for my approval. */
  ApprovalWaiting: 'APPROVAL_WAITING',
  /** Certification: my certificate expires within a threshold (90 or 30 days). */
  CertificateExpiring: 'CERTIFICATE_EXPIRING',
  /** Training: my JP of this year fall short of the target as the year ends. */
  JpShortfall: 'JP_SHORTFALL',
  /** Training: seats are open in a session of a training that closes or narrows one of my competency gaps. */
  SeatsOpen: 'SEATS_OPEN',
} as const;

export type NotificationKind = (typeof NotificationKind)[keyof typeof NotificationKind];
/** Which certificates to list; every given condition must hold. */
export type CertificateFilter = {
  /** Only this employee’s certificates. */
  employeeId?: string | number | null | undefined;
  /** Only certificates of this scheme. */
  schemeId?: string | number | null | undefined;
  /** Only certificates with this status today. */
  status?: CertificateStatus | null | undefined;
  /** Only reminders: certificates neither revoked, expired nor renewed, whose expiry is within this many days (0-3650). */
  expiringWithinDays?: number | null | undefined;
};

/** A certificate to record for an employee. */
export type RecordCertificateInput = {
  /** The holder. */
  employeeId: string | number;
  /** The scheme it was issued under. */
  schemeId: string | number;
  /** The number printed by the issuer; unique per issuer. */
  number: string;
  /** Date of issue; not after today. */
  issuedOn: string;
  /** The expiry the issuer printed, after the issue date; omit to compute it from the scheme validity. */
  expiresOn?: string | null | undefined;
  /** For BNSP schemes: the LSP that assessed. */
  lspName?: string | null | undefined;
};

/** A certificate that has been checked against its issuer. */
export type VerifyCertificateInput = {
  /** The certificate checked. */
  certificateId: string | number;
};

/** The new certificate that renews an existing one (same holder, same scheme). */
export type RenewCertificateInput = {
  /** The certificate being renewed. */
  certificateId: string | number;
  /** The number of the new certificate; unique per issuer. */
  number: string;
  /** Date of issue of the new certificate; not after today, not before the old one. */
  issuedOn: string;
  /** The expiry the issuer printed; omit to compute it from the scheme validity. */
  expiresOn?: string | null | undefined;
  /** For BNSP schemes: the LSP that assessed. */
  lspName?: string | null | undefined;
};

/** A certificate to revoke, and why. */
export type RevokeCertificateInput = {
  /** The certificate revoked. */
  certificateId: string | number;
  /** Why it is revoked (1-500 characters). */
  reason: string;
  /** When it was revoked; not after today, not before its issue date. Default: today. */
  revokedOn?: string | null | undefined;
};

/** A certificate whose holder is reminded of its expiry. */
export type RemindCertificateHolderInput = {
  /** The certificate. */
  certificateId: string | number;
};

/** A certification scheme of the administrator's agency. */
export type SchemeInput = {
  /** The scheme to change; absent to add a new one. */
  id?: string | number | null | undefined;
  /** Short code, unique (at most 40 characters). */
  code: string;
  /** Name (at most 200 characters). */
  name: string;
  /** The issuer. */
  issuerId: string | number;
  /** Months a certificate stays valid (1–600); null for lifetime. */
  validityMonths?: number | null | undefined;
  /** Whether it is recognised nationally. */
  nationallyRecognised: boolean;
  /** Competencies certified, each once. */
  competencies: Array<SchemeCompetencyInput>;
  /** Positions of the agency that require it, each once. */
  requiredForPositionIds: Array<string | number>;
};

/** A competency a scheme certifies, at a level. */
export type SchemeCompetencyInput = {
  /** The competency (personnel’s dictionary). */
  competencyId: string | number;
  /** The level (1–5) the certificate attests. */
  level: number;
};

/** A scheme to retire. */
export type RetireSchemeInput = {
  /** The scheme. */
  schemeId: string | number;
};

/** The agency's window for "expiring soon". */
export type SetExpiringWindowInput = {
  /** Days before expiry a certificate counts as expiring (1–730). */
  days: number;
};

/** A certificate issuer of the administrator's agency (a regional LSP, say). */
export type IssuerInput = {
  /** The issuer to change; absent to add a new one. */
  id?: string | number | null | undefined;
  /** Short code, unique (at most 30 characters). */
  code: string;
  /** Full name (at most 200 characters). */
  name: string;
  /** What kind of body it is. */
  kind: IssuerKind;
};

/** An issuer to retire. */
export type RetireIssuerInput = {
  /** The issuer. */
  issuerId: string | number;
};

/** What a signed-in user may do: BKPSDM administrator, manager (unit head), or employee. */
export const UserRole = {
  Admin: 'ADMIN',
  Manager: 'MANAGER',
  Asn: 'ASN',
} as const;

export type UserRole = (typeof UserRole)[keyof typeof UserRole];
/** Civil servant (PNS) or contract employee (PPPK). */
export const EmployeeType = {
  Pns: 'PNS',
  Pppk: 'PPPK',
} as const;

export type EmployeeType = (typeof EmployeeType)[keyof typeof EmployeeType];
/** Highest formal education: SD, SMP, SMA (SMA/SMK), diploma D1-D4, S1, S2, S3. D4 and S1 rank equal. */
export const Education = {
  Sd: 'SD',
  Smp: 'SMP',
  Sma: 'SMA',
  D1: 'D1',
  D2: 'D2',
  D3: 'D3',
  D4: 'D4',
  S1: 'S1',
  S2: 'S2',
  S3: 'S3',
} as const;

export type Education = (typeof Education)[keyof typeof Education];
/** Kind of jabatan: JPT Utama/Madya/Pratama, Administrator, Pengawas, Pelaksana, or Fungsional (JF). */
export const PositionKind = {
  JptUtama: 'JPT_UTAMA',
  JptMadya: 'JPT_MADYA',
  JptPratama: 'JPT_PRATAMA',
  Administrator: 'ADMINISTRATOR',
  Pengawas: 'PENGAWAS',
  Pelaksana: 'PELAKSANA',
  Fungsional: 'FUNGSIONAL',
} as const;

export type PositionKind = (typeof PositionKind)[keyof typeof PositionKind];
/** Level of a jabatan fungsional: keahlian (Ahli Pertama to Ahli Utama) or keterampilan (Pemula to Penyelia). */
export const FunctionalLevel = {
  AhliPertama: 'AHLI_PERTAMA',
  AhliMuda: 'AHLI_MUDA',
  AhliMadya: 'AHLI_MADYA',
  AhliUtama: 'AHLI_UTAMA',
  Pemula: 'PEMULA',
  Terampil: 'TERAMPIL',
  Mahir: 'MAHIR',
  Penyelia: 'PENYELIA',
} as const;

export type FunctionalLevel = (typeof FunctionalLevel)[keyof typeof FunctionalLevel];
/** Golongan/ruang of a PNS, I/a (I_A) to IV/e (IV_E), in rank order. */
export const Golongan = {
  /** I/a Juru Muda */
  IA: 'I_A',
  /** I/b Juru Muda Tingkat I */
  IB: 'I_B',
  /** I/c Juru */
  IC: 'I_C',
  /** I/d Juru Tingkat I */
  ID: 'I_D',
  /** II/a Pengatur Muda */
  IiA: 'II_A',
  /** II/b Pengatur Muda Tingkat I */
  IiB: 'II_B',
  /** II/c Pengatur */
  IiC: 'II_C',
  /** II/d Pengatur Tingkat I */
  IiD: 'II_D',
  /** III/a Penata Muda */
  IiiA: 'III_A',
  /** III/b Penata Muda Tingkat I */
  IiiB: 'III_B',
  /** III/c Penata */
  IiiC: 'III_C',
  /** III/d Penata Tingkat I */
  IiiD: 'III_D',
  /** IV/a Pembina */
  IvA: 'IV_A',
  /** IV/b Pembina Tingkat I */
  IvB: 'IV_B',
  /** IV/c Pembina Utama Muda */
  IvC: 'IV_C',
  /** IV/d Pembina Utama Madya */
  IvD: 'IV_D',
  /** IV/e Pembina Utama */
  IvE: 'IV_E',
} as const;

export type Golongan = (typeof Golongan)[keyof typeof Golongan];
/** The year's performance predikat (PermenPANRB 6/2022). */
export const PerformancePredikat = {
  SangatBaik: 'SANGAT_BAIK',
  Baik: 'BAIK',
  ButuhPerbaikan: 'BUTUH_PERBAIKAN',
  Kurang: 'KURANG',
  SangatKurang: 'SANGAT_KURANG',
} as const;

export type PerformancePredikat = (typeof PerformancePredikat)[keyof typeof PerformancePredikat];
/** Who assessed a level, most authoritative first: assessment centre, manager (atasan), self. */
export const AssessmentSource = {
  AssessmentCenter: 'ASSESSMENT_CENTER',
  Manager: 'MANAGER',
  Self: 'SELF',
} as const;

export type AssessmentSource = (typeof AssessmentSource)[keyof typeof AssessmentSource];
/** JPM category for mapping (team matrix): ≥ 90 Optimal, 78 – < 90 Cukup Optimal, < 78 Kurang Optimal. */
export const MappingCategory = {
  Optimal: 'OPTIMAL',
  CukupOptimal: 'CUKUP_OPTIMAL',
  KurangOptimal: 'KURANG_OPTIMAL',
} as const;

export type MappingCategory = (typeof MappingCategory)[keyof typeof MappingCategory];
/** An agency's Job Person Match formula: BKN (Σ current / Σ required, capped) or STRICT (Σ min). */
export const JpmFormula = {
  Bkn: 'BKN',
  Strict: 'STRICT',
} as const;

export type JpmFormula = (typeof JpmFormula)[keyof typeof JpmFormula];
/** Performance axis of the 9-box: above, meeting or below expectations. */
export const Kinerja = {
  DiAtas: 'DI_ATAS',
  Sesuai: 'SESUAI',
  DiBawah: 'DI_BAWAH',
} as const;

export type Kinerja = (typeof Kinerja)[keyof typeof Kinerja];
/** Type of competency (PermenPANRB 38/2017); GOVERNMENT is kompetensi pemerintahan (Permendagri 108/2017). */
export const CompetencyType = {
  Managerial: 'MANAGERIAL',
  SocioCultural: 'SOCIO_CULTURAL',
  Technical: 'TECHNICAL',
  Government: 'GOVERNMENT',
} as const;

export type CompetencyType = (typeof CompetencyType)[keyof typeof CompetencyType];
/** A career move: up a level (vertical), same level (horizontal), or across tracks (diagonal). */
export const CareerMoveKind = {
  Vertical: 'VERTICAL',
  Horizontal: 'HORIZONTAL',
  Diagonal: 'DIAGONAL',
} as const;

export type CareerMoveKind = (typeof CareerMoveKind)[keyof typeof CareerMoveKind];
/** JPM category for selection (a target position): ≥ 80 Memenuhi Syarat, 68 – < 80 Masih Memenuhi Syarat, < 68 Kurang Memenuhi Syarat. */
export const SelectionCategory = {
  MemenuhiSyarat: 'MEMENUHI_SYARAT',
  MasihMemenuhiSyarat: 'MASIH_MEMENUHI_SYARAT',
  KurangMemenuhiSyarat: 'KURANG_MEMENUHI_SYARAT',
} as const;

export type SelectionCategory = (typeof SelectionCategory)[keyof typeof SelectionCategory];
/** A personnel requirement of a career move (PP 11/2017 as amended by PP 17/2020); leadership training and certificates come from the training and certification subgraphs. */
export const CareerRequirementKind = {
  Golongan: 'GOLONGAN',
  Education: 'EDUCATION',
  YearsInPosition: 'YEARS_IN_POSITION',
  Performance: 'PERFORMANCE',
  Age: 'AGE',
} as const;

export type CareerRequirementKind = (typeof CareerRequirementKind)[keyof typeof CareerRequirementKind];
/** Why a career requirement has no date on which it will be met. */
export const CareerUndatableReason = {
  /** The golongan is more than one rank above the held position's ceiling: only an extraordinary promotion (kenaikan pangkat pilihan) reaches it. */
  ExtraordinaryPromotion: 'EXTRAORDINARY_PROMOTION',
  /** No rank history: the TMT the next promotion counts from is unknown. */
  NoRankHistory: 'NO_RANK_HISTORY',
  /** A higher degree is needed; the record cannot date it. */
  EducationNotForeseeable: 'EDUCATION_NOT_FORESEEABLE',
  /** Over the age limit on the date the other requirements are met. */
  OverAgeLimit: 'OVER_AGE_LIMIT',
  /** An earlier move on the path cannot be dated. */
  PreviousMoveNotForeseeable: 'PREVIOUS_MOVE_NOT_FORESEEABLE',
} as const;

export type CareerUndatableReason = (typeof CareerUndatableReason)[keyof typeof CareerUndatableReason];
/** Gender as the NIP encodes it (digit 15: 1 man, 2 woman). */
export const Gender = {
  Male: 'MALE',
  Female: 'FEMALE',
} as const;

export type Gender = (typeof Gender)[keyof typeof Gender];
/** Potential axis of the 9-box: high, middle or low. */
export const Potensial = {
  Tinggi: 'TINGGI',
  Menengah: 'MENENGAH',
  Rendah: 'RENDAH',
} as const;

export type Potensial = (typeof Potensial)[keyof typeof Potensial];
/** How a mentorship ended: its focus achieved, partly achieved or not achieved. */
export const MentorshipOutcome = {
  Achieved: 'ACHIEVED',
  PartlyAchieved: 'PARTLY_ACHIEVED',
  NotAchieved: 'NOT_ACHIEVED',
} as const;

export type MentorshipOutcome = (typeof MentorshipOutcome)[keyof typeof MentorshipOutcome];
/** An entry of a mentorship log: a meeting held, or a note. */
export const MentorshipLogKind = {
  Meeting: 'MEETING',
  Note: 'NOTE',
} as const;

export type MentorshipLogKind = (typeof MentorshipLogKind)[keyof typeof MentorshipLogKind];
/** Tugas belajar (the agency sends the employee, who is bound to serve after) or izin belajar (own time). */
export const DegreeStudyKind = {
  /** Sent by the agency, relieved of duties, funded; a service bond follows. */
  TugasBelajar: 'TUGAS_BELAJAR',
  /** Permitted to study outside working hours at own cost; no bond. */
  IzinBelajar: 'IZIN_BELAJAR',
} as const;

export type DegreeStudyKind = (typeof DegreeStudyKind)[keyof typeof DegreeStudyKind];
/** The degree studied for: D3, D4, S1, S2 or S3. */
export const DegreeLevel = {
  D3: 'D3',
  D4: 'D4',
  S1: 'S1',
  S2: 'S2',
  S3: 'S3',
} as const;

export type DegreeLevel = (typeof DegreeLevel)[keyof typeof DegreeLevel];
/** Who pays: the regional budget, a scholarship sponsor (LPDP, a ministry), or the employee. */
export const DegreeFunding = {
  Apbd: 'APBD',
  Scholarship: 'SCHOLARSHIP',
  Self: 'SELF',
} as const;

export type DegreeFunding = (typeof DegreeFunding)[keyof typeof DegreeFunding];
/** Where a degree study stands. */
export const DegreeStudyStatus = {
  /** Applied; awaits the manager. */
  PendingManager: 'PENDING_MANAGER',
  /** Approved by the manager; awaits an administrator. */
  PendingAdmin: 'PENDING_ADMIN',
  /** Granted: the study runs. */
  Approved: 'APPROVED',
  /** Refused, with a reason. */
  Rejected: 'REJECTED',
  /** Completed; the degree is in the education history. */
  Graduated: 'GRADUATED',
} as const;

export type DegreeStudyStatus = (typeof DegreeStudyStatus)[keyof typeof DegreeStudyStatus];
/** How serious a competency gap (current − required level) is: MET at or above the required level, MINOR one level short, MAJOR two or more short. */
export const GapSeverity = {
  Met: 'MET',
  Minor: 'MINOR',
  Major: 'MAJOR',
} as const;

export type GapSeverity = (typeof GapSeverity)[keyof typeof GapSeverity];
/** Why an employee has no career options: no move on the ladder from their position, every target closed to their type (PPPK), or every target reachable only after the retirement horizon. */
export const CareerPlanEmptyReason = {
  /** The agency’s career ladder has no move from the employee’s position. */
  NoLadderMove: 'NO_LADDER_MOVE',
  /** Every target is a post the employee’s type (PPPK) cannot hold. */
  ClosedToEmployeeType: 'CLOSED_TO_EMPLOYEE_TYPE',
  /** Every open target could only be reached after the retirement age. */
  PastRetirementHorizon: 'PAST_RETIREMENT_HORIZON',
} as const;

export type CareerPlanEmptyReason = (typeof CareerPlanEmptyReason)[keyof typeof CareerPlanEmptyReason];
/** Which employees to list; every field narrows the list. */
export type EmployeeFilter = {
  /** Only this agency (others than your own are refused). */
  agencyId?: string | number | null | undefined;
  /** Only this unit (and its sub-units, see includeSubUnits). */
  unitId?: string | number | null | undefined;
  /** With unitId: include the sub-units (default true). */
  includeSubUnits?: boolean;
  /** Only positions of this kind. */
  positionKind?: PositionKind | null | undefined;
  /** Lowest golongan, inclusive (PNS only: a PPPK has a grade instead). */
  golonganFrom?: Golongan | null | undefined;
  /** Highest golongan, inclusive (PNS only: a PPPK has a grade instead). */
  golonganTo?: Golongan | null | undefined;
  /** Part of the name, or the start of the NIP (NIP search needs access to personal data). */
  search?: string | null | undefined;
};

/** Which team matrix: a unit, with or without sub-units, optionally narrowed. */
export type TeamMatrixInput = {
  /** The unit. */
  unitId: string | number;
  /** Include the sub-units (default true). */
  includeSubUnits?: boolean;
  /** Only columns of this competency type (JPM still covers each position's whole standard). */
  competencyType?: CompetencyType | null | undefined;
  /** Only employees in positions of this kind. */
  positionKind?: PositionKind | null | undefined;
  /** The matrix as it stood on this date (not after today): the position held then, the levels assessed by then and stale as of then; today’s members, standards and JPM formula. Default today. */
  asOf?: string | null | undefined;
};

/** A unit’s growth between two dates, neither after today. */
export type TeamGrowthInput = {
  /** The unit. */
  unitId: string | number;
  /** Include the sub-units (default true). */
  includeSubUnits?: boolean;
  /** The first date. */
  from: string;
  /** The second date: on or after the first, not after today. */
  to: string;
};

/** A successor's readiness, from the career planner's eligibleOn against the agency's today. */
export const SuccessionReadiness = {
  /** Every personnel requirement of the move is met today. */
  ReadyNow: 'READY_NOW',
  /** Eligible within two years (1–2 years). */
  Within_2Years: 'WITHIN_2_YEARS',
  /** Eligible, but more than two years from today. */
  Later: 'LATER',
  /** A requirement cannot be dated (see blockers), so no eligible date can be foreseen. */
  Blocked: 'BLOCKED',
} as const;

export type SuccessionReadiness = (typeof SuccessionReadiness)[keyof typeof SuccessionReadiness];
/** A new API key for an external system of the administrator’s agency. */
export type CreateApiKeyInput = {
  /** What the key is for (at most 100 characters), e.g. SIASN sync. */
  name: string;
  /** At least one of personnel:read, training:read, certification:read, pii:read. */
  scopes: Array<string>;
};

/** An API key to revoke. */
export type RevokeApiKeyInput = {
  /** The key. */
  id: string | number;
};

/** An assessment of one employee's level in one competency. */
export type RecordAssessmentInput = {
  /** The employee assessed. */
  employeeId: string | number;
  /** The competency. */
  competencyId: string | number;
  /** Level 1-5. */
  level: number;
  /** SELF (the employee), MANAGER (their manager or an admin), ASSESSMENT_CENTER (admins). */
  source: AssessmentSource;
  /** Date of the assessment; not after today. */
  assessedOn: string;
  /** Assessor; defaults by source. */
  assessor?: string | null | undefined;
  /** Evidence note (at most 500 characters). */
  evidence?: string | null | undefined;
};

/** The assessment centre's CSV export: columns nip, competency_code, level, date. */
export type ImportAssessmentsInput = {
  /** The CSV text with its header line; comma or semicolon separated. */
  csv: string;
  /** Assessor recorded on every row. */
  assessor?: string;
  /** Check every row as an import would, report the same problems, and save nothing (the preview). */
  dryRun?: boolean;
};

/** A move of the career ladder and its requirements. */
export type CreateCareerLadderEdgeInput = {
  /** Position moved from. */
  fromPositionId: string | number;
  /** Position moved to: another position of the same agency. */
  toPositionId: string | number;
  /** Vertical, horizontal (same track) or diagonal (across tracks). */
  kind: CareerMoveKind;
  /** Minimum full years in the from-position, 0-40. */
  minYearsInPosition?: number;
  /** Minimum golongan, if above the to-position's own. */
  minGolongan?: Golongan | null | undefined;
  /** Leadership training required: PKN_I, PKN_II, PKA, PKP or LATSAR. */
  leadershipTrainingCode?: string | null | undefined;
  /** Minimum education for the move. */
  requiredEducation?: Education | null | undefined;
};

/** An edge to remove. */
export type RemoveCareerLadderEdgeInput = {
  /** The edge. */
  id: string | number;
};

/** A career option to choose as one’s own target. */
export type ChooseCareerTargetInput = {
  /** The employee choosing: the caller themself. */
  employeeId: string | number;
  /** The target position: one of the employee’s career options. */
  positionId: string | number;
};

/** The career target to clear. */
export type ClearCareerTargetInput = {
  /** The employee: the caller themself. */
  employeeId: string | number;
};

/** An application for a degree study. */
export type ApplyDegreeStudyInput = {
  /** The employee; omit for oneself. Administrators enter paper applications for their agency. */
  employeeId?: string | number | null | undefined;
  /** Tugas belajar or izin belajar. */
  kind: DegreeStudyKind;
  /** The degree; above the education already held. */
  level: DegreeLevel;
  /** Study programme, at most 150 characters. */
  programme: string;
  /** University or institute, at most 150 characters. */
  institution: string;
  /** APBD or SCHOLARSHIP for a tugas belajar, SELF for an izin belajar. */
  funding: DegreeFunding;
  /** First day of study; not before today, unless an administrator enters a study under way. */
  startsOn: string;
  /** Expected last day; after the start, at most 72 months on. */
  expectedEndOn: string;
};

/** A decision on a degree study awaiting the caller. */
export type DecideDegreeStudyInput = {
  /** The study. */
  id: string | number;
  /** Why it is refused (required to reject), at most 500. */
  reason?: string | null | undefined;
};

/** A semester's progress report of a running study. */
export type ReportDegreeStudyInput = {
  /** The study. */
  studyId: string | number;
  /** Semester, 1-14; one report each. */
  semester: number;
  /** Grade point average of the semester, 0.00-4.00. */
  gpa: number;
  /** Credits (SKS) earned so far, 0-300. */
  creditsEarned: number;
  /** Courses, thesis progress; at most 1,000 characters. */
  note?: string | null | undefined;
};

/** The graduation of a running study, recorded by an administrator. */
export type GraduateDegreeStudyInput = {
  /** The study. */
  id: string | number;
  /** Graduation day; after the start, not after today. */
  graduatedOn: string;
};

/** A new employee. Birth date, appointment month and gender come from the NIP. */
export type CreateEmployeeInput = {
  /** NIP, 18 digits; spaces, dots and dashes are ignored. */
  nip: string;
  /** Full name with academic titles. */
  name: string;
  /** PNS (default) or PPPK. */
  employeeType?: EmployeeType;
  /** Golongan; at least the position's minimum. */
  golongan: Golongan;
  /** Highest education; at least the position's minimum. */
  education: Education;
  /** Position (jabatan), of the same agency as the unit. */
  positionId: string | number;
  /** Unit; its agency becomes the employee agency. */
  unitId: string | number;
  /** Direct manager, of the same agency. */
  managerId?: string | number | null | undefined;
  /** Date the employee took up the position; not after today. */
  positionSince: string;
  /** The latest year's performance predikat. */
  performancePredikat?: PerformancePredikat | null | undefined;
  /** Potential score 0-100, at most two decimals (59.99). */
  potentialScore?: number | null | undefined;
};

/** Changes to an employee: omitted fields stay as they are; null clears a nullable one. */
export type UpdateEmployeeInput = {
  /** The employee. */
  id: string | number;
  /** The version read; a stale version is refused with CONFLICT. */
  version: number;
  /** NIP, 18 digits. */
  nip?: string | null | undefined;
  /** Full name. */
  name?: string | null | undefined;
  /** PNS or PPPK. */
  employeeType?: EmployeeType | null | undefined;
  /** Golongan. */
  golongan?: Golongan | null | undefined;
  /** Highest education. */
  education?: Education | null | undefined;
  /** Position. */
  positionId?: string | number | null | undefined;
  /** Unit, in the same agency. */
  unitId?: string | number | null | undefined;
  /** Direct manager; null removes it. */
  managerId?: string | number | null | undefined;
  /** Date in the current position. */
  positionSince?: string | null | undefined;
  /** Performance predikat; null clears it. */
  performancePredikat?: PerformancePredikat | null | undefined;
  /** Potential score 0-100, at most two decimals (59.99); null clears it. */
  potentialScore?: number | null | undefined;
};

/** One year's performance predikat of an employee. */
export type RecordPerformanceRatingInput = {
  /** The employee rated. */
  employeeId: string | number;
  /** The year rated; one predikat per year, not a future year. */
  year: number;
  /** The predikat. */
  predikat: PerformancePredikat;
  /** Who set it (the appraising official), at most 150 characters. */
  ratedBy: string;
};

/** A rank granted by decree: a golongan for a PNS, a grade for a PPPK. */
export type RecordRankInput = {
  /** The employee. */
  employeeId: string | number;
  /** The golongan (PNS only). */
  golongan?: Golongan | null | undefined;
  /** The PPPK grade 1-17 (PPPK only). */
  pppkGrade?: number | null | undefined;
  /** TMT; not after today nor before the first appointment. */
  tmt: string;
  /** Number of the decree (SK), at most 100 characters. */
  decreeNumber: string;
};

/** A position held (riwayat jabatan); without toDate it becomes the current post. */
export type RecordPositionInput = {
  /** The employee. */
  employeeId: string | number;
  /** The position, of the employee’s agency. */
  positionId: string | number;
  /** The unit; defaults to the position’s unit. */
  unitId?: string | number | null | undefined;
  /** Date taken up; not after today. */
  fromDate: string;
  /** Date it ended, for an earlier post; omit for a new post. */
  toDate?: string | null | undefined;
};

/** A completed formal education (riwayat pendidikan). */
export type RecordEducationInput = {
  /** The employee. */
  employeeId: string | number;
  /** Level completed; one entry per level. */
  level: Education;
  /** Field of study, at most 150 characters. */
  field: string;
  /** Institution, at most 150 characters. */
  institution: string;
  /** Year of graduation; not a future year. */
  year: number;
};

/** A CSV of one kind of history entries, each row recorded as its one-at-a-time mutation. */
export type ImportHistoriesInput = {
  /** Which history the file holds; its columns are listed on HistoryKind. */
  kind: HistoryKind;
  /** The CSV text with its header line; comma or semicolon separated. */
  csv: string;
  /** Check every row as an import would, report the same problems, and save nothing (the preview). */
  dryRun?: boolean;
};

/** Which history a CSV import holds, one kind per file. */
export const HistoryKind = {
  /** Performance ratings: nip, tahun, predikat, penilai. */
  Rating: 'RATING',
  /** Ranks: nip, golongan (a PPPK grade for a PPPK), tmt, nomor_sk. */
  Rank: 'RANK',
  /** Posts: nip, id_jabatan, tmt_jabatan, and optionally id_unit and sampai. */
  Position: 'POSITION',
  /** Education: nip, jenjang, jurusan, nama_sekolah, tahun_lulus. */
  Education: 'EDUCATION',
} as const;

export type HistoryKind = (typeof HistoryKind)[keyof typeof HistoryKind];
/** A meeting or note to add to a mentorship log. */
export type AddMentorshipLogEntryInput = {
  /** The mentorship. */
  mentorshipId: string | number;
  /** The day: within the mentorship, not after today. */
  heldOn: string;
  /** A meeting or a note. */
  kind: MentorshipLogKind;
  /** What was discussed or noted (1-1000 characters). */
  note: string;
};

/** A mentorship to start. */
export type StartMentorshipInput = {
  /** The mentor: more senior (higher golongan or position level) than the mentee. */
  mentorId: string | number;
  /** The mentee, of the same agency. */
  menteeId: string | number;
  /** First day. */
  startsOn: string;
  /** 1-5 distinct focus competencies. */
  focusCompetencyIds: Array<string | number>;
};

/** A mentorship to end. */
export type EndMentorshipInput = {
  /** The mentorship. */
  id: string | number;
  /** Last day; not before the first. */
  endsOn: string;
  /** How it ended. */
  outcome?: MentorshipOutcome | null | undefined;
  /** What the outcome rests on (at most 500 characters). */
  outcomeNote?: string | null | undefined;
};

/** A position's whole competency standard; it replaces the current one. */
export type SetPositionStandardInput = {
  /** The position. */
  positionId: string | number;
  /** Each competency once, with its required level. */
  items: Array<StandardItemInput>;
};

/** A line of a competency standard. */
export type StandardItemInput = {
  /** The competency. */
  competencyId: string | number;
  /** Required level, 1-5. */
  requiredLevel: number;
};

/** A competency of the administrator's agency, with its five level descriptors. */
export type CompetencyInput = {
  /** The competency to change; absent to add a new one. */
  id?: string | number | null | undefined;
  /** Short code, unique (letters and digits, at most 20). */
  code: string;
  /** Name (at most 150 characters). */
  name: string;
  /** Managerial, socio-cultural, technical or government. */
  type: CompetencyType;
  /** What it is about (at most 500 characters). */
  definition: string;
  /** Exactly five descriptors, level 1 to 5 (each at most 500 characters). */
  levels: Array<string>;
};

/** A personnel master-data row to retire. */
export type RetirePersonnelRowInput = {
  /** The row. */
  id: string | number;
};

/** A position of the administrator's agency. */
export type PositionInput = {
  /** The position to change; absent to add a new one. */
  id?: string | number | null | undefined;
  /** The unit it sits in. */
  unitId: string | number;
  /** Name (at most 150 characters). */
  name: string;
  /** Kind of jabatan; the track follows from it. */
  kind: PositionKind;
  /** Level, for a jabatan fungsional only (required there). */
  functionalLevel?: FunctionalLevel | null | undefined;
  /** Minimum golongan. */
  minGolongan: Golongan;
  /** Minimum education. */
  minEducation: Education;
  /** Batas usia pensiun of the post (50–70); null for the default by kind and level. */
  retirementAge?: number | null | undefined;
  /** Lowest PPPK grade (1–17) to take up the post; null for the default by kind and JF level. */
  minPppkGrade?: number | null | undefined;
};

/** The administrator's agency settings kept by personnel. */
export type AgencySettingsInput = {
  /** The Job Person Match formula. */
  jpmFormula: JpmFormula;
  /** Years an assessment stays valid (1–10). */
  assessmentValidityYears: number;
  /** Lowest potential score counted as menengah (1–99, below tinggi). */
  potentialMenengahFrom: number;
  /** Lowest potential score counted as tinggi (2–100, above menengah). */
  potentialTinggiFrom: number;
  /** Time zone: Asia/Jakarta (WIB), Asia/Makassar (WITA) or Asia/Jayapura (WIT); absent keeps it. */
  timeZone?: string | null | undefined;
  /** How many mentees one mentor guides at once (1–10); absent keeps it. */
  mentorMenteeLimit?: number | null | undefined;
  /** Years ahead within which a key position holder is flagged as close to retirement in succession (1–10); absent keeps it. */
  retirementHorizonYears?: number | null | undefined;
};

/** A new unit under a parent unit of the administrator’s agency. */
export type CreateUnitInput = {
  /** The parent unit. */
  parentId: string | number;
  /** Name (at most 150 characters). */
  name: string;
};

/** A unit’s new name. */
export type RenameUnitInput = {
  /** The unit. */
  unitId: string | number;
  /** Name (at most 150 characters). */
  name: string;
};

/** Move a unit, with all its sub-units, under another unit of the same agency. */
export type MoveUnitInput = {
  /** The unit. */
  unitId: string | number;
  /** The new parent: of the same agency, not the unit itself nor one of its sub-units. */
  parentId: string | number;
};

/** Education (a degree), classical training (classroom) or non-classical training (on the job, online). */
export const TrainingForm = {
  /** A degree programme: tugas belajar or izin belajar. */
  Education: 'EDUCATION',
  /** Classroom training: leadership, technical, functional, seminar, workshop, course. */
  Classical: 'CLASSICAL',
  /** Coaching, mentoring, e-learning, secondment, internship (magang) and the like. */
  NonClassical: 'NON_CLASSICAL',
} as const;

export type TrainingForm = (typeof TrainingForm)[keyof typeof TrainingForm];
/** The kind of programme; the leadership programmes (PKN I, PKN II, PKA, PKP) are told apart by code. */
export const TrainingCategory = {
  /** A degree (tugas belajar / izin belajar). */
  Degree: 'DEGREE',
  /** Leadership training: PKN Tingkat I, PKN Tingkat II, PKA, PKP. */
  Leadership: 'LEADERSHIP',
  /** Latihan Dasar CPNS, for every candidate civil servant. */
  Latsar: 'LATSAR',
  /** Technical training for a field of work. */
  Technical: 'TECHNICAL',
  /** Training for a functional position (jabatan fungsional). */
  Functional: 'FUNCTIONAL',
  /** Managerial competency training. */
  Managerial: 'MANAGERIAL',
  /** Socio-cultural competency training (Perekat Bangsa). */
  SocioCultural: 'SOCIO_CULTURAL',
  /** Seminar or conference. */
  Seminar: 'SEMINAR',
  /** Workshop (lokakarya). */
  Workshop: 'WORKSHOP',
  /** Course (kursus) or penataran. */
  Course: 'COURSE',
  /** Bimbingan teknis (bimtek) or sosialisasi. */
  TechnicalGuidance: 'TECHNICAL_GUIDANCE',
  /** E-learning or distance training. */
  ELearning: 'E_LEARNING',
  /** Coaching. */
  Coaching: 'COACHING',
  /** Mentoring. */
  Mentoring: 'MENTORING',
  /** Internship (magang), often with a university partner. */
  Internship: 'INTERNSHIP',
  /** Secondment (detasering) or exchange. */
  Secondment: 'SECONDMENT',
  /** Benchmarking visit (studi banding). */
  Benchmarking: 'BENCHMARKING',
  /** Learning community or self-study. */
  LearningCommunity: 'LEARNING_COMMUNITY',
} as const;

export type TrainingCategory = (typeof TrainingCategory)[keyof typeof TrainingCategory];
/** Who organises a training. */
export const ProviderKind = {
  /** A regional training agency (Badan Pengembangan SDM). */
  Bpsdm: 'BPSDM',
  /** Lembaga Administrasi Negara, the national civil-service training institute. */
  Lan: 'LAN',
  /** A ministry or national agency. */
  Ministry: 'MINISTRY',
  /** A university in partnership. */
  University: 'UNIVERSITY',
  /** A professional body or association. */
  ProfessionalBody: 'PROFESSIONAL_BODY',
  /** Any other organiser. */
  Other: 'OTHER',
} as const;

export type ProviderKind = (typeof ProviderKind)[keyof typeof ProviderKind];
/** How a session (angkatan) is delivered. */
export const SessionMode = {
  /** Entirely online. */
  Online: 'ONLINE',
  /** In person, at its location. */
  Offline: 'OFFLINE',
  /** Partly online, partly in person. */
  Blended: 'BLENDED',
} as const;

export type SessionMode = (typeof SessionMode)[keyof typeof SessionMode];
/** Where an enrolment stands: requested → approved → attended → completed or failed; or cancelled/rejected. */
export const EnrolmentStatus = {
  /** Asked for; waiting for the manager. */
  Requested: 'REQUESTED',
  /** Approved by the manager; a seat is held. */
  Approved: 'APPROVED',
  /** The participant attended; results are pending. */
  Attended: 'ATTENDED',
  /** Finished with a pass (a post-test, if taken, at or above the pass mark): the JP are credited. */
  Completed: 'COMPLETED',
  /** Attended but not finished, or a post-test below the pass mark: no JP. */
  Failed: 'FAILED',
  /** Withdrawn before attendance; the seat is free again. */
  Cancelled: 'CANCELLED',
  /** Refused by the manager; the seat is free again. */
  Rejected: 'REJECTED',
} as const;

export type EnrolmentStatus = (typeof EnrolmentStatus)[keyof typeof EnrolmentStatus];
/** What a trainee who does not apply a training gets next (the seeds’ evaluation and follow-up). */
export const FollowUpKind = {
  /** A follow-up training. */
  FollowUpTraining: 'FOLLOW_UP_TRAINING',
  /** A mentorship. */
  Mentoring: 'MENTORING',
} as const;

export type FollowUpKind = (typeof FollowUpKind)[keyof typeof FollowUpKind];
/** The manager’s answer to a follow-up proposed from a low application rating. */
export const FollowUpDecision = {
  /** Taken up: the follow-up training is in the plan, or the mentorship started. */
  Accepted: 'ACCEPTED',
  /** Not taken up. */
  Dismissed: 'DISMISSED',
} as const;

export type FollowUpDecision = (typeof FollowUpDecision)[keyof typeof FollowUpDecision];
/** Who proposed the needs in a survey answer. */
export const SurveyResponseSource = {
  /** A member of the unit, for themself. */
  Employee: 'EMPLOYEE',
  /** The unit’s head, adding the needs they see for the unit. */
  Manager: 'MANAGER',
} as const;

export type SurveyResponseSource = (typeof SurveyResponseSource)[keyof typeof SurveyResponseSource];
/** Where an individual development plan stands: draft → submitted → approved or returned. */
export const PlanStatus = {
  /** Being written by the employee. */
  Draft: 'DRAFT',
  /** Waiting for the manager. */
  Submitted: 'SUBMITTED',
  /** Approved by the manager. */
  Approved: 'APPROVED',
  /** Sent back by the manager for changes; editable again. */
  Returned: 'RETURNED',
} as const;

export type PlanStatus = (typeof PlanStatus)[keyof typeof PlanStatus];
/** Where an exported riwayat kursus record comes from. */
export const SiasnKursusSource = {
  /** A completed enrolment in a catalog session. */
  Enrolment: 'ENROLMENT',
  /** A verified past or external training. */
  PastTraining: 'PAST_TRAINING',
} as const;

export type SiasnKursusSource = (typeof SiasnKursusSource)[keyof typeof SiasnKursusSource];
/** Mutu pelayanan of an IKM (PermenPANRB 14/2017): A 88.31–100 Sangat Baik, B 76.61–88.30 Baik, C 65.00–76.60 Kurang Baik, D 25.00–64.99 Tidak Baik. */
export const IkmCategory = {
  A: 'A',
  B: 'B',
  C: 'C',
  D: 'D',
} as const;

export type IkmCategory = (typeof IkmCategory)[keyof typeof IkmCategory];
/** Whether an administrator has checked the evidence of a past training; only verified ones count. */
export const PastTrainingStatus = {
  /** Submitted by the employee, waiting for an administrator. */
  Pending: 'PENDING',
  /** Evidence checked by an administrator: counts toward JP and as competency evidence. */
  Verified: 'VERIFIED',
  /** Refused by an administrator, with the reason; it does not count. */
  Rejected: 'REJECTED',
} as const;

export type PastTrainingStatus = (typeof PastTrainingStatus)[keyof typeof PastTrainingStatus];
/** Magang (an internship to learn at the host) or detasering (a secondment to work at the host). */
export const PlacementKind = {
  /** Internship: the employee learns at the host organisation. */
  Magang: 'MAGANG',
  /** Secondment: the employee is assigned to work at the host organisation for a time. */
  Detasering: 'DETASERING',
} as const;

export type PlacementKind = (typeof PlacementKind)[keyof typeof PlacementKind];
/** Where a placement stands: proposed → approved or rejected; approved → completed with the report. */
export const PlacementStatus = {
  /** Proposed; awaits the manager or an administrator. */
  Proposed: 'PROPOSED',
  /** Approved: planned or under way. */
  Approved: 'APPROVED',
  /** Refused, with a reason. */
  Rejected: 'REJECTED',
  /** Closed with the report and the host’s assessment: its JP count. */
  Completed: 'COMPLETED',
} as const;

export type PlacementStatus = (typeof PlacementStatus)[keyof typeof PlacementStatus];
/** The host supervisor’s overall judgement in the closing report. */
export const HostAssessment = {
  /** Very good. */
  SangatBaik: 'SANGAT_BAIK',
  /** Good. */
  Baik: 'BAIK',
  /** Sufficient. */
  Cukup: 'CUKUP',
  /** Insufficient: the placement counts its JP but proves no competency. */
  Kurang: 'KURANG',
} as const;

export type HostAssessment = (typeof HostAssessment)[keyof typeof HostAssessment];
/** Who the agency cooperates with. */
export const PartnerKind = {
  /** A university (perguruan tinggi). */
  University: 'UNIVERSITY',
  /** A training institute (lembaga diklat, BPSDM of another region, LAN). */
  TrainingInstitute: 'TRAINING_INSTITUTE',
  /** Another partner: a hospital, a company, a professional body, an NGO. */
  Other: 'OTHER',
} as const;

export type PartnerKind = (typeof PartnerKind)[keyof typeof PartnerKind];
/** The document the cooperation rests on. */
export const AgreementKind = {
  /** Nota kesepahaman (memorandum of understanding): the general frame. */
  Mou: 'MOU',
  /** Perjanjian kerja sama: the operational agreement under an MoU. */
  Pks: 'PKS',
} as const;

export type AgreementKind = (typeof AgreementKind)[keyof typeof AgreementKind];
/** Where an agreement stands today (rules/partnership.ts). */
export const PartnershipStatus = {
  /** Running, with an activity within the agency's unused window (default 6 months), or signed more recently. */
  Active: 'ACTIVE',
  /** Ends within the agency's lapsing window (default 90 days): renew it or let it go. */
  Lapsing: 'LAPSING',
  /** Its end date has passed, or it was ended early. */
  Lapsed: 'LAPSED',
  /** Running, but nothing was done under it within the agency's unused window (default 6 months). */
  Unused: 'UNUSED',
} as const;

export type PartnershipStatus = (typeof PartnershipStatus)[keyof typeof PartnershipStatus];
/** What was done under an agreement. */
export const PartnershipActivityKind = {
  /** A public lecture (kuliah umum) for the agency’s employees. */
  PublicLecture: 'PUBLIC_LECTURE',
  /** Joint research (penelitian bersama) with the agency. */
  JointResearch: 'JOINT_RESEARCH',
  /** Internships (magang) at the partner; may name the placement recorded for it. */
  Internship: 'INTERNSHIP',
  /** Degree places (kursi tugas belajar) the partner granted. */
  DegreePlaces: 'DEGREE_PLACES',
  /** A training, workshop or course the partner held. */
  Training: 'TRAINING',
} as const;

export type PartnershipActivityKind = (typeof PartnershipActivityKind)[keyof typeof PartnershipActivityKind];
/** Catalog search; every given criterion must hold. */
export type TrainingFilter = {
  /** Also list retired trainings (administration screens). */
  includeRetired?: boolean | null | undefined;
  /** Only the signed-in user's agency's own trainings (none for other callers): what its administrator keeps. */
  ownOnly?: boolean | null | undefined;
  /** Words in the code, title or description (case-insensitive). */
  text?: string | null | undefined;
  /** Only this category. */
  category?: TrainingCategory | null | undefined;
  /** Only this form. */
  form?: TrainingForm | null | undefined;
  /** Only trainings that develop this competency. */
  competencyId?: string | number | null | undefined;
  /** Only trainings of this provider. */
  providerId?: string | number | null | undefined;
  /** Only trainings with a session starting in this month, YYYY-MM. */
  month?: string | null | undefined;
};

/** A new session (angkatan) of a catalog training. */
export type CreateTrainingSessionInput = {
  /** Name, e.g. "Angkatan II 2026". */
  name: string;
  /** First day. */
  startDate: string;
  /** Last day (not before the first). */
  endDate: string;
  /** Online, offline or blended. */
  mode: SessionMode;
  /** Where. */
  location: string;
  /** Seats (1 or more). */
  capacity: number;
  /** Last day to request a seat (not after the first day). */
  registrationDeadline: string;
  /** The training. */
  trainingId: string | number;
};

/** Set a unit’s training budget for a year. */
export type SetTrainingBudgetInput = {
  /** The unit. */
  unitId: string | number;
  /** The calendar year. */
  year: number;
  /** Amount in whole rupiah (0 or more). */
  amount: number;
};

/** A catalog training of the administrator's agency. */
export type TrainingInput = {
  /** The training to change; absent to add a new one. */
  id?: string | number | null | undefined;
  /** Catalog code, unique (letters, digits, _ and -; at most 40). */
  code: string;
  /** Title (at most 200 characters). */
  title: string;
  /** What it covers (at most 1000 characters). */
  description: string;
  /** Education, classical or non-classical. */
  form: TrainingForm;
  /** The kind of programme. */
  category: TrainingCategory;
  /** JP credited on completion (1–2000). */
  jp: number;
  /** Cost per participant in whole rupiah (0 or more). */
  costPerParticipant: number;
  /** The provider (not retired). */
  providerId: string | number;
  /** Competencies developed, each once. */
  competencies: Array<TrainingCompetencyInput>;
  /** Trainings to complete first (not itself, not retired). */
  prerequisiteIds: Array<string | number>;
};

/** A competency a training develops, up to a level. */
export type TrainingCompetencyInput = {
  /** The competency (personnel’s dictionary). */
  competencyId: string | number;
  /** The highest level (1–5) it develops the competency to. */
  maxLevel: number;
};

/** A catalog row to retire: kept where referenced, no longer offered. */
export type RetireInput = {
  /** The row. */
  id: string | number;
};

/** A training provider of the administrator's agency. */
export type ProviderInput = {
  /** The provider to change; absent to add a new one. */
  id?: string | number | null | undefined;
  /** Name (at most 200 characters). */
  name: string;
  /** What kind of organiser it is. */
  kind: ProviderKind;
};

/** New values for a session of the administrator’s agency (all of them, as on the form). */
export type UpdateTrainingSessionInput = {
  /** Name. */
  name: string;
  /** First day. */
  startDate: string;
  /** Last day (not before the first). */
  endDate: string;
  /** Online, offline or blended. */
  mode: SessionMode;
  /** Where. */
  location: string;
  /** Seats: at least 1 and not fewer than the seats already taken. */
  capacity: number;
  /** Last day to request a seat (not after the first day). */
  registrationDeadline: string;
  /** The session. */
  sessionId: string | number;
};

/** Cancel a session that has not been held. */
export type CancelTrainingSessionInput = {
  /** The session. */
  sessionId: string | number;
  /** Why (told to everyone whose request or seat is cancelled). */
  reason: string;
};

/** The administrator's agency values for competency development. */
export type JpSettingsInput = {
  /** Minimum JP a PNS earns a year (1–200; the national rule is 20). */
  jpTarget: number;
  /** Maximum JP a PPPK earns a contract year (1–200; the national rule is 24). */
  pppkJpCap: number;
  /** Lowest post-test score that passes (0–100). */
  postTestPassScore: number;
  /** Months after a completed training before its application (L3) rating is due (1–24); absent keeps it. */
  applicationRatingAfterMonths?: number | null | undefined;
  /** Months a passed training proposes a re-assessment (1–60); absent keeps it. */
  reassessmentProposalMonths?: number | null | undefined;
  /** Days before its end a cooperation agreement is lapsing (1–365); absent keeps it. */
  partnershipLapsingDays?: number | null | undefined;
  /** Months without an activity after which an agreement is unused (1–24); absent keeps it. */
  partnershipUnusedMonths?: number | null | undefined;
};

/** Add trainings to an employee’s plan for a year (the plan is created as a draft if missing). */
export type AddTrainingsToPlanInput = {
  /** The employee. */
  employeeId: string | number;
  /** The calendar year. */
  year: number;
  /** The trainings; one already planned gets the new session. */
  items: Array<PlanItemInput>;
};

/** A training to plan, optionally in a chosen session. */
export type PlanItemInput = {
  /** The training. */
  trainingId: string | number;
  /** A session of that training. */
  sessionId?: string | number | null | undefined;
};

/** Remove a training from a plan. */
export type RemoveTrainingFromPlanInput = {
  /** The plan. */
  planId: string | number;
  /** The training to remove. */
  trainingId: string | number;
};

/** A decision on a plan: submit, approve or return. */
export type PlanDecisionInput = {
  /** The plan. */
  planId: string | number;
  /** The manager’s note. */
  note?: string | null | undefined;
};

/** Ask for a seat in a session. */
export type RequestEnrolmentInput = {
  /** The employee to enrol (yourself, or one of your people). */
  employeeId: string | number;
  /** The session (angkatan). */
  sessionId: string | number;
  /** A key the client makes up for this request (e.g. a UUID; up to 64 letters, digits, "-" and "_"). The same request sent again with the same key, by a retrying client or load balancer after the first attempt succeeded, answers the enrolment that attempt made instead of failing with ALREADY_ENROLLED. */
  requestKey?: string | null | undefined;
};

/** A decision on an enrolment: approve, reject, cancel or record attendance. */
export type EnrolmentDecisionInput = {
  /** The enrolment. */
  enrolmentId: string | number;
  /** Reason or remark, kept on the enrolment. */
  note?: string | null | undefined;
};

/** The results of an attended training. */
export type RecordResultsInput = {
  /** The enrolment. */
  enrolmentId: string | number;
  /** Finished the training. The enrolment is COMPLETED (JP credited) only when the post-test, if taken, reaches the pass mark of the JP settings; below it, or when not finished, it is FAILED (no JP). */
  completed: boolean;
  /** Pre-test score, 0–100. */
  preTestScore?: number | null | undefined;
  /** Post-test score, 0–100. */
  postTestScore?: number | null | undefined;
  /** Number of the completion certificate (STTPP). */
  certificateNumber?: string | null | undefined;
};

/** The participant’s reaction to a training. */
export type RecordReactionInput = {
  /** Your enrolment. */
  enrolmentId: string | number;
  /** Rating 1 (poor) – 5 (excellent). */
  rating: number;
  /** Comment. */
  comment?: string | null | undefined;
};

/** The manager’s rating, months later, of how the trainee applies the training. */
export type RateApplicationInput = {
  /** The completed enrolment. */
  enrolmentId: string | number;
  /** 1 not at all, 2 rarely, 3 partly, 4 mostly, 5 fully; 3 or more counts as applying it. */
  rating: number;
  /** Follow-up for a trainee who does not apply it. */
  followUp?: FollowUpKind | null | undefined;
};

/** The manager’s answer to a follow-up proposed from a low application rating. */
export type DecideFollowUpInput = {
  /** The rated enrolment that proposed the follow-up. */
  enrolmentId: string | number;
  /** Accept (a follow-up training goes into the plan of the year its session ends; a mentorship is started with startMentorship first) or dismiss. */
  accept: boolean;
  /** The session of the follow-up training; required to accept a FOLLOW_UP_TRAINING, else not given. */
  sessionId?: string | number | null | undefined;
};

/** Closes the re-assessment a passed training proposed (scheduled, or not needed). */
export type CloseReassessmentProposalInput = {
  /** The passed enrolment. */
  enrolmentId: string | number;
};

/** A completed training that did not go through enrolment: a catalog training or a free-text title (one of them). */
export type PastTrainingInput = {
  /** The employee who took it. */
  employeeId: string | number;
  /** The catalog training, when it is one (its title, form and category are taken). */
  trainingId?: string | number | null | undefined;
  /** Title as on the certificate, when it is not a catalog training. */
  title?: string | null | undefined;
  /** Form; required without a catalog training. */
  form?: TrainingForm | null | undefined;
  /** Category; required without a catalog training. */
  category?: TrainingCategory | null | undefined;
  /** First day (not after the last). */
  startDate: string;
  /** Last day (not in the future): the JP count in this calendar year. */
  endDate: string;
  /** Jam pelajaran, 1–2000. */
  jp: number;
  /** A known provider. */
  providerId?: string | number | null | undefined;
  /** The organiser as written, when it is not a known provider. */
  providerName?: string | null | undefined;
  /** Certificate (STTPP) number. */
  certificateNumber?: string | null | undefined;
};

/** A past training to verify. */
export type VerifyPastTrainingInput = {
  /** The past training. */
  pastTrainingId: string | number;
};

/** A submitted past training to reject, with the reason the employee reads. */
export type RejectPastTrainingInput = {
  /** The past training, still pending. */
  pastTrainingId: string | number;
  /** Why the evidence does not hold, 1-500 characters. */
  reason: string;
};

/** One employee's riwayat diklat/kursus, as SIASN exports it, as CSV. */
export type ImportPastTrainingsInput = {
  /** The employee the export belongs to (SIASN exports the history per PNS). */
  employeeId: string | number;
  /** CSV with SIASN riwayat kursus columns: namaKursus, jenisKursus (category), jumlahJam, tanggalKursus, tanggalSelesaiKursus (or tahunKursus), institusiPenyelenggara, nomorSertipikat; dates DD-MM-YYYY or YYYY-MM-DD. */
  csv: string;
  /** Check every row and save nothing (the preview); the rows come back with id 0. */
  dryRun?: boolean;
};

/** Opens a unit’s training-needs survey for a year. */
export type OpenNeedsSurveyInput = {
  /** The unit (its head or an administrator opens it). */
  unitId: string | number;
  /** This year or the next. */
  year: number;
  /** The last day answers are taken: from today to the end of the year. */
  closesOn: string;
};

/** An answer to a needs survey; answering again replaces one’s earlier answer. */
export type AnswerNeedsSurveyInput = {
  /** The survey. */
  surveyId: string | number;
  /** The competencies proposed: 1 to 5, each once. */
  competencyIds: Array<string | number>;
  /** The forms of development wanted, each once (may be empty). */
  forms: Array<TrainingForm>;
  /** A free note, at most 1000 characters. */
  note?: string | null | undefined;
  /** The unit’s head adding the needs they see for the unit, rather than answering for themself. */
  asManager?: boolean | null | undefined;
};

/** A cooperation agreement, as created or edited by an administrator. */
export type PartnershipInput = {
  /** The agreement to edit; omit to create one. */
  id?: string | number | null | undefined;
  /** The partner, at most 200 characters. */
  partnerName: string;
  /** University, training institute or other. */
  partnerKind: PartnerKind;
  /** The catalog provider the partner is, if any. */
  providerId?: string | number | null | undefined;
  /** MoU or PKS. */
  agreementKind: AgreementKind;
  /** The document number, at most 100 characters. */
  documentNumber: string;
  /** What the parties agreed to do together, at most 1000 characters. */
  scope: string;
  /** The day it takes effect. */
  startsOn: string;
  /** The day it expires; not before the start, at most 10 years after. */
  endsOn: string;
  /** The contact person at the partner, at most 150 characters. */
  contactName: string;
  /** Telephone or e-mail of the contact, at most 150. */
  contactInfo?: string | null | undefined;
};

/** Ends an agreement before its end date. */
export type EndPartnershipInput = {
  /** The agreement. */
  id: string | number;
  /** The last day it holds; today when omitted. */
  endedOn?: string | null | undefined;
};

/** Something done under an agreement. */
export type PartnershipActivityInput = {
  /** The agreement. */
  partnershipId: string | number;
  /** What kind of activity. */
  kind: PartnershipActivityKind;
  /** What it was, at most 200 characters. */
  title: string;
  /** The day it was held; within the agreement, not in the future. */
  heldOn: string;
  /** Employees who took part or places granted, 1–1000. */
  participants: number;
  /** The placement (internship) it was, of the same agency. */
  placementId?: string | number | null | undefined;
  /** A note, at most 1000 characters. */
  note?: string | null | undefined;
};

/** A proposed internship (magang) or secondment (detasering). */
export type ProposePlacementInput = {
  /** The employee; omit for oneself. Administrators enter proposals for their agency. */
  employeeId?: string | number | null | undefined;
  /** Magang or detasering. */
  kind: PlacementKind;
  /** The host organisation, at most 200 characters. */
  hostOrganisation: string;
  /** The supervisor at the host, at most 150 characters. */
  supervisorName: string;
  /** The supervisor’s telephone or e-mail, at most 150. */
  supervisorContact?: string | null | undefined;
  /** First day; not before today, unless an administrator enters a placement from papers. */
  startsOn: string;
  /** Last day; not before the first, at most 366 days in all. */
  endsOn: string;
  /** Jam pelajaran it credits once completed, 1–2000. */
  jp: number;
  /** What the employee is to learn or do there, at most 1000 characters. */
  goals: string;
  /** The competencies it aims at: 1 to 5, each once. */
  competencies: Array<PlacementCompetencyInput>;
};

/** A competency a placement aims at, and the level it is to reach. */
export type PlacementCompetencyInput = {
  /** The competency (of the dictionary). */
  competencyId: string | number;
  /** The level to reach, 1–5. */
  targetLevel: number;
};

/** A decision on a proposed placement. */
export type DecidePlacementInput = {
  /** The placement. */
  id: string | number;
  /** Why it is refused (required to reject), at most 500. */
  reason?: string | null | undefined;
};

/** The closing report of an approved placement that has ended. */
export type CompletePlacementInput = {
  /** The placement. */
  id: string | number;
  /** What was done and learned, at most 2000 characters. */
  report: string;
  /** The host supervisor’s judgement. */
  hostAssessment: HostAssessment;
};

/** A unit’s public-satisfaction index (IKM) for a year, from its survey. */
export type SetUnitSatisfactionInput = {
  /** The unit. */
  unitId: string | number;
  /** The calendar year surveyed, 2000 to this year. */
  year: number;
  /** The IKM, 25.00–100.00 with at most two decimals (PermenPANRB 14/2017). */
  score: number;
};

export type AdminApiKeyRowFragment = {
  __typename: 'ApiKey';
  id: string;
  name: string;
  scopes: Array<string>;
  createdAt: string;
  createdBy: string | null;
  revokedAt: string | null;
};

export type AdminAuditEntryFragment = {
  __typename: 'AuditEntry';
  id: string;
  occurredAt: string;
  actor: string;
  action: string;
  entityName: string;
  entityId: string | null;
};

export type AdminCatalogProviderRowFragment = {
  __typename: 'Provider';
  id: string;
  name: string;
  kind: ProviderKind;
  retiredOn: string | null;
  isEditable: boolean;
};

export type AdminCatalogTrainingRowFragment = {
  __typename: 'Training';
  id: string;
  code: string;
  title: string;
  description: string;
  form: TrainingForm;
  category: TrainingCategory;
  jp: number;
  costPerParticipant: number;
  retiredOn: string | null;
  isEditable: boolean;
  provider: { __typename: 'Provider'; id: string; name: string };
  competencies: Array<{
    __typename: 'TrainingCompetency';
    maxLevel: number;
    competency: { __typename: 'Competency'; id: string; code: string; name: string };
  }>;
  prerequisites: Array<{ __typename: 'Training'; id: string; code: string; title: string }>;
};

export type AdminCertificateRowFragment = {
  __typename: 'Certificate';
  id: string;
  number: string;
  issuedOn: string;
  expiresOn: string | null;
  status: CertificateStatus;
  daysUntilExpiry: number | null;
  verificationState: VerificationState;
  revocationReason: string | null;
  remindedOn: string | null;
  employee: { __typename: 'Employee'; id: string; name: string };
  scheme: { __typename: 'Scheme'; id: string; code: string; name: string };
};

export type AdminCompetencyEntryFragment = {
  __typename: 'Competency';
  id: string;
  code: string;
  name: string;
  type: CompetencyType;
  definition: string;
  retiredOn: string | null;
  isEditable: boolean;
  levels: Array<{ __typename: 'CompetencyLevel'; level: number; descriptor: string }>;
};

export type AdminEmployeeRecordFragment = {
  __typename: 'Employee';
  id: string;
  version: number;
  nip: string | null;
  name: string;
  employeeType: EmployeeType;
  pppkGrade: string | null;
  golongan: Golongan | null;
  education: Education;
  positionSince: string;
  performancePredikat: PerformancePredikat | null;
  potentialScore: number | null;
  birthDate: string | null;
  appointmentMonth: string | null;
  gender: Gender | null;
  position: { __typename: 'Position'; id: string; name: string };
  unit: { __typename: 'Unit'; id: string; name: string };
};

export type AdminIssuerRowFragment = {
  __typename: 'Issuer';
  id: string;
  code: string;
  name: string;
  kind: IssuerKind;
  retiredOn: string | null;
  isEditable: boolean;
};

export type AdminMentorshipRowFragment = {
  __typename: 'Mentorship';
  id: string;
  startsOn: string;
  endsOn: string | null;
  active: boolean;
  mentor: { __typename: 'Employee'; id: string; name: string };
  focusCompetencies: Array<{ __typename: 'Competency'; id: string; name: string }>;
};

export type AdminOrgLadderEdgeFragment = {
  __typename: 'CareerLadderEdge';
  id: string;
  kind: CareerMoveKind;
  minYearsInPosition: number;
  fromPosition: { __typename: 'Position'; id: string };
  toPosition: { __typename: 'Position'; id: string };
};

export type AdminOrgPositionFragment = {
  __typename: 'Position';
  id: string;
  name: string;
  kind: PositionKind;
  functionalLevel: FunctionalLevel | null;
  minGolongan: Golongan;
  minEducation: Education;
  retirementAge: number;
  minPppkGrade: number | null;
  minPppkGradeIsDefault: boolean;
  defaultMinPppkGrade: number | null;
  retiredOn: string | null;
  unit: { __typename: 'Unit'; id: string };
};

export type AdminOrgUnitFragment = {
  __typename: 'Unit';
  id: string;
  name: string;
  depth: number;
  parent: { __typename: 'Unit'; id: string } | null;
};

export type AdminRosterRowFragment = {
  __typename: 'Enrolment';
  id: string;
  status: EnrolmentStatus;
  requestedOn: string;
  preTestScore: number | null;
  postTestScore: number | null;
  certificateNumber: string | null;
  decisionNote: string | null;
  employee: { __typename: 'Employee'; id: string; name: string; nip: string | null };
};

export type AdminSchemeRowFragment = {
  __typename: 'Scheme';
  id: string;
  code: string;
  name: string;
  validityMonths: number | null;
  nationallyRecognised: boolean;
  retiredOn: string | null;
  isEditable: boolean;
  issuer: { __typename: 'Issuer'; id: string; code: string };
  certifies: Array<{
    __typename: 'SchemeCompetency';
    level: number;
    competency: { __typename: 'Competency'; id: string; code: string; name: string };
  }>;
  requiredFor: Array<{ __typename: 'Position'; id: string; name: string }>;
};

export type AdminSessionRowFragment = {
  __typename: 'TrainingSession';
  id: string;
  name: string;
  startDate: string;
  endDate: string;
  mode: SessionMode;
  location: string;
  capacity: number;
  seatsLeft: number;
  registrationDeadline: string;
  cancelledOn: string | null;
  cancelReason: string | null;
  isEditable: boolean;
  training: { __typename: 'Training'; id: string; code: string; title: string };
};

export type AdminStandardLineFragment = {
  __typename: 'CompetencyStandard';
  requiredLevel: number;
  competency: { __typename: 'Competency'; id: string; code: string; name: string; type: CompetencyType };
};

export type AdminStandardPositionFragment = {
  __typename: 'Position';
  id: string;
  name: string;
  kind: PositionKind;
  functionalLevel: FunctionalLevel | null;
};

export type AdminTrainingCompetencyOptionFragment = {
  __typename: 'Competency';
  id: string;
  code: string;
  name: string;
};

export type AdminTrainingPrerequisiteOptionFragment = {
  __typename: 'Training';
  id: string;
  code: string;
  title: string;
};

export type CareerTargetDetailFragment = {
  __typename: 'Employee';
  id: string;
  careerTarget: {
    __typename: 'CareerTarget';
    chosenOn: string;
    position: { __typename: 'Position'; id: string; name: string };
    option: {
      __typename: 'CareerOption';
      employeeId: string;
      positionId: string;
      jpm: number;
      jpmCategory: SelectionCategory;
      trainingPlan: { __typename: 'CareerTrainingPlan'; totalJp: number; plannedJp: number } | null;
    } | null;
    progress: {
      __typename: 'CareerTargetProgress';
      competenciesMet: number;
      competencyCount: number;
      requirementsMet: number;
      requirementCount: number;
      complete: boolean;
    } | null;
  } | null;
};

export type ColumnTrainingOptionFragment = {
  __typename: 'CompetencyTrainingOption';
  rank: number;
  participants: number;
  cost: number;
  gapClosed: number;
  gapClosedPerMillion: number | null;
  training: { __typename: 'Training'; id: string; code: string; title: string };
};

export type DashboardJpRiskRowFragment = {
  __typename: 'JpProjection';
  earned: number;
  pending: number;
  shortfall: number | null;
  employee: {
    __typename: 'Employee';
    id: string;
    name: string;
    unit: { __typename: 'Unit'; id: string; name: string };
  };
};

export type DegreeStudyCardFragment = {
  __typename: 'DegreeStudy';
  id: string;
  kind: DegreeStudyKind;
  level: DegreeLevel;
  programme: string;
  institution: string;
  funding: DegreeFunding;
  startsOn: string;
  expectedEndOn: string;
  status: DegreeStudyStatus;
  appliedOn: string;
  managerApprovedOn: string | null;
  approvedOn: string | null;
  rejectionReason: string | null;
  graduatedOn: string | null;
  serviceBondMonths: number | null;
  serviceBondEndsOn: string | null;
  canDecide: boolean;
  canGraduate: boolean;
  employee: { __typename: 'Employee'; id: string; name: string };
  reports: Array<{
    __typename: 'DegreeStudyReport';
    id: string;
    semester: number;
    gpa: number;
    creditsEarned: number;
    note: string | null;
  }>;
};

export type DevelopmentPlanDetailFragment = {
  __typename: 'DevelopmentPlan';
  id: string;
  year: number;
  status: PlanStatus;
  managerNote: string | null;
  totalJp: number;
  totalCost: number;
  items: Array<{
    __typename: 'DevelopmentPlanItem';
    id: string;
    training: { __typename: 'Training'; id: string; title: string; jp: number; costPerParticipant: number };
    session: { __typename: 'TrainingSession'; id: string; name: string; startDate: string; endDate: string } | null;
  }>;
};

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
  standardLevels: Array<{
    __typename: 'TeamMatrixCell';
    competencyId: string;
    requiredLevel: number;
    currentLevel: number;
    gap: number;
    severity: GapSeverity;
    source: AssessmentSource | null;
    assessedOn: string | null;
    stale: boolean;
    competency: { __typename: 'Competency'; id: string; code: string; name: string; type: CompetencyType };
  }> | null;
};

export type EmployeeEnrolmentsFragment = {
  __typename: 'Employee';
  enrolments: Array<{
    __typename: 'Enrolment';
    completedOn: string | null;
    jpCredited: number | null;
    id: string;
    status: EnrolmentStatus;
    training: { __typename: 'Training'; id: string; jp: number; title: string };
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
  golongan: Golongan | null;
  position: { __typename: 'Position'; id: string; name: string };
  unit: { __typename: 'Unit'; id: string; name: string };
};

export type EmployeeTrainingEvidenceFragment = {
  __typename: 'Employee';
  trainingEvidence: Array<{
    __typename: 'TrainingEvidence';
    level: number;
    date: string;
    competency: { __typename: 'Competency'; id: string; name: string };
    enrolment: {
      __typename: 'Enrolment';
      id: string;
      training: { __typename: 'Training'; id: string; title: string };
    } | null;
    pastTraining: { __typename: 'PastTraining'; id: string; title: string } | null;
  }> | null;
};

export type EnrolmentListItemFragment = {
  __typename: 'Enrolment';
  id: string;
  status: EnrolmentStatus;
  training: { __typename: 'Training'; id: string; title: string };
  session: { __typename: 'TrainingSession'; id: string; startDate: string; endDate: string };
};

export type GrowthRowDetailFragment = {
  __typename: 'GrowthRow';
  jpmFrom: number;
  jpmTo: number;
  jpmChange: number;
  levelGain: number;
  employee: { __typename: 'Employee'; id: string; name: string };
  changes: Array<{
    __typename: 'LevelChange';
    competencyId: string;
    levelFrom: number;
    levelTo: number;
    change: number;
    competency: { __typename: 'Competency'; id: string; code: string; name: string };
  }>;
};

export type InboxEvaluationItemFragment = {
  __typename: 'Enrolment';
  id: string;
  completedOn: string | null;
  employee: { __typename: 'Employee'; id: string; name: string };
  training: {
    __typename: 'Training';
    id: string;
    title: string;
    competencies: Array<{
      __typename: 'TrainingCompetency';
      maxLevel: number;
      competency: { __typename: 'Competency'; id: string; name: string };
    }>;
  };
};

export type JpProjectionPersonFragment = {
  __typename: 'JpProjection';
  year: number;
  employeeType: EmployeeType;
  earned: number;
  pending: number;
  target: number | null;
  shortfall: number | null;
  cap: number | null;
  exceedsCap: boolean;
  closable: boolean;
  suggestedCost: number;
  employee: { __typename: 'Employee'; id: string; name: string };
  suggestedSessions: Array<{
    __typename: 'SuggestedSession';
    jp: number;
    cost: number;
    session: { __typename: 'TrainingSession'; id: string; name: string; endDate: string; registrationDeadline: string };
    training: { __typename: 'Training'; id: string; title: string };
  }>;
};

export type MentorSuggestionListFragment = {
  __typename: 'MentorSuggestions';
  menteeLevel: number;
  targetLevel: number;
  menteeLimit: number;
  suggestions: Array<{
    __typename: 'MentorSuggestion';
    level: number;
    assessedOn: string;
    unitDistance: number;
    activeMentees: number;
    freeSlots: number;
    mentor: {
      __typename: 'Employee';
      id: string;
      name: string;
      position: { __typename: 'Position'; id: string; name: string };
      unit: { __typename: 'Unit'; id: string; name: string };
    };
  }>;
};

export type MentorshipLogCardFragment = {
  __typename: 'Mentorship';
  id: string;
  startsOn: string;
  endsOn: string | null;
  active: boolean;
  outcome: MentorshipOutcome | null;
  outcomeNote: string | null;
  mentor: { __typename: 'Employee'; id: string; name: string };
  mentee: { __typename: 'Employee'; id: string; name: string };
  focusCompetencies: Array<{ __typename: 'Competency'; id: string; name: string }>;
  log: Array<{ __typename: 'MentorshipLogEntry'; id: string; heldOn: string; kind: MentorshipLogKind; note: string }>;
};

export type MyEnrolmentRowFragment = {
  __typename: 'Enrolment';
  requestedOn: string;
  decisionNote: string | null;
  reactionRating: number | null;
  postTestScore: number | null;
  passedPostTest: boolean;
  id: string;
  status: EnrolmentStatus;
  training: { __typename: 'Training'; id: string; jp: number; title: string };
  session: { __typename: 'TrainingSession'; id: string; name: string; startDate: string; endDate: string };
};

export type NeedsSurveyAnswerFragment = {
  __typename: 'NeedsSurveyResponse';
  id: string;
  forms: Array<TrainingForm>;
  note: string | null;
  submittedOn: string;
  competencies: Array<{ __typename: 'Competency'; id: string; name: string }>;
};

export type NotificationItemFragment = {
  __typename: 'Notification';
  id: string;
  source: string;
  kind: NotificationKind;
  employeeId: string;
  subjectId: string;
  threshold: number | null;
  title: string;
  dueOn: string | null;
  createdAt: string;
  readAt: string | null;
};

export type PartnershipRowFragment = {
  __typename: 'Partnership';
  id: string;
  partnerName: string;
  partnerKind: PartnerKind;
  agreementKind: AgreementKind;
  documentNumber: string;
  scope: string;
  startsOn: string;
  endsOn: string;
  endedOn: string | null;
  contactName: string;
  contactInfo: string | null;
  status: PartnershipStatus;
  lastActivityOn: string | null;
  participants: number;
  provider: { __typename: 'Provider'; id: string; name: string } | null;
  activities: Array<{
    __typename: 'PartnershipActivity';
    id: string;
    kind: PartnershipActivityKind;
    title: string;
    heldOn: string;
    participants: number;
  }>;
};

export type PlacementCardFragment = {
  __typename: 'Placement';
  id: string;
  kind: PlacementKind;
  hostOrganisation: string;
  supervisorName: string;
  supervisorContact: string | null;
  startsOn: string;
  endsOn: string;
  jp: number;
  goals: string;
  status: PlacementStatus;
  rejectionReason: string | null;
  report: string | null;
  hostAssessment: HostAssessment | null;
  canDecide: boolean;
  canComplete: boolean;
  employee: { __typename: 'Employee'; id: string; name: string };
  competencies: Array<{
    __typename: 'PlacementCompetency';
    targetLevel: number;
    competency: { __typename: 'Competency'; id: string; name: string };
  }>;
};

export type PlacementCompetencyOptionFragment = { __typename: 'Competency'; id: string; name: string };

export type SessionSeatFragment = {
  __typename: 'TrainingSession';
  id: string;
  name: string;
  startDate: string;
  endDate: string;
  mode: SessionMode;
  location: string;
  seatsLeft: number;
  registrationDeadline: string;
  isOpen: boolean;
};

export type SuccessYearRowFragment = {
  __typename: 'UnitSuccessYear';
  year: number;
  trainedMembers: number;
  trainedAndRated: number;
  ratingRose: number;
  ratingRoseShare: number | null;
  competencyPairs: number;
  competencyImproved: number;
  averageGain: number | null;
  satisfactionIndex: number | null;
  satisfactionCategory: IkmCategory | null;
  spend: number;
  jpEarned: number;
  pnsMembers: number;
  pnsAtOrAbove: number;
  jpComplianceShare: number | null;
};

export type SuccessionCandidateItemFragment = {
  __typename: 'SuccessionCandidate';
  readiness: SuccessionReadiness;
  employee: {
    __typename: 'Employee';
    id: string;
    name: string;
    position: { __typename: 'Position'; id: string; name: string };
  };
  talentBox: { __typename: 'TalentPlacement'; box: number };
  option: {
    __typename: 'CareerOption';
    employeeId: string;
    positionId: string;
    eligibleOn: string | null;
    jpm: number;
    jpmCategory: SelectionCategory;
  };
  blockers: Array<{
    __typename: 'CareerRequirement';
    kind: CareerRequirementKind;
    required: string;
    actual: string;
    metOn: string | null;
    undatable: CareerUndatableReason | null;
  }>;
};

export type SuccessionPositionFragment = {
  __typename: 'KeyPositionSuccession';
  hasReadySuccessor: boolean;
  position: {
    __typename: 'Position';
    id: string;
    name: string;
    kind: PositionKind;
    unit: { __typename: 'Unit'; id: string; name: string };
  };
  holders: Array<{
    __typename: 'SuccessionHolder';
    retiresOn: string;
    retiresSoon: boolean;
    employee: { __typename: 'Employee'; id: string; name: string };
  }>;
  candidates: Array<{
    __typename: 'SuccessionCandidate';
    readiness: SuccessionReadiness;
    employee: {
      __typename: 'Employee';
      id: string;
      name: string;
      position: { __typename: 'Position'; id: string; name: string };
    };
    talentBox: { __typename: 'TalentPlacement'; box: number };
    option: {
      __typename: 'CareerOption';
      employeeId: string;
      positionId: string;
      eligibleOn: string | null;
      jpm: number;
      jpmCategory: SelectionCategory;
    };
    blockers: Array<{
      __typename: 'CareerRequirement';
      kind: CareerRequirementKind;
      required: string;
      actual: string;
      metOn: string | null;
      undatable: CareerUndatableReason | null;
    }>;
  }>;
};

export type TalentPersonFragment = {
  __typename: 'Employee';
  id: string;
  name: string;
  position: { __typename: 'Position'; id: string; name: string };
};

export type TeamNeedsDemandFragment = {
  __typename: 'TrainingNeeds';
  needs: Array<{
    __typename: 'CompetencyNeed';
    employeesBelow: number;
    totalDeficit: number;
    surveyRequests: number;
    competency: { __typename: 'Competency'; id: string; name: string };
  }>;
  surveyDemand: Array<{
    __typename: 'SurveyDemand';
    employees: number;
    byManager: boolean;
    competency: { __typename: 'Competency'; id: string; name: string };
  }>;
};

export type UnitJpProjectionDetailFragment = {
  __typename: 'UnitJpProjection';
  year: number;
  target: number;
  cap: number;
  pnsMembers: number;
  pppkMembers: number;
  totalShortfall: number;
  suggestedCost: number;
  atRisk: Array<{
    __typename: 'JpProjection';
    year: number;
    employeeType: EmployeeType;
    earned: number;
    pending: number;
    target: number | null;
    shortfall: number | null;
    cap: number | null;
    exceedsCap: boolean;
    closable: boolean;
    suggestedCost: number;
    employee: { __typename: 'Employee'; id: string; name: string };
    suggestedSessions: Array<{
      __typename: 'SuggestedSession';
      jp: number;
      cost: number;
      session: {
        __typename: 'TrainingSession';
        id: string;
        name: string;
        endDate: string;
        registrationDeadline: string;
      };
      training: { __typename: 'Training'; id: string; title: string };
    }>;
  }>;
  overCap: Array<{
    __typename: 'JpProjection';
    year: number;
    employeeType: EmployeeType;
    earned: number;
    pending: number;
    target: number | null;
    shortfall: number | null;
    cap: number | null;
    exceedsCap: boolean;
    closable: boolean;
    suggestedCost: number;
    employee: { __typename: 'Employee'; id: string; name: string };
    suggestedSessions: Array<{
      __typename: 'SuggestedSession';
      jp: number;
      cost: number;
      session: {
        __typename: 'TrainingSession';
        id: string;
        name: string;
        endDate: string;
        registrationDeadline: string;
      };
      training: { __typename: 'Training'; id: string; title: string };
    }>;
  }>;
};

export type AddMentorshipLogEntryMutationVariables = Exact<{
  input: AddMentorshipLogEntryInput;
}>;

export type AddMentorshipLogEntryMutation = {
  __typename: 'Mutation';
  addMentorshipLogEntry: {
    __typename: 'MentorshipLogEntry';
    id: string;
    heldOn: string;
    kind: MentorshipLogKind;
    note: string;
  };
};

export type AddToPlanMutationVariables = Exact<{
  input: AddTrainingsToPlanInput;
}>;

export type AddToPlanMutation = {
  __typename: 'Mutation';
  addTrainingsToPlan: {
    __typename: 'DevelopmentPlan';
    id: string;
    year: number;
    status: PlanStatus;
    managerNote: string | null;
    totalJp: number;
    totalCost: number;
    items: Array<{
      __typename: 'DevelopmentPlanItem';
      id: string;
      training: { __typename: 'Training'; id: string; title: string; jp: number; costPerParticipant: number };
      session: { __typename: 'TrainingSession'; id: string; name: string; startDate: string; endDate: string } | null;
    }>;
  };
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

export type AdminCancelTrainingSessionMutationVariables = Exact<{
  input: CancelTrainingSessionInput;
}>;

export type AdminCancelTrainingSessionMutation = {
  __typename: 'Mutation';
  cancelTrainingSession: {
    __typename: 'TrainingSession';
    id: string;
    name: string;
    startDate: string;
    endDate: string;
    mode: SessionMode;
    location: string;
    capacity: number;
    seatsLeft: number;
    registrationDeadline: string;
    cancelledOn: string | null;
    cancelReason: string | null;
    isEditable: boolean;
    training: { __typename: 'Training'; id: string; code: string; title: string };
  };
};

export type AdminCreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;

export type AdminCreateApiKeyMutation = {
  __typename: 'Mutation';
  createApiKey: {
    __typename: 'CreatedApiKey';
    key: string;
    apiKey: {
      __typename: 'ApiKey';
      id: string;
      name: string;
      scopes: Array<string>;
      createdAt: string;
      createdBy: string | null;
      revokedAt: string | null;
    };
  };
};

export type AdminCreateLadderEdgeMutationVariables = Exact<{
  input: CreateCareerLadderEdgeInput;
}>;

export type AdminCreateLadderEdgeMutation = {
  __typename: 'Mutation';
  createCareerLadderEdge: {
    __typename: 'CareerLadderEdge';
    id: string;
    kind: CareerMoveKind;
    minYearsInPosition: number;
    fromPosition: { __typename: 'Position'; id: string };
    toPosition: { __typename: 'Position'; id: string };
  };
};

export type AdminCreateUnitMutationVariables = Exact<{
  input: CreateUnitInput;
}>;

export type AdminCreateUnitMutation = {
  __typename: 'Mutation';
  createUnit: {
    __typename: 'Unit';
    id: string;
    name: string;
    depth: number;
    parent: { __typename: 'Unit'; id: string } | null;
  };
};

export type AdminEmployeeImportHistoriesMutationVariables = Exact<{
  input: ImportHistoriesInput;
}>;

export type AdminEmployeeImportHistoriesMutation = {
  __typename: 'Mutation';
  importHistories: { __typename: 'HistoryImportResult'; imported: number; employees: number; dryRun: boolean };
};

export type AdminEmployeeRecordEducationMutationVariables = Exact<{
  input: RecordEducationInput;
}>;

export type AdminEmployeeRecordEducationMutation = {
  __typename: 'Mutation';
  recordEducation: { __typename: 'EducationHistory'; id: string };
};

export type AdminEmployeeRecordPositionMutationVariables = Exact<{
  input: RecordPositionInput;
}>;

export type AdminEmployeeRecordPositionMutation = {
  __typename: 'Mutation';
  recordPosition: { __typename: 'PositionHistory'; id: string };
};

export type AdminEmployeeRecordRankMutationVariables = Exact<{
  input: RecordRankInput;
}>;

export type AdminEmployeeRecordRankMutation = {
  __typename: 'Mutation';
  recordRank: { __typename: 'RankHistory'; id: string };
};

export type AdminEmployeeRecordRatingMutationVariables = Exact<{
  input: RecordPerformanceRatingInput;
}>;

export type AdminEmployeeRecordRatingMutation = {
  __typename: 'Mutation';
  recordPerformanceRating: { __typename: 'PerformanceRating'; id: string };
};

export type AdminMoveUnitMutationVariables = Exact<{
  input: MoveUnitInput;
}>;

export type AdminMoveUnitMutation = {
  __typename: 'Mutation';
  moveUnit: {
    __typename: 'Unit';
    id: string;
    name: string;
    depth: number;
    parent: { __typename: 'Unit'; id: string } | null;
  };
};

export type AdminPastTrainingImportMutationVariables = Exact<{
  input: ImportPastTrainingsInput;
}>;

export type AdminPastTrainingImportMutation = {
  __typename: 'Mutation';
  importPastTrainings: Array<{ __typename: 'PastTraining'; id: string }>;
};

export type AdminPastTrainingRecordMutationVariables = Exact<{
  input: PastTrainingInput;
}>;

export type AdminPastTrainingRecordMutation = {
  __typename: 'Mutation';
  recordPastTraining: { __typename: 'PastTraining'; id: string; status: PastTrainingStatus };
};

export type AdminPastTrainingRejectMutationVariables = Exact<{
  input: RejectPastTrainingInput;
}>;

export type AdminPastTrainingRejectMutation = {
  __typename: 'Mutation';
  rejectPastTraining: {
    __typename: 'PastTraining';
    id: string;
    status: PastTrainingStatus;
    rejectionReason: string | null;
  };
};

export type AdminPastTrainingVerifyMutationVariables = Exact<{
  input: VerifyPastTrainingInput;
}>;

export type AdminPastTrainingVerifyMutation = {
  __typename: 'Mutation';
  verifyPastTraining: { __typename: 'PastTraining'; id: string; status: PastTrainingStatus };
};

export type AdminRemindCertificateHolderMutationVariables = Exact<{
  input: RemindCertificateHolderInput;
}>;

export type AdminRemindCertificateHolderMutation = {
  __typename: 'Mutation';
  remindCertificateHolder: {
    __typename: 'Certificate';
    id: string;
    number: string;
    issuedOn: string;
    expiresOn: string | null;
    status: CertificateStatus;
    daysUntilExpiry: number | null;
    verificationState: VerificationState;
    revocationReason: string | null;
    remindedOn: string | null;
    employee: { __typename: 'Employee'; id: string; name: string };
    scheme: { __typename: 'Scheme'; id: string; code: string; name: string };
  };
};

export type AdminRemoveLadderEdgeMutationVariables = Exact<{
  input: RemoveCareerLadderEdgeInput;
}>;

export type AdminRemoveLadderEdgeMutation = { __typename: 'Mutation'; removeCareerLadderEdge: string };

export type AdminRenameUnitMutationVariables = Exact<{
  input: RenameUnitInput;
}>;

export type AdminRenameUnitMutation = {
  __typename: 'Mutation';
  renameUnit: {
    __typename: 'Unit';
    id: string;
    name: string;
    depth: number;
    parent: { __typename: 'Unit'; id: string } | null;
  };
};

export type AdminRetireCompetencyMutationVariables = Exact<{
  input: RetirePersonnelRowInput;
}>;

export type AdminRetireCompetencyMutation = {
  __typename: 'Mutation';
  retireCompetency: { __typename: 'Competency'; id: string; retiredOn: string | null };
};

export type AdminRetireIssuerMutationVariables = Exact<{
  input: RetireIssuerInput;
}>;

export type AdminRetireIssuerMutation = {
  __typename: 'Mutation';
  retireIssuer: {
    __typename: 'Issuer';
    id: string;
    code: string;
    name: string;
    kind: IssuerKind;
    retiredOn: string | null;
    isEditable: boolean;
  };
};

export type AdminRetirePositionMutationVariables = Exact<{
  input: RetirePersonnelRowInput;
}>;

export type AdminRetirePositionMutation = {
  __typename: 'Mutation';
  retirePosition: {
    __typename: 'Position';
    id: string;
    name: string;
    kind: PositionKind;
    functionalLevel: FunctionalLevel | null;
    minGolongan: Golongan;
    minEducation: Education;
    retirementAge: number;
    minPppkGrade: number | null;
    minPppkGradeIsDefault: boolean;
    defaultMinPppkGrade: number | null;
    retiredOn: string | null;
    unit: { __typename: 'Unit'; id: string };
  };
};

export type AdminRetireProviderMutationVariables = Exact<{
  input: RetireInput;
}>;

export type AdminRetireProviderMutation = {
  __typename: 'Mutation';
  retireProvider: { __typename: 'Provider'; id: string; retiredOn: string | null };
};

export type AdminRetireSchemeMutationVariables = Exact<{
  input: RetireSchemeInput;
}>;

export type AdminRetireSchemeMutation = {
  __typename: 'Mutation';
  retireScheme: {
    __typename: 'Scheme';
    id: string;
    code: string;
    name: string;
    validityMonths: number | null;
    nationallyRecognised: boolean;
    retiredOn: string | null;
    isEditable: boolean;
    issuer: { __typename: 'Issuer'; id: string; code: string };
    certifies: Array<{
      __typename: 'SchemeCompetency';
      level: number;
      competency: { __typename: 'Competency'; id: string; code: string; name: string };
    }>;
    requiredFor: Array<{ __typename: 'Position'; id: string; name: string }>;
  };
};

export type AdminRetireTrainingMutationVariables = Exact<{
  input: RetireInput;
}>;

export type AdminRetireTrainingMutation = {
  __typename: 'Mutation';
  retireTraining: { __typename: 'Training'; id: string; retiredOn: string | null };
};

export type AdminRevokeApiKeyMutationVariables = Exact<{
  input: RevokeApiKeyInput;
}>;

export type AdminRevokeApiKeyMutation = {
  __typename: 'Mutation';
  revokeApiKey: {
    __typename: 'ApiKey';
    id: string;
    name: string;
    scopes: Array<string>;
    createdAt: string;
    createdBy: string | null;
    revokedAt: string | null;
  };
};

export type AdminRosterApproveMutationVariables = Exact<{
  input: EnrolmentDecisionInput;
}>;

export type AdminRosterApproveMutation = {
  __typename: 'Mutation';
  approveEnrolment: {
    __typename: 'Enrolment';
    id: string;
    status: EnrolmentStatus;
    requestedOn: string;
    preTestScore: number | null;
    postTestScore: number | null;
    certificateNumber: string | null;
    decisionNote: string | null;
    employee: { __typename: 'Employee'; id: string; name: string; nip: string | null };
  };
};

export type AdminRosterAttendMutationVariables = Exact<{
  input: EnrolmentDecisionInput;
}>;

export type AdminRosterAttendMutation = {
  __typename: 'Mutation';
  recordAttendance: {
    __typename: 'Enrolment';
    id: string;
    status: EnrolmentStatus;
    requestedOn: string;
    preTestScore: number | null;
    postTestScore: number | null;
    certificateNumber: string | null;
    decisionNote: string | null;
    employee: { __typename: 'Employee'; id: string; name: string; nip: string | null };
  };
};

export type AdminRosterRejectMutationVariables = Exact<{
  input: EnrolmentDecisionInput;
}>;

export type AdminRosterRejectMutation = {
  __typename: 'Mutation';
  rejectEnrolment: {
    __typename: 'Enrolment';
    id: string;
    status: EnrolmentStatus;
    requestedOn: string;
    preTestScore: number | null;
    postTestScore: number | null;
    certificateNumber: string | null;
    decisionNote: string | null;
    employee: { __typename: 'Employee'; id: string; name: string; nip: string | null };
  };
};

export type AdminRosterResultsMutationVariables = Exact<{
  input: RecordResultsInput;
}>;

export type AdminRosterResultsMutation = {
  __typename: 'Mutation';
  recordResults: {
    __typename: 'Enrolment';
    id: string;
    status: EnrolmentStatus;
    requestedOn: string;
    preTestScore: number | null;
    postTestScore: number | null;
    certificateNumber: string | null;
    decisionNote: string | null;
    employee: { __typename: 'Employee'; id: string; name: string; nip: string | null };
  };
};

export type AdminSaveCompetencyMutationVariables = Exact<{
  input: CompetencyInput;
}>;

export type AdminSaveCompetencyMutation = {
  __typename: 'Mutation';
  saveCompetency: {
    __typename: 'Competency';
    id: string;
    code: string;
    name: string;
    type: CompetencyType;
    definition: string;
    retiredOn: string | null;
    isEditable: boolean;
    levels: Array<{ __typename: 'CompetencyLevel'; level: number; descriptor: string }>;
  };
};

export type AdminSaveIssuerMutationVariables = Exact<{
  input: IssuerInput;
}>;

export type AdminSaveIssuerMutation = {
  __typename: 'Mutation';
  saveIssuer: {
    __typename: 'Issuer';
    id: string;
    code: string;
    name: string;
    kind: IssuerKind;
    retiredOn: string | null;
    isEditable: boolean;
  };
};

export type AdminSavePositionMutationVariables = Exact<{
  input: PositionInput;
}>;

export type AdminSavePositionMutation = {
  __typename: 'Mutation';
  savePosition: {
    __typename: 'Position';
    id: string;
    name: string;
    kind: PositionKind;
    functionalLevel: FunctionalLevel | null;
    minGolongan: Golongan;
    minEducation: Education;
    retirementAge: number;
    minPppkGrade: number | null;
    minPppkGradeIsDefault: boolean;
    defaultMinPppkGrade: number | null;
    retiredOn: string | null;
    unit: { __typename: 'Unit'; id: string };
  };
};

export type AdminSaveProviderMutationVariables = Exact<{
  input: ProviderInput;
}>;

export type AdminSaveProviderMutation = {
  __typename: 'Mutation';
  saveProvider: {
    __typename: 'Provider';
    id: string;
    name: string;
    kind: ProviderKind;
    retiredOn: string | null;
    isEditable: boolean;
  };
};

export type AdminSaveSchemeMutationVariables = Exact<{
  input: SchemeInput;
}>;

export type AdminSaveSchemeMutation = {
  __typename: 'Mutation';
  saveScheme: {
    __typename: 'Scheme';
    id: string;
    code: string;
    name: string;
    validityMonths: number | null;
    nationallyRecognised: boolean;
    retiredOn: string | null;
    isEditable: boolean;
    issuer: { __typename: 'Issuer'; id: string; code: string };
    certifies: Array<{
      __typename: 'SchemeCompetency';
      level: number;
      competency: { __typename: 'Competency'; id: string; code: string; name: string };
    }>;
    requiredFor: Array<{ __typename: 'Position'; id: string; name: string }>;
  };
};

export type AdminSaveTrainingMutationVariables = Exact<{
  input: TrainingInput;
}>;

export type AdminSaveTrainingMutation = {
  __typename: 'Mutation';
  saveTraining: {
    __typename: 'Training';
    id: string;
    code: string;
    title: string;
    description: string;
    form: TrainingForm;
    category: TrainingCategory;
    jp: number;
    costPerParticipant: number;
    retiredOn: string | null;
    isEditable: boolean;
    provider: { __typename: 'Provider'; id: string; name: string };
    competencies: Array<{
      __typename: 'TrainingCompetency';
      maxLevel: number;
      competency: { __typename: 'Competency'; id: string; code: string; name: string };
    }>;
    prerequisites: Array<{ __typename: 'Training'; id: string; code: string; title: string }>;
  };
};

export type AdminSetExpiringWindowMutationVariables = Exact<{
  input: SetExpiringWindowInput;
}>;

export type AdminSetExpiringWindowMutation = { __typename: 'Mutation'; setExpiringWindow: number };

export type AdminSetJpSettingsMutationVariables = Exact<{
  input: JpSettingsInput;
}>;

export type AdminSetJpSettingsMutation = {
  __typename: 'Mutation';
  setJpSettings: { __typename: 'JpSetting'; jpTarget: number };
};

export type AdminStartMentorshipMutationVariables = Exact<{
  input: StartMentorshipInput;
}>;

export type AdminStartMentorshipMutation = {
  __typename: 'Mutation';
  startMentorship: {
    __typename: 'Mentorship';
    id: string;
    startsOn: string;
    endsOn: string | null;
    active: boolean;
    mentor: { __typename: 'Employee'; id: string; name: string };
    focusCompetencies: Array<{ __typename: 'Competency'; id: string; name: string }>;
  };
};

export type AdminSweepRemindersMutationVariables = Exact<{
  agencyId: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type AdminSweepRemindersMutation = {
  __typename: 'Mutation';
  sweepReminders: {
    __typename: 'EmployeeConnection';
    edges: Array<{
      __typename: 'EmployeeEdge';
      node: {
        __typename: 'Employee';
        id: string;
        trainingRemindersSwept: number | null;
        certificateRemindersSwept: number | null;
      };
    }>;
    pageInfo: { __typename: 'PageInfo'; hasNextPage: boolean; endCursor: string | null };
  };
};

export type AdminUpdateAgencySettingsMutationVariables = Exact<{
  input: AgencySettingsInput;
}>;

export type AdminUpdateAgencySettingsMutation = {
  __typename: 'Mutation';
  updateAgencySettings: { __typename: 'Agency'; id: string };
};

export type AdminUpdateTrainingSessionMutationVariables = Exact<{
  input: UpdateTrainingSessionInput;
}>;

export type AdminUpdateTrainingSessionMutation = {
  __typename: 'Mutation';
  updateTrainingSession: {
    __typename: 'TrainingSession';
    id: string;
    name: string;
    startDate: string;
    endDate: string;
    mode: SessionMode;
    location: string;
    capacity: number;
    seatsLeft: number;
    registrationDeadline: string;
    cancelledOn: string | null;
    cancelReason: string | null;
    isEditable: boolean;
    training: { __typename: 'Training'; id: string; code: string; title: string };
  };
};

export type AnswerNeedsSurveyMutationVariables = Exact<{
  input: AnswerNeedsSurveyInput;
}>;

export type AnswerNeedsSurveyMutation = {
  __typename: 'Mutation';
  answerNeedsSurvey: {
    __typename: 'NeedsSurveyResponse';
    id: string;
    forms: Array<TrainingForm>;
    note: string | null;
    submittedOn: string;
    competencies: Array<{ __typename: 'Competency'; id: string; name: string }>;
  };
};

export type ApplyDegreeStudyMutationVariables = Exact<{
  input: ApplyDegreeStudyInput;
}>;

export type ApplyDegreeStudyMutation = {
  __typename: 'Mutation';
  applyDegreeStudy: {
    __typename: 'DegreeStudy';
    id: string;
    kind: DegreeStudyKind;
    level: DegreeLevel;
    programme: string;
    institution: string;
    funding: DegreeFunding;
    startsOn: string;
    expectedEndOn: string;
    status: DegreeStudyStatus;
    appliedOn: string;
    managerApprovedOn: string | null;
    approvedOn: string | null;
    rejectionReason: string | null;
    graduatedOn: string | null;
    serviceBondMonths: number | null;
    serviceBondEndsOn: string | null;
    canDecide: boolean;
    canGraduate: boolean;
    employee: { __typename: 'Employee'; id: string; name: string };
    reports: Array<{
      __typename: 'DegreeStudyReport';
      id: string;
      semester: number;
      gpa: number;
      creditsEarned: number;
      note: string | null;
    }>;
  };
};

export type ApproveDegreeStudyMutationVariables = Exact<{
  input: DecideDegreeStudyInput;
}>;

export type ApproveDegreeStudyMutation = {
  __typename: 'Mutation';
  approveDegreeStudy: {
    __typename: 'DegreeStudy';
    id: string;
    kind: DegreeStudyKind;
    level: DegreeLevel;
    programme: string;
    institution: string;
    funding: DegreeFunding;
    startsOn: string;
    expectedEndOn: string;
    status: DegreeStudyStatus;
    appliedOn: string;
    managerApprovedOn: string | null;
    approvedOn: string | null;
    rejectionReason: string | null;
    graduatedOn: string | null;
    serviceBondMonths: number | null;
    serviceBondEndsOn: string | null;
    canDecide: boolean;
    canGraduate: boolean;
    employee: { __typename: 'Employee'; id: string; name: string };
    reports: Array<{
      __typename: 'DegreeStudyReport';
      id: string;
      semester: number;
      gpa: number;
      creditsEarned: number;
      note: string | null;
    }>;
  };
};

export type ApproveDevelopmentPlanMutationVariables = Exact<{
  input: PlanDecisionInput;
}>;

export type ApproveDevelopmentPlanMutation = {
  __typename: 'Mutation';
  approveDevelopmentPlan: {
    __typename: 'DevelopmentPlan';
    id: string;
    year: number;
    status: PlanStatus;
    managerNote: string | null;
    totalJp: number;
    totalCost: number;
    items: Array<{
      __typename: 'DevelopmentPlanItem';
      id: string;
      training: { __typename: 'Training'; id: string; title: string; jp: number; costPerParticipant: number };
      session: { __typename: 'TrainingSession'; id: string; name: string; startDate: string; endDate: string } | null;
    }>;
  };
};

export type ApproveEnrolmentMutationVariables = Exact<{
  input: EnrolmentDecisionInput;
}>;

export type ApproveEnrolmentMutation = {
  __typename: 'Mutation';
  approveEnrolment: {
    __typename: 'Enrolment';
    id: string;
    status: EnrolmentStatus;
    decisionNote: string | null;
    reactionRating: number | null;
  };
};

export type ApprovePlacementMutationVariables = Exact<{
  input: DecidePlacementInput;
}>;

export type ApprovePlacementMutation = {
  __typename: 'Mutation';
  approvePlacement: {
    __typename: 'Placement';
    id: string;
    kind: PlacementKind;
    hostOrganisation: string;
    supervisorName: string;
    supervisorContact: string | null;
    startsOn: string;
    endsOn: string;
    jp: number;
    goals: string;
    status: PlacementStatus;
    rejectionReason: string | null;
    report: string | null;
    hostAssessment: HostAssessment | null;
    canDecide: boolean;
    canComplete: boolean;
    employee: { __typename: 'Employee'; id: string; name: string };
    competencies: Array<{
      __typename: 'PlacementCompetency';
      targetLevel: number;
      competency: { __typename: 'Competency'; id: string; name: string };
    }>;
  };
};

export type CancelEnrolmentMutationVariables = Exact<{
  input: EnrolmentDecisionInput;
}>;

export type CancelEnrolmentMutation = {
  __typename: 'Mutation';
  cancelEnrolment: {
    __typename: 'Enrolment';
    id: string;
    status: EnrolmentStatus;
    decisionNote: string | null;
    reactionRating: number | null;
  };
};

export type ChooseCareerTargetMutationVariables = Exact<{
  input: ChooseCareerTargetInput;
}>;

export type ChooseCareerTargetMutation = {
  __typename: 'Mutation';
  chooseCareerTarget: {
    __typename: 'Employee';
    id: string;
    careerTarget: {
      __typename: 'CareerTarget';
      chosenOn: string;
      position: { __typename: 'Position'; id: string; name: string };
      option: {
        __typename: 'CareerOption';
        employeeId: string;
        positionId: string;
        jpm: number;
        jpmCategory: SelectionCategory;
        trainingPlan: { __typename: 'CareerTrainingPlan'; totalJp: number; plannedJp: number } | null;
      } | null;
      progress: {
        __typename: 'CareerTargetProgress';
        competenciesMet: number;
        competencyCount: number;
        requirementsMet: number;
        requirementCount: number;
        complete: boolean;
      } | null;
    } | null;
  };
};

export type ClearCareerTargetMutationVariables = Exact<{
  input: ClearCareerTargetInput;
}>;

export type ClearCareerTargetMutation = {
  __typename: 'Mutation';
  clearCareerTarget: {
    __typename: 'Employee';
    id: string;
    careerTarget: {
      __typename: 'CareerTarget';
      chosenOn: string;
      position: { __typename: 'Position'; id: string; name: string };
      option: {
        __typename: 'CareerOption';
        employeeId: string;
        positionId: string;
        jpm: number;
        jpmCategory: SelectionCategory;
        trainingPlan: { __typename: 'CareerTrainingPlan'; totalJp: number; plannedJp: number } | null;
      } | null;
      progress: {
        __typename: 'CareerTargetProgress';
        competenciesMet: number;
        competencyCount: number;
        requirementsMet: number;
        requirementCount: number;
        complete: boolean;
      } | null;
    } | null;
  };
};

export type CloseReassessmentProposalMutationVariables = Exact<{
  input: CloseReassessmentProposalInput;
}>;

export type CloseReassessmentProposalMutation = {
  __typename: 'Mutation';
  closeReassessmentProposal: { __typename: 'Enrolment'; id: string; reassessmentClosedOn: string | null };
};

export type CompletePlacementMutationVariables = Exact<{
  input: CompletePlacementInput;
}>;

export type CompletePlacementMutation = {
  __typename: 'Mutation';
  completePlacement: {
    __typename: 'Placement';
    id: string;
    kind: PlacementKind;
    hostOrganisation: string;
    supervisorName: string;
    supervisorContact: string | null;
    startsOn: string;
    endsOn: string;
    jp: number;
    goals: string;
    status: PlacementStatus;
    rejectionReason: string | null;
    report: string | null;
    hostAssessment: HostAssessment | null;
    canDecide: boolean;
    canComplete: boolean;
    employee: { __typename: 'Employee'; id: string; name: string };
    competencies: Array<{
      __typename: 'PlacementCompetency';
      targetLevel: number;
      competency: { __typename: 'Competency'; id: string; name: string };
    }>;
  };
};

export type CreateEmployeeMutationVariables = Exact<{
  input: CreateEmployeeInput;
}>;

export type CreateEmployeeMutation = {
  __typename: 'Mutation';
  createEmployee: {
    __typename: 'Employee';
    id: string;
    version: number;
    nip: string | null;
    name: string;
    employeeType: EmployeeType;
    pppkGrade: string | null;
    golongan: Golongan | null;
    education: Education;
    positionSince: string;
    performancePredikat: PerformancePredikat | null;
    potentialScore: number | null;
    birthDate: string | null;
    appointmentMonth: string | null;
    gender: Gender | null;
    position: { __typename: 'Position'; id: string; name: string };
    unit: { __typename: 'Unit'; id: string; name: string };
  };
};

export type CreateTrainingSessionMutationVariables = Exact<{
  input: CreateTrainingSessionInput;
}>;

export type CreateTrainingSessionMutation = {
  __typename: 'Mutation';
  createTrainingSession: {
    __typename: 'TrainingSession';
    id: string;
    name: string;
    startDate: string;
    endDate: string;
    mode: SessionMode;
    location: string;
    capacity: number;
    seatsLeft: number;
    registrationDeadline: string;
    cancelledOn: string | null;
    cancelReason: string | null;
    isEditable: boolean;
    training: { __typename: 'Training'; id: string; code: string; title: string };
  };
};

export type DecideFollowUpMutationVariables = Exact<{
  input: DecideFollowUpInput;
}>;

export type DecideFollowUpMutation = {
  __typename: 'Mutation';
  decideFollowUp: { __typename: 'Enrolment'; id: string; followUpDecision: FollowUpDecision | null };
};

export type EndMentorshipMutationVariables = Exact<{
  input: EndMentorshipInput;
}>;

export type EndMentorshipMutation = {
  __typename: 'Mutation';
  endMentorship: {
    __typename: 'Mentorship';
    id: string;
    startsOn: string;
    endsOn: string | null;
    active: boolean;
    mentor: { __typename: 'Employee'; id: string; name: string };
    focusCompetencies: Array<{ __typename: 'Competency'; id: string; name: string }>;
  };
};

export type EndMentorshipWithOutcomeMutationVariables = Exact<{
  input: EndMentorshipInput;
}>;

export type EndMentorshipWithOutcomeMutation = {
  __typename: 'Mutation';
  endMentorship: {
    __typename: 'Mentorship';
    id: string;
    startsOn: string;
    endsOn: string | null;
    active: boolean;
    outcome: MentorshipOutcome | null;
    outcomeNote: string | null;
    mentor: { __typename: 'Employee'; id: string; name: string };
    mentee: { __typename: 'Employee'; id: string; name: string };
    focusCompetencies: Array<{ __typename: 'Competency'; id: string; name: string }>;
    log: Array<{ __typename: 'MentorshipLogEntry'; id: string; heldOn: string; kind: MentorshipLogKind; note: string }>;
  };
};

export type EndPartnershipMutationVariables = Exact<{
  input: EndPartnershipInput;
}>;

export type EndPartnershipMutation = {
  __typename: 'Mutation';
  endPartnership: {
    __typename: 'Partnership';
    id: string;
    partnerName: string;
    partnerKind: PartnerKind;
    agreementKind: AgreementKind;
    documentNumber: string;
    scope: string;
    startsOn: string;
    endsOn: string;
    endedOn: string | null;
    contactName: string;
    contactInfo: string | null;
    status: PartnershipStatus;
    lastActivityOn: string | null;
    participants: number;
    provider: { __typename: 'Provider'; id: string; name: string } | null;
    activities: Array<{
      __typename: 'PartnershipActivity';
      id: string;
      kind: PartnershipActivityKind;
      title: string;
      heldOn: string;
      participants: number;
    }>;
  };
};

export type GraduateDegreeStudyMutationVariables = Exact<{
  input: GraduateDegreeStudyInput;
}>;

export type GraduateDegreeStudyMutation = {
  __typename: 'Mutation';
  graduateDegreeStudy: {
    __typename: 'DegreeStudy';
    id: string;
    kind: DegreeStudyKind;
    level: DegreeLevel;
    programme: string;
    institution: string;
    funding: DegreeFunding;
    startsOn: string;
    expectedEndOn: string;
    status: DegreeStudyStatus;
    appliedOn: string;
    managerApprovedOn: string | null;
    approvedOn: string | null;
    rejectionReason: string | null;
    graduatedOn: string | null;
    serviceBondMonths: number | null;
    serviceBondEndsOn: string | null;
    canDecide: boolean;
    canGraduate: boolean;
    employee: { __typename: 'Employee'; id: string; name: string };
    reports: Array<{
      __typename: 'DegreeStudyReport';
      id: string;
      semester: number;
      gpa: number;
      creditsEarned: number;
      note: string | null;
    }>;
  };
};

export type ImportAssessmentsMutationVariables = Exact<{
  input: ImportAssessmentsInput;
}>;

export type ImportAssessmentsMutation = {
  __typename: 'Mutation';
  importAssessments: { __typename: 'AssessmentImportResult'; imported: number; employees: number; dryRun: boolean };
};

export type MarkNotificationsReadMutationVariables = Exact<{
  training: Array<string | number> | string | number;
  certification: Array<string | number> | string | number;
}>;

export type MarkNotificationsReadMutation = {
  __typename: 'Mutation';
  markTrainingNotificationsRead: number;
  markCertificationNotificationsRead: number;
};

export type MyPastTrainingSubmitMutationVariables = Exact<{
  input: PastTrainingInput;
}>;

export type MyPastTrainingSubmitMutation = {
  __typename: 'Mutation';
  submitPastTraining: { __typename: 'PastTraining'; id: string; status: PastTrainingStatus };
};

export type OpenNeedsSurveyMutationVariables = Exact<{
  input: OpenNeedsSurveyInput;
}>;

export type OpenNeedsSurveyMutation = {
  __typename: 'Mutation';
  openNeedsSurvey: { __typename: 'NeedsSurvey'; id: string; closesOn: string };
};

export type ProposePlacementMutationVariables = Exact<{
  input: ProposePlacementInput;
}>;

export type ProposePlacementMutation = {
  __typename: 'Mutation';
  proposePlacement: {
    __typename: 'Placement';
    id: string;
    kind: PlacementKind;
    hostOrganisation: string;
    supervisorName: string;
    supervisorContact: string | null;
    startsOn: string;
    endsOn: string;
    jp: number;
    goals: string;
    status: PlacementStatus;
    rejectionReason: string | null;
    report: string | null;
    hostAssessment: HostAssessment | null;
    canDecide: boolean;
    canComplete: boolean;
    employee: { __typename: 'Employee'; id: string; name: string };
    competencies: Array<{
      __typename: 'PlacementCompetency';
      targetLevel: number;
      competency: { __typename: 'Competency'; id: string; name: string };
    }>;
  };
};

export type RateApplicationMutationVariables = Exact<{
  input: RateApplicationInput;
}>;

export type RateApplicationMutation = {
  __typename: 'Mutation';
  rateApplication: {
    __typename: 'Enrolment';
    id: string;
    applicationRating: number | null;
    followUp: FollowUpKind | null;
  };
};

export type RecordAssessmentMutationVariables = Exact<{
  input: RecordAssessmentInput;
}>;

export type RecordAssessmentMutation = {
  __typename: 'Mutation';
  recordAssessment: {
    __typename: 'Assessment';
    id: string;
    level: number;
    source: AssessmentSource;
    assessedOn: string;
    assessor: string;
    competency: { __typename: 'Competency'; id: string; name: string };
  };
};

export type RecordCertificateMutationVariables = Exact<{
  input: RecordCertificateInput;
}>;

export type RecordCertificateMutation = {
  __typename: 'Mutation';
  recordCertificate: {
    __typename: 'Certificate';
    id: string;
    number: string;
    issuedOn: string;
    expiresOn: string | null;
    status: CertificateStatus;
    daysUntilExpiry: number | null;
    verificationState: VerificationState;
    revocationReason: string | null;
    remindedOn: string | null;
    employee: { __typename: 'Employee'; id: string; name: string };
    scheme: { __typename: 'Scheme'; id: string; code: string; name: string };
  };
};

export type RecordPartnershipActivityMutationVariables = Exact<{
  input: PartnershipActivityInput;
}>;

export type RecordPartnershipActivityMutation = {
  __typename: 'Mutation';
  recordPartnershipActivity: { __typename: 'PartnershipActivity'; id: string };
};

export type RecordReactionMutationVariables = Exact<{
  input: RecordReactionInput;
}>;

export type RecordReactionMutation = {
  __typename: 'Mutation';
  recordReaction: {
    __typename: 'Enrolment';
    id: string;
    status: EnrolmentStatus;
    decisionNote: string | null;
    reactionRating: number | null;
  };
};

export type RejectDegreeStudyMutationVariables = Exact<{
  input: DecideDegreeStudyInput;
}>;

export type RejectDegreeStudyMutation = {
  __typename: 'Mutation';
  rejectDegreeStudy: {
    __typename: 'DegreeStudy';
    id: string;
    kind: DegreeStudyKind;
    level: DegreeLevel;
    programme: string;
    institution: string;
    funding: DegreeFunding;
    startsOn: string;
    expectedEndOn: string;
    status: DegreeStudyStatus;
    appliedOn: string;
    managerApprovedOn: string | null;
    approvedOn: string | null;
    rejectionReason: string | null;
    graduatedOn: string | null;
    serviceBondMonths: number | null;
    serviceBondEndsOn: string | null;
    canDecide: boolean;
    canGraduate: boolean;
    employee: { __typename: 'Employee'; id: string; name: string };
    reports: Array<{
      __typename: 'DegreeStudyReport';
      id: string;
      semester: number;
      gpa: number;
      creditsEarned: number;
      note: string | null;
    }>;
  };
};

export type RejectEnrolmentMutationVariables = Exact<{
  input: EnrolmentDecisionInput;
}>;

export type RejectEnrolmentMutation = {
  __typename: 'Mutation';
  rejectEnrolment: {
    __typename: 'Enrolment';
    id: string;
    status: EnrolmentStatus;
    decisionNote: string | null;
    reactionRating: number | null;
  };
};

export type RejectPlacementMutationVariables = Exact<{
  input: DecidePlacementInput;
}>;

export type RejectPlacementMutation = {
  __typename: 'Mutation';
  rejectPlacement: {
    __typename: 'Placement';
    id: string;
    kind: PlacementKind;
    hostOrganisation: string;
    supervisorName: string;
    supervisorContact: string | null;
    startsOn: string;
    endsOn: string;
    jp: number;
    goals: string;
    status: PlacementStatus;
    rejectionReason: string | null;
    report: string | null;
    hostAssessment: HostAssessment | null;
    canDecide: boolean;
    canComplete: boolean;
    employee: { __typename: 'Employee'; id: string; name: string };
    competencies: Array<{
      __typename: 'PlacementCompetency';
      targetLevel: number;
      competency: { __typename: 'Competency'; id: string; name: string };
    }>;
  };
};

export type RemoveTrainingFromPlanMutationVariables = Exact<{
  input: RemoveTrainingFromPlanInput;
}>;

export type RemoveTrainingFromPlanMutation = {
  __typename: 'Mutation';
  removeTrainingFromPlan: {
    __typename: 'DevelopmentPlan';
    id: string;
    year: number;
    status: PlanStatus;
    managerNote: string | null;
    totalJp: number;
    totalCost: number;
    items: Array<{
      __typename: 'DevelopmentPlanItem';
      id: string;
      training: { __typename: 'Training'; id: string; title: string; jp: number; costPerParticipant: number };
      session: { __typename: 'TrainingSession'; id: string; name: string; startDate: string; endDate: string } | null;
    }>;
  };
};

export type RenewCertificateMutationVariables = Exact<{
  input: RenewCertificateInput;
}>;

export type RenewCertificateMutation = {
  __typename: 'Mutation';
  renewCertificate: {
    __typename: 'Certificate';
    id: string;
    number: string;
    issuedOn: string;
    expiresOn: string | null;
    status: CertificateStatus;
    daysUntilExpiry: number | null;
    verificationState: VerificationState;
    revocationReason: string | null;
    remindedOn: string | null;
    employee: { __typename: 'Employee'; id: string; name: string };
    scheme: { __typename: 'Scheme'; id: string; code: string; name: string };
  };
};

export type ReportDegreeStudyMutationVariables = Exact<{
  input: ReportDegreeStudyInput;
}>;

export type ReportDegreeStudyMutation = {
  __typename: 'Mutation';
  reportDegreeStudy: { __typename: 'DegreeStudyReport'; id: string; semester: number };
};

export type RequestEnrolmentMutationVariables = Exact<{
  input: RequestEnrolmentInput;
}>;

export type RequestEnrolmentMutation = {
  __typename: 'Mutation';
  requestEnrolment: {
    __typename: 'Enrolment';
    id: string;
    status: EnrolmentStatus;
    decisionNote: string | null;
    reactionRating: number | null;
  };
};

export type ReturnDevelopmentPlanMutationVariables = Exact<{
  input: PlanDecisionInput;
}>;

export type ReturnDevelopmentPlanMutation = {
  __typename: 'Mutation';
  returnDevelopmentPlan: {
    __typename: 'DevelopmentPlan';
    id: string;
    year: number;
    status: PlanStatus;
    managerNote: string | null;
    totalJp: number;
    totalCost: number;
    items: Array<{
      __typename: 'DevelopmentPlanItem';
      id: string;
      training: { __typename: 'Training'; id: string; title: string; jp: number; costPerParticipant: number };
      session: { __typename: 'TrainingSession'; id: string; name: string; startDate: string; endDate: string } | null;
    }>;
  };
};

export type RevokeCertificateMutationVariables = Exact<{
  input: RevokeCertificateInput;
}>;

export type RevokeCertificateMutation = {
  __typename: 'Mutation';
  revokeCertificate: {
    __typename: 'Certificate';
    id: string;
    number: string;
    issuedOn: string;
    expiresOn: string | null;
    status: CertificateStatus;
    daysUntilExpiry: number | null;
    verificationState: VerificationState;
    revocationReason: string | null;
    remindedOn: string | null;
    employee: { __typename: 'Employee'; id: string; name: string };
    scheme: { __typename: 'Scheme'; id: string; code: string; name: string };
  };
};

export type SavePartnershipMutationVariables = Exact<{
  input: PartnershipInput;
}>;

export type SavePartnershipMutation = {
  __typename: 'Mutation';
  savePartnership: {
    __typename: 'Partnership';
    id: string;
    partnerName: string;
    partnerKind: PartnerKind;
    agreementKind: AgreementKind;
    documentNumber: string;
    scope: string;
    startsOn: string;
    endsOn: string;
    endedOn: string | null;
    contactName: string;
    contactInfo: string | null;
    status: PartnershipStatus;
    lastActivityOn: string | null;
    participants: number;
    provider: { __typename: 'Provider'; id: string; name: string } | null;
    activities: Array<{
      __typename: 'PartnershipActivity';
      id: string;
      kind: PartnershipActivityKind;
      title: string;
      heldOn: string;
      participants: number;
    }>;
  };
};

export type SetPositionStandardMutationVariables = Exact<{
  input: SetPositionStandardInput;
}>;

export type SetPositionStandardMutation = {
  __typename: 'Mutation';
  setPositionStandard: {
    __typename: 'Position';
    id: string;
    standard: Array<{
      __typename: 'CompetencyStandard';
      requiredLevel: number;
      competency: { __typename: 'Competency'; id: string; code: string; name: string; type: CompetencyType };
    }>;
  };
};

export type SetTrainingBudgetMutationVariables = Exact<{
  input: SetTrainingBudgetInput;
}>;

export type SetTrainingBudgetMutation = {
  __typename: 'Mutation';
  setTrainingBudget: { __typename: 'TrainingBudget'; id: string; unitId: string; year: number; amount: number };
};

export type SetUnitSatisfactionMutationVariables = Exact<{
  input: SetUnitSatisfactionInput;
}>;

export type SetUnitSatisfactionMutation = {
  __typename: 'Mutation';
  setUnitSatisfaction: { __typename: 'UnitSatisfaction'; id: string; unitId: string; year: number; score: number };
};

export type StartMentorshipMutationVariables = Exact<{
  input: StartMentorshipInput;
}>;

export type StartMentorshipMutation = {
  __typename: 'Mutation';
  startMentorship: {
    __typename: 'Mentorship';
    id: string;
    startsOn: string;
    mentor: { __typename: 'Employee'; id: string; name: string };
    mentorLevelWarnings: Array<{
      __typename: 'MentorLevelWarning';
      mentorLevel: number;
      targetLevel: number;
      competency: { __typename: 'Competency'; id: string; name: string };
    }>;
  };
};

export type SubmitDevelopmentPlanMutationVariables = Exact<{
  input: PlanDecisionInput;
}>;

export type SubmitDevelopmentPlanMutation = {
  __typename: 'Mutation';
  submitDevelopmentPlan: {
    __typename: 'DevelopmentPlan';
    id: string;
    year: number;
    status: PlanStatus;
    managerNote: string | null;
    totalJp: number;
    totalCost: number;
    items: Array<{
      __typename: 'DevelopmentPlanItem';
      id: string;
      training: { __typename: 'Training'; id: string; title: string; jp: number; costPerParticipant: number };
      session: { __typename: 'TrainingSession'; id: string; name: string; startDate: string; endDate: string } | null;
    }>;
  };
};

export type UpdateEmployeeMutationVariables = Exact<{
  input: UpdateEmployeeInput;
}>;

export type UpdateEmployeeMutation = {
  __typename: 'Mutation';
  updateEmployee: {
    __typename: 'Employee';
    id: string;
    version: number;
    nip: string | null;
    name: string;
    employeeType: EmployeeType;
    pppkGrade: string | null;
    golongan: Golongan | null;
    education: Education;
    positionSince: string;
    performancePredikat: PerformancePredikat | null;
    potentialScore: number | null;
    birthDate: string | null;
    appointmentMonth: string | null;
    gender: Gender | null;
    position: { __typename: 'Position'; id: string; name: string };
    unit: { __typename: 'Unit'; id: string; name: string };
  };
};

export type VerifyCertificateMutationVariables = Exact<{
  input: VerifyCertificateInput;
}>;

export type VerifyCertificateMutation = {
  __typename: 'Mutation';
  verifyCertificate: {
    __typename: 'Certificate';
    id: string;
    number: string;
    issuedOn: string;
    expiresOn: string | null;
    status: CertificateStatus;
    daysUntilExpiry: number | null;
    verificationState: VerificationState;
    revocationReason: string | null;
    remindedOn: string | null;
    employee: { __typename: 'Employee'; id: string; name: string };
    scheme: { __typename: 'Scheme'; id: string; code: string; name: string };
  };
};

export type AdminAgencySettingsQueryVariables = Exact<{
  agencyId: string | number;
}>;

export type AdminAgencySettingsQuery = {
  __typename: 'Query';
  agency: {
    __typename: 'Agency';
    id: string;
    name: string;
    timeZone: string;
    jpmFormula: JpmFormula;
    assessmentValidityYears: number;
    potentialMenengahFrom: number;
    potentialTinggiFrom: number;
    mentorMenteeLimit: number;
    retirementHorizonYears: number;
    expiringWithinDays: number;
    jpSettings: {
      __typename: 'JpSetting';
      jpTarget: number;
      pppkJpCap: number;
      postTestPassScore: number;
      applicationRatingAfterMonths: number;
      reassessmentProposalMonths: number;
      partnershipLapsingDays: number;
      partnershipUnusedMonths: number;
      source: string;
    };
  } | null;
};

export type AdminApiKeysQueryVariables = Exact<{ [key: string]: never }>;

export type AdminApiKeysQuery = {
  __typename: 'Query';
  apiKeys: Array<{
    __typename: 'ApiKey';
    id: string;
    name: string;
    scopes: Array<string>;
    createdAt: string;
    createdBy: string | null;
    revokedAt: string | null;
  }>;
};

export type AdminAuditActorsQueryVariables = Exact<{
  actors: Array<string> | string;
}>;

export type AdminAuditActorsQuery = {
  __typename: 'Query';
  auditActors: Array<{ __typename: 'AuditActor'; actor: string; name: string | null }>;
};

export type AdminAuditLogQueryVariables = Exact<{
  first: number;
  actor?: string | null | undefined;
  action?: string | null | undefined;
  entityName?: string | null | undefined;
  since?: string | null | undefined;
  until?: string | null | undefined;
  personnelBefore?: string | number | null | undefined;
  trainingBefore?: string | number | null | undefined;
  certificationBefore?: string | number | null | undefined;
}>;

export type AdminAuditLogQuery = {
  __typename: 'Query';
  personnelAuditLog: Array<{
    __typename: 'AuditEntry';
    id: string;
    occurredAt: string;
    actor: string;
    action: string;
    entityName: string;
    entityId: string | null;
  }>;
  trainingAuditLog: Array<{
    __typename: 'AuditEntry';
    id: string;
    occurredAt: string;
    actor: string;
    action: string;
    entityName: string;
    entityId: string | null;
  }>;
  certificationAuditLog: Array<{
    __typename: 'AuditEntry';
    id: string;
    occurredAt: string;
    actor: string;
    action: string;
    entityName: string;
    entityId: string | null;
  }>;
};

export type AdminCatalogOptionsQueryVariables = Exact<{ [key: string]: never }>;

export type AdminCatalogOptionsQuery = {
  __typename: 'Query';
  trainingProviders: Array<{
    __typename: 'Provider';
    id: string;
    name: string;
    kind: ProviderKind;
    retiredOn: string | null;
    isEditable: boolean;
  }>;
  competencies: Array<{ __typename: 'Competency'; id: string; code: string; name: string }>;
  trainings: {
    __typename: 'TrainingConnection';
    edges: Array<{
      __typename: 'TrainingEdge';
      node: { __typename: 'Training'; id: string; code: string; title: string };
    }>;
  };
};

export type AdminCatalogTrainingsQueryVariables = Exact<{
  filter?: TrainingFilter | null | undefined;
  after?: string | null | undefined;
}>;

export type AdminCatalogTrainingsQuery = {
  __typename: 'Query';
  trainings: {
    __typename: 'TrainingConnection';
    totalCount: number;
    pageInfo: { __typename: 'PageInfo'; hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      __typename: 'TrainingEdge';
      node: {
        __typename: 'Training';
        id: string;
        code: string;
        title: string;
        description: string;
        form: TrainingForm;
        category: TrainingCategory;
        jp: number;
        costPerParticipant: number;
        retiredOn: string | null;
        isEditable: boolean;
        provider: { __typename: 'Provider'; id: string; name: string };
        competencies: Array<{
          __typename: 'TrainingCompetency';
          maxLevel: number;
          competency: { __typename: 'Competency'; id: string; code: string; name: string };
        }>;
        prerequisites: Array<{ __typename: 'Training'; id: string; code: string; title: string }>;
      };
    }>;
  };
};

export type AdminCertificatesQueryVariables = Exact<{
  filter?: CertificateFilter | null | undefined;
}>;

export type AdminCertificatesQuery = {
  __typename: 'Query';
  certificates: {
    __typename: 'CertificateConnection';
    totalCount: number;
    edges: Array<{
      __typename: 'CertificateEdge';
      node: {
        __typename: 'Certificate';
        id: string;
        number: string;
        issuedOn: string;
        expiresOn: string | null;
        status: CertificateStatus;
        daysUntilExpiry: number | null;
        verificationState: VerificationState;
        revocationReason: string | null;
        remindedOn: string | null;
        employee: { __typename: 'Employee'; id: string; name: string };
        scheme: { __typename: 'Scheme'; id: string; code: string; name: string };
      };
    }>;
  };
  schemes: {
    __typename: 'SchemeConnection';
    edges: Array<{
      __typename: 'SchemeEdge';
      node: { __typename: 'Scheme'; id: string; code: string; name: string; validityMonths: number | null };
    }>;
  };
};

export type AdminCompetenciesQueryVariables = Exact<{ [key: string]: never }>;

export type AdminCompetenciesQuery = {
  __typename: 'Query';
  competencies: Array<{
    __typename: 'Competency';
    id: string;
    code: string;
    name: string;
    type: CompetencyType;
    definition: string;
    retiredOn: string | null;
    isEditable: boolean;
    levels: Array<{ __typename: 'CompetencyLevel'; level: number; descriptor: string }>;
  }>;
};

export type AdminDashboardQueryVariables = Exact<{
  agencyId: string | number;
  year: number;
  nextYear: number;
}>;

export type AdminDashboardQuery = {
  __typename: 'Query';
  units: Array<{
    __typename: 'Unit';
    id: string;
    name: string;
    depth: number;
    parent: { __typename: 'Unit'; id: string } | null;
    jpmCategoryShares: Array<{ __typename: 'JpmCategoryShare'; category: MappingCategory; count: number }> | null;
    jpCompliance: {
      __typename: 'JpCompliance';
      target: number;
      members: number;
      atOrAbove: number;
      below: number;
      none: number;
      pppkCap: number;
      pppkMembers: number;
      pppkWithinCap: number;
      pppkOverCap: number;
    } | null;
    expiringCertificates: Array<{ __typename: 'Certificate'; id: string }> | null;
    pendingEnrolments: Array<{ __typename: 'Enrolment'; id: string }> | null;
    submittedPlans: Array<{ __typename: 'DevelopmentPlan'; id: string }> | null;
    trainingSpend: { __typename: 'TrainingSpend'; budget: number; committed: number } | null;
  }>;
};

export type AdminDashboardJpRiskQueryVariables = Exact<{
  unitId: string | number;
}>;

export type AdminDashboardJpRiskQuery = {
  __typename: 'Query';
  unit: {
    __typename: 'Unit';
    id: string;
    jpProjection: {
      __typename: 'UnitJpProjection';
      atRisk: Array<{
        __typename: 'JpProjection';
        earned: number;
        pending: number;
        shortfall: number | null;
        employee: {
          __typename: 'Employee';
          id: string;
          name: string;
          unit: { __typename: 'Unit'; id: string; name: string };
        };
      }>;
    } | null;
  } | null;
};

export type AdminDashboardTrendsQueryVariables = Exact<{
  unitId: string | number;
  years: Array<number> | number;
}>;

export type AdminDashboardTrendsQuery = {
  __typename: 'Query';
  unit: {
    __typename: 'Unit';
    id: string;
    jpmCategoryTrend: Array<{
      __typename: 'JpmYearShares';
      year: number;
      shares: Array<{ __typename: 'JpmCategoryShare'; category: MappingCategory; count: number; share: number }>;
    }> | null;
    successTrend: Array<{
      __typename: 'UnitSuccessYear';
      year: number;
      spend: number;
      pnsMembers: number;
      pnsAtOrAbove: number;
      jpComplianceShare: number | null;
    }> | null;
  } | null;
};

export type AdminEmployeeQueryVariables = Exact<{
  id: string | number;
}>;

export type AdminEmployeeQuery = {
  __typename: 'Query';
  employee: {
    __typename: 'Employee';
    id: string;
    version: number;
    nip: string | null;
    name: string;
    employeeType: EmployeeType;
    pppkGrade: string | null;
    golongan: Golongan | null;
    education: Education;
    positionSince: string;
    performancePredikat: PerformancePredikat | null;
    potentialScore: number | null;
    birthDate: string | null;
    appointmentMonth: string | null;
    gender: Gender | null;
    position: { __typename: 'Position'; id: string; name: string };
    unit: { __typename: 'Unit'; id: string; name: string };
  } | null;
};

export type AdminEmployeeHistoriesQueryVariables = Exact<{
  id: string | number;
}>;

export type AdminEmployeeHistoriesQuery = {
  __typename: 'Query';
  employee: {
    __typename: 'Employee';
    id: string;
    employeeType: EmployeeType;
    performanceRatings: Array<{
      __typename: 'PerformanceRating';
      id: string;
      year: number;
      predikat: PerformancePredikat;
      ratedBy: string;
    }> | null;
    rankHistory: Array<{
      __typename: 'RankHistory';
      id: string;
      tmt: string;
      decreeNumber: string;
      golongan: Golongan | null;
      pppkGrade: string | null;
    }> | null;
    positionHistory: Array<{
      __typename: 'PositionHistory';
      id: string;
      fromDate: string;
      toDate: string | null;
      position: { __typename: 'Position'; id: string; name: string } | null;
      unit: { __typename: 'Unit'; id: string; name: string } | null;
    }> | null;
    educationHistory: Array<{
      __typename: 'EducationHistory';
      id: string;
      level: Education;
      field: string;
      institution: string;
      year: number;
    }> | null;
  } | null;
};

export type AdminJpProjectionQueryVariables = Exact<{
  agencyId: string | number;
}>;

export type AdminJpProjectionQuery = {
  __typename: 'Query';
  agency: {
    __typename: 'Agency';
    id: string;
    name: string;
    rootUnits: Array<{
      __typename: 'Unit';
      id: string;
      name: string;
      jpProjection: {
        __typename: 'UnitJpProjection';
        year: number;
        target: number;
        cap: number;
        pnsMembers: number;
        pppkMembers: number;
        totalShortfall: number;
        suggestedCost: number;
        atRisk: Array<{
          __typename: 'JpProjection';
          year: number;
          employeeType: EmployeeType;
          earned: number;
          pending: number;
          target: number | null;
          shortfall: number | null;
          cap: number | null;
          exceedsCap: boolean;
          closable: boolean;
          suggestedCost: number;
          employee: { __typename: 'Employee'; id: string; name: string };
          suggestedSessions: Array<{
            __typename: 'SuggestedSession';
            jp: number;
            cost: number;
            session: {
              __typename: 'TrainingSession';
              id: string;
              name: string;
              endDate: string;
              registrationDeadline: string;
            };
            training: { __typename: 'Training'; id: string; title: string };
          }>;
        }>;
        overCap: Array<{
          __typename: 'JpProjection';
          year: number;
          employeeType: EmployeeType;
          earned: number;
          pending: number;
          target: number | null;
          shortfall: number | null;
          cap: number | null;
          exceedsCap: boolean;
          closable: boolean;
          suggestedCost: number;
          employee: { __typename: 'Employee'; id: string; name: string };
          suggestedSessions: Array<{
            __typename: 'SuggestedSession';
            jp: number;
            cost: number;
            session: {
              __typename: 'TrainingSession';
              id: string;
              name: string;
              endDate: string;
              registrationDeadline: string;
            };
            training: { __typename: 'Training'; id: string; title: string };
          }>;
        }>;
      } | null;
    }>;
  } | null;
};

export type AdminMentorshipsQueryVariables = Exact<{
  menteeId: string | number;
}>;

export type AdminMentorshipsQuery = {
  __typename: 'Query';
  employee: {
    __typename: 'Employee';
    id: string;
    name: string;
    mentors: Array<{
      __typename: 'Mentorship';
      id: string;
      startsOn: string;
      endsOn: string | null;
      active: boolean;
      mentor: { __typename: 'Employee'; id: string; name: string };
      focusCompetencies: Array<{ __typename: 'Competency'; id: string; name: string }>;
    }> | null;
  } | null;
  competencies: Array<{ __typename: 'Competency'; id: string; code: string; name: string }>;
};

export type AdminOrganisationQueryVariables = Exact<{
  agencyId: string | number;
}>;

export type AdminOrganisationQuery = {
  __typename: 'Query';
  units: Array<{
    __typename: 'Unit';
    id: string;
    name: string;
    depth: number;
    parent: { __typename: 'Unit'; id: string } | null;
  }>;
  positions: Array<{
    __typename: 'Position';
    id: string;
    name: string;
    kind: PositionKind;
    functionalLevel: FunctionalLevel | null;
    minGolongan: Golongan;
    minEducation: Education;
    retirementAge: number;
    minPppkGrade: number | null;
    minPppkGradeIsDefault: boolean;
    defaultMinPppkGrade: number | null;
    retiredOn: string | null;
    unit: { __typename: 'Unit'; id: string };
  }>;
  careerLadder: Array<{
    __typename: 'CareerLadderEdge';
    id: string;
    kind: CareerMoveKind;
    minYearsInPosition: number;
    fromPosition: { __typename: 'Position'; id: string };
    toPosition: { __typename: 'Position'; id: string };
  }>;
};

export type AdminPartnershipsQueryVariables = Exact<{ [key: string]: never }>;

export type AdminPartnershipsQuery = {
  __typename: 'Query';
  partnerships: Array<{
    __typename: 'Partnership';
    id: string;
    partnerName: string;
    partnerKind: PartnerKind;
    agreementKind: AgreementKind;
    documentNumber: string;
    scope: string;
    startsOn: string;
    endsOn: string;
    endedOn: string | null;
    contactName: string;
    contactInfo: string | null;
    status: PartnershipStatus;
    lastActivityOn: string | null;
    participants: number;
    provider: { __typename: 'Provider'; id: string; name: string } | null;
    activities: Array<{
      __typename: 'PartnershipActivity';
      id: string;
      kind: PartnershipActivityKind;
      title: string;
      heldOn: string;
      participants: number;
    }>;
  }>;
};

export type AdminPastTrainingQueueQueryVariables = Exact<{ [key: string]: never }>;

export type AdminPastTrainingQueueQuery = {
  __typename: 'Query';
  pastTrainingsToVerify: Array<{
    __typename: 'PastTraining';
    id: string;
    title: string;
    category: TrainingCategory;
    startDate: string;
    endDate: string;
    jp: number;
    providerName: string | null;
    certificateNumber: string | null;
    employee: { __typename: 'Employee'; id: string; name: string };
  }>;
};

export type AdminPositionStandardQueryVariables = Exact<{
  positionId: string | number;
}>;

export type AdminPositionStandardQuery = {
  __typename: 'Query';
  positionStandard: Array<{
    __typename: 'CompetencyStandard';
    requiredLevel: number;
    competency: { __typename: 'Competency'; id: string; code: string; name: string; type: CompetencyType };
  }>;
};

export type AdminPositionsQueryVariables = Exact<{
  agencyId: string | number;
}>;

export type AdminPositionsQuery = {
  __typename: 'Query';
  positions: Array<{
    __typename: 'Position';
    id: string;
    name: string;
    minGolongan: Golongan;
    minEducation: Education;
    kind: PositionKind;
    functionalLevel: FunctionalLevel | null;
    unit: { __typename: 'Unit'; id: string };
  }>;
};

export type AdminSchemeCatalogQueryVariables = Exact<{
  search?: string | null | undefined;
  agencyId: string | number;
}>;

export type AdminSchemeCatalogQuery = {
  __typename: 'Query';
  schemes: {
    __typename: 'SchemeConnection';
    totalCount: number;
    edges: Array<{
      __typename: 'SchemeEdge';
      node: {
        __typename: 'Scheme';
        id: string;
        code: string;
        name: string;
        validityMonths: number | null;
        nationallyRecognised: boolean;
        retiredOn: string | null;
        isEditable: boolean;
        issuer: { __typename: 'Issuer'; id: string; code: string };
        certifies: Array<{
          __typename: 'SchemeCompetency';
          level: number;
          competency: { __typename: 'Competency'; id: string; code: string; name: string };
        }>;
        requiredFor: Array<{ __typename: 'Position'; id: string; name: string }>;
      };
    }>;
  };
  issuers: Array<{
    __typename: 'Issuer';
    id: string;
    code: string;
    name: string;
    kind: IssuerKind;
    retiredOn: string | null;
    isEditable: boolean;
  }>;
  competencies: Array<{ __typename: 'Competency'; id: string; code: string; name: string }>;
  positions: Array<{ __typename: 'Position'; id: string; name: string }>;
};

export type AdminSessionRosterQueryVariables = Exact<{
  id: string | number;
}>;

export type AdminSessionRosterQuery = {
  __typename: 'Query';
  session: {
    __typename: 'TrainingSession';
    id: string;
    name: string;
    startDate: string;
    endDate: string;
    mode: SessionMode;
    location: string;
    capacity: number;
    seatsLeft: number;
    registrationDeadline: string;
    cancelledOn: string | null;
    cancelReason: string | null;
    isEditable: boolean;
    enrolments: Array<{
      __typename: 'Enrolment';
      id: string;
      status: EnrolmentStatus;
      requestedOn: string;
      preTestScore: number | null;
      postTestScore: number | null;
      certificateNumber: string | null;
      decisionNote: string | null;
      employee: { __typename: 'Employee'; id: string; name: string; nip: string | null };
    }>;
    training: { __typename: 'Training'; id: string; code: string; title: string };
  } | null;
};

export type AdminTrainingEvaluationsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;

export type AdminTrainingEvaluationsQuery = {
  __typename: 'Query';
  trainings: {
    __typename: 'TrainingConnection';
    pageInfo: { __typename: 'PageInfo'; hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      __typename: 'TrainingEdge';
      node: {
        __typename: 'Training';
        id: string;
        code: string;
        title: string;
        evaluation: {
          __typename: 'TrainingEvaluation';
          participants: number;
          averageReaction: number | null;
          averageLearningGain: number | null;
          applyingShare: number | null;
          ratedForApplication: number;
          followUps: Array<{
            __typename: 'Enrolment';
            id: string;
            applicationRating: number | null;
            followUp: FollowUpKind | null;
            employee: { __typename: 'Employee'; id: string; name: string };
            session: { __typename: 'TrainingSession'; id: string; name: string };
          }>;
        } | null;
      };
    }>;
  };
};

export type AdminTrainingSessionsQueryVariables = Exact<{
  startsFrom: string;
}>;

export type AdminTrainingSessionsQuery = {
  __typename: 'Query';
  sessions: {
    __typename: 'TrainingSessionConnection';
    totalCount: number;
    edges: Array<{
      __typename: 'TrainingSessionEdge';
      node: {
        __typename: 'TrainingSession';
        id: string;
        name: string;
        startDate: string;
        endDate: string;
        mode: SessionMode;
        location: string;
        capacity: number;
        seatsLeft: number;
        registrationDeadline: string;
        cancelledOn: string | null;
        cancelReason: string | null;
        isEditable: boolean;
        training: { __typename: 'Training'; id: string; code: string; title: string };
      };
    }>;
  };
  trainings: {
    __typename: 'TrainingConnection';
    edges: Array<{
      __typename: 'TrainingEdge';
      node: { __typename: 'Training'; id: string; code: string; title: string; jp: number; category: TrainingCategory };
    }>;
  };
};

export type AdminUnitBudgetQueryVariables = Exact<{
  unitId: string | number;
  year: number;
}>;

export type AdminUnitBudgetQuery = {
  __typename: 'Query';
  unit: {
    __typename: 'Unit';
    id: string;
    trainingNeeds: {
      __typename: 'TrainingNeeds';
      year: number;
      budget: number;
      spent: number;
      remainingBudget: number;
    } | null;
  } | null;
};

export type AdminUnitSuccessQueryVariables = Exact<{
  unitId: string | number;
  years: Array<number> | number;
}>;

export type AdminUnitSuccessQuery = {
  __typename: 'Query';
  unit: {
    __typename: 'Unit';
    id: string;
    name: string;
    successTrend: Array<{
      __typename: 'UnitSuccessYear';
      year: number;
      trainedMembers: number;
      trainedAndRated: number;
      ratingRose: number;
      ratingRoseShare: number | null;
      competencyPairs: number;
      competencyImproved: number;
      averageGain: number | null;
      satisfactionIndex: number | null;
      satisfactionCategory: IkmCategory | null;
      spend: number;
      jpEarned: number;
      pnsMembers: number;
      pnsAtOrAbove: number;
      jpComplianceShare: number | null;
    }> | null;
  } | null;
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
    careerPlanEmptyReason: CareerPlanEmptyReason | null;
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

export type CareerTargetQueryVariables = Exact<{
  employeeId: string | number;
}>;

export type CareerTargetQuery = {
  __typename: 'Query';
  employee: {
    __typename: 'Employee';
    id: string;
    careerTarget: {
      __typename: 'CareerTarget';
      chosenOn: string;
      position: { __typename: 'Position'; id: string; name: string };
      option: {
        __typename: 'CareerOption';
        employeeId: string;
        positionId: string;
        jpm: number;
        jpmCategory: SelectionCategory;
        trainingPlan: { __typename: 'CareerTrainingPlan'; totalJp: number; plannedJp: number } | null;
      } | null;
      progress: {
        __typename: 'CareerTargetProgress';
        competenciesMet: number;
        competencyCount: number;
        requirementsMet: number;
        requirementCount: number;
        complete: boolean;
      } | null;
    } | null;
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
        name: string;
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

export type CompetencyOptionsQueryVariables = Exact<{ [key: string]: never }>;

export type CompetencyOptionsQuery = {
  __typename: 'Query';
  competencies: Array<{ __typename: 'Competency'; id: string; code: string; name: string }>;
};

export type DegreeStudiesQueryVariables = Exact<{ [key: string]: never }>;

export type DegreeStudiesQuery = {
  __typename: 'Query';
  degreeStudies: Array<{
    __typename: 'DegreeStudy';
    id: string;
    kind: DegreeStudyKind;
    level: DegreeLevel;
    programme: string;
    institution: string;
    funding: DegreeFunding;
    startsOn: string;
    expectedEndOn: string;
    status: DegreeStudyStatus;
    appliedOn: string;
    managerApprovedOn: string | null;
    approvedOn: string | null;
    rejectionReason: string | null;
    graduatedOn: string | null;
    serviceBondMonths: number | null;
    serviceBondEndsOn: string | null;
    canDecide: boolean;
    canGraduate: boolean;
    employee: { __typename: 'Employee'; id: string; name: string };
    reports: Array<{
      __typename: 'DegreeStudyReport';
      id: string;
      semester: number;
      gpa: number;
      creditsEarned: number;
      note: string | null;
    }>;
  }>;
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

export type EmployeeJpProjectionQueryVariables = Exact<{
  id: string | number;
}>;

export type EmployeeJpProjectionQuery = {
  __typename: 'Query';
  employee: {
    __typename: 'Employee';
    id: string;
    jpProjection: {
      __typename: 'JpProjection';
      year: number;
      employeeType: EmployeeType;
      earned: number;
      pending: number;
      target: number | null;
      shortfall: number | null;
      cap: number | null;
      exceedsCap: boolean;
      closable: boolean;
      suggestedCost: number;
      employee: { __typename: 'Employee'; id: string; name: string };
      suggestedSessions: Array<{
        __typename: 'SuggestedSession';
        jp: number;
        cost: number;
        session: {
          __typename: 'TrainingSession';
          id: string;
          name: string;
          endDate: string;
          registrationDeadline: string;
        };
        training: { __typename: 'Training'; id: string; title: string };
      }>;
    } | null;
  } | null;
};

export type EmployeeMentorshipsQueryVariables = Exact<{
  employeeId: string | number;
}>;

export type EmployeeMentorshipsQuery = {
  __typename: 'Query';
  employee: {
    __typename: 'Employee';
    id: string;
    name: string;
    mentees: Array<{
      __typename: 'Mentorship';
      id: string;
      startsOn: string;
      endsOn: string | null;
      active: boolean;
      outcome: MentorshipOutcome | null;
      outcomeNote: string | null;
      mentor: { __typename: 'Employee'; id: string; name: string };
      mentee: { __typename: 'Employee'; id: string; name: string };
      focusCompetencies: Array<{ __typename: 'Competency'; id: string; name: string }>;
      log: Array<{
        __typename: 'MentorshipLogEntry';
        id: string;
        heldOn: string;
        kind: MentorshipLogKind;
        note: string;
      }>;
    }> | null;
    mentors: Array<{
      __typename: 'Mentorship';
      id: string;
      startsOn: string;
      endsOn: string | null;
      active: boolean;
      outcome: MentorshipOutcome | null;
      outcomeNote: string | null;
      mentor: { __typename: 'Employee'; id: string; name: string };
      mentee: { __typename: 'Employee'; id: string; name: string };
      focusCompetencies: Array<{ __typename: 'Competency'; id: string; name: string }>;
      log: Array<{
        __typename: 'MentorshipLogEntry';
        id: string;
        heldOn: string;
        kind: MentorshipLogKind;
        note: string;
      }>;
    }> | null;
  } | null;
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
    pangkat: string | null;
    positionSince: string;
    performancePredikat: PerformancePredikat | null;
    jpm: number | null;
    jpmCategory: MappingCategory | null;
    id: string;
    nip: string | null;
    name: string;
    golongan: Golongan | null;
    position: { __typename: 'Position'; id: string; kind: PositionKind; name: string };
    agency: { __typename: 'Agency'; id: string; name: string };
    talentBox: { __typename: 'TalentPlacement'; box: number } | null;
    unit: { __typename: 'Unit'; id: string; name: string };
    standardLevels: Array<{
      __typename: 'TeamMatrixCell';
      competencyId: string;
      requiredLevel: number;
      currentLevel: number;
      gap: number;
      severity: GapSeverity;
      source: AssessmentSource | null;
      assessedOn: string | null;
      stale: boolean;
      competency: { __typename: 'Competency'; id: string; code: string; name: string; type: CompetencyType };
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
      completedOn: string | null;
      jpCredited: number | null;
      id: string;
      status: EnrolmentStatus;
      training: { __typename: 'Training'; id: string; jp: number; title: string };
      session: { __typename: 'TrainingSession'; id: string; startDate: string; endDate: string };
    }> | null;
    trainingEvidence: Array<{
      __typename: 'TrainingEvidence';
      level: number;
      date: string;
      competency: { __typename: 'Competency'; id: string; name: string };
      enrolment: {
        __typename: 'Enrolment';
        id: string;
        training: { __typename: 'Training'; id: string; title: string };
      } | null;
      pastTraining: { __typename: 'PastTraining'; id: string; title: string } | null;
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
        golongan: Golongan | null;
        position: { __typename: 'Position'; id: string; name: string };
        unit: { __typename: 'Unit'; id: string; name: string };
      };
    }>;
  };
};

export type ManagerInboxQueryVariables = Exact<{
  unitId: string | number;
  years: Array<number> | number;
}>;

export type ManagerInboxQuery = {
  __typename: 'Query';
  unit: {
    __typename: 'Unit';
    id: string;
    pendingEnrolments: Array<{
      __typename: 'Enrolment';
      id: string;
      status: EnrolmentStatus;
      requestedOn: string;
      employee: { __typename: 'Employee'; id: string; name: string };
      training: { __typename: 'Training'; id: string; title: string; jp: number; costPerParticipant: number };
      session: { __typename: 'TrainingSession'; id: string; name: string; startDate: string; endDate: string };
    }> | null;
    submittedPlans: Array<{
      __typename: 'DevelopmentPlan';
      id: string;
      year: number;
      status: PlanStatus;
      managerNote: string | null;
      totalJp: number;
      totalCost: number;
      employee: { __typename: 'Employee'; id: string; name: string };
      items: Array<{
        __typename: 'DevelopmentPlanItem';
        id: string;
        training: { __typename: 'Training'; id: string; title: string; jp: number; costPerParticipant: number };
        session: { __typename: 'TrainingSession'; id: string; name: string; startDate: string; endDate: string } | null;
      }>;
    }> | null;
    applicationRatingsDue: Array<{
      __typename: 'Enrolment';
      id: string;
      completedOn: string | null;
      employee: { __typename: 'Employee'; id: string; name: string };
      training: {
        __typename: 'Training';
        id: string;
        title: string;
        competencies: Array<{
          __typename: 'TrainingCompetency';
          maxLevel: number;
          competency: { __typename: 'Competency'; id: string; name: string };
        }>;
      };
    }> | null;
    followUpProposals: Array<{
      __typename: 'Enrolment';
      applicationRating: number | null;
      applicationRatedOn: string | null;
      followUp: FollowUpKind | null;
      id: string;
      completedOn: string | null;
      employee: { __typename: 'Employee'; id: string; name: string };
      training: {
        __typename: 'Training';
        id: string;
        title: string;
        competencies: Array<{
          __typename: 'TrainingCompetency';
          maxLevel: number;
          competency: { __typename: 'Competency'; id: string; name: string };
        }>;
      };
    }> | null;
    reassessmentProposals: Array<{
      __typename: 'Enrolment';
      postTestScore: number | null;
      id: string;
      completedOn: string | null;
      employee: { __typename: 'Employee'; id: string; name: string };
      training: {
        __typename: 'Training';
        id: string;
        title: string;
        competencies: Array<{
          __typename: 'TrainingCompetency';
          maxLevel: number;
          competency: { __typename: 'Competency'; id: string; name: string };
        }>;
      };
    }> | null;
  } | null;
};

export type MentorGapsQueryVariables = Exact<{
  unitId: string | number;
}>;

export type MentorGapsQuery = {
  __typename: 'Query';
  teamMatrix: {
    __typename: 'TeamMatrix';
    columns: Array<{
      __typename: 'TeamMatrixColumn';
      competencyId: string;
      competency: { __typename: 'Competency'; id: string; code: string; name: string };
    }>;
    rows: Array<{
      __typename: 'TeamMatrixRow';
      employee: { __typename: 'Employee'; id: string; name: string };
      cells: Array<{ __typename: 'TeamMatrixCell'; competencyId: string; requiredLevel: number; currentLevel: number }>;
    }>;
  };
};

export type MentorSuggestionsQueryVariables = Exact<{
  employeeId: string | number;
  competencyId: string | number;
}>;

export type MentorSuggestionsQuery = {
  __typename: 'Query';
  mentorSuggestions: {
    __typename: 'MentorSuggestions';
    menteeLevel: number;
    targetLevel: number;
    menteeLimit: number;
    suggestions: Array<{
      __typename: 'MentorSuggestion';
      level: number;
      assessedOn: string;
      unitDistance: number;
      activeMentees: number;
      freeSlots: number;
      mentor: {
        __typename: 'Employee';
        id: string;
        name: string;
        position: { __typename: 'Position'; id: string; name: string };
        unit: { __typename: 'Unit'; id: string; name: string };
      };
    }>;
  };
};

export type MyNeedsSurveyQueryVariables = Exact<{
  employeeId: string | number;
  year: number;
}>;

export type MyNeedsSurveyQuery = {
  __typename: 'Query';
  employee: {
    __typename: 'Employee';
    id: string;
    needsSurvey: {
      __typename: 'NeedsSurvey';
      id: string;
      year: number;
      closesOn: string;
      isOpen: boolean;
      myResponse: {
        __typename: 'NeedsSurveyResponse';
        id: string;
        forms: Array<TrainingForm>;
        note: string | null;
        submittedOn: string;
        competencies: Array<{ __typename: 'Competency'; id: string; name: string }>;
      } | null;
    } | null;
  } | null;
  competencies: Array<{ __typename: 'Competency'; id: string; code: string; name: string }>;
};

export type MyNotificationsQueryVariables = Exact<{
  id: string | number;
}>;

export type MyNotificationsQuery = {
  __typename: 'Query';
  employee: {
    __typename: 'Employee';
    id: string;
    trainingNotifications: {
      __typename: 'NotificationFeed';
      unreadCount: number;
      notifications: Array<{
        __typename: 'Notification';
        id: string;
        source: string;
        kind: NotificationKind;
        employeeId: string;
        subjectId: string;
        threshold: number | null;
        title: string;
        dueOn: string | null;
        createdAt: string;
        readAt: string | null;
      }>;
    } | null;
    certificationNotifications: {
      __typename: 'NotificationFeed';
      unreadCount: number;
      notifications: Array<{
        __typename: 'Notification';
        id: string;
        source: string;
        kind: NotificationKind;
        employeeId: string;
        subjectId: string;
        threshold: number | null;
        title: string;
        dueOn: string | null;
        createdAt: string;
        readAt: string | null;
      }>;
    } | null;
  } | null;
};

export type MyPastTrainingsQueryVariables = Exact<{
  employeeId: string | number;
  year: number;
}>;

export type MyPastTrainingsQuery = {
  __typename: 'Query';
  employee: {
    __typename: 'Employee';
    id: string;
    jp: { __typename: 'JpSummary'; year: number; earned: number } | null;
    pastTrainings: Array<{
      __typename: 'PastTraining';
      id: string;
      title: string;
      category: TrainingCategory;
      startDate: string;
      endDate: string;
      jp: number;
      providerName: string | null;
      certificateNumber: string | null;
      status: PastTrainingStatus;
      rejectionReason: string | null;
    }> | null;
  } | null;
};

export type MyTrainingQueryVariables = Exact<{
  id: string | number;
  year: number;
}>;

export type MyTrainingQuery = {
  __typename: 'Query';
  employee: {
    __typename: 'Employee';
    id: string;
    enrolments: Array<{
      __typename: 'Enrolment';
      requestedOn: string;
      decisionNote: string | null;
      reactionRating: number | null;
      postTestScore: number | null;
      passedPostTest: boolean;
      id: string;
      status: EnrolmentStatus;
      session: {
        __typename: 'TrainingSession';
        id: string;
        name: string;
        startDate: string;
        endDate: string;
        mode: SessionMode;
        location: string;
        seatsLeft: number;
        registrationDeadline: string;
        isOpen: boolean;
      };
      training: { __typename: 'Training'; id: string; jp: number; title: string };
    }> | null;
    developmentPlan: {
      __typename: 'DevelopmentPlan';
      id: string;
      year: number;
      status: PlanStatus;
      managerNote: string | null;
      totalJp: number;
      totalCost: number;
      items: Array<{
        __typename: 'DevelopmentPlanItem';
        id: string;
        training: { __typename: 'Training'; id: string; title: string; jp: number; costPerParticipant: number };
        session: { __typename: 'TrainingSession'; id: string; name: string; startDate: string; endDate: string } | null;
      }>;
    } | null;
  } | null;
};

export type PlacementsQueryVariables = Exact<{ [key: string]: never }>;

export type PlacementsQuery = {
  __typename: 'Query';
  placements: Array<{
    __typename: 'Placement';
    id: string;
    kind: PlacementKind;
    hostOrganisation: string;
    supervisorName: string;
    supervisorContact: string | null;
    startsOn: string;
    endsOn: string;
    jp: number;
    goals: string;
    status: PlacementStatus;
    rejectionReason: string | null;
    report: string | null;
    hostAssessment: HostAssessment | null;
    canDecide: boolean;
    canComplete: boolean;
    employee: { __typename: 'Employee'; id: string; name: string };
    competencies: Array<{
      __typename: 'PlacementCompetency';
      targetLevel: number;
      competency: { __typename: 'Competency'; id: string; name: string };
    }>;
  }>;
};

export type SiasnKursusEmployeeQueryVariables = Exact<{
  id: string | number;
  from: string;
  to: string;
}>;

export type SiasnKursusEmployeeQuery = {
  __typename: 'Query';
  employee: {
    __typename: 'Employee';
    id: string;
    siasnKursus: {
      __typename: 'SiasnKursusExport';
      csv: string;
      records: Array<{ __typename: 'SiasnKursus'; source: SiasnKursusSource }>;
    } | null;
  } | null;
};

export type SiasnKursusUnitQueryVariables = Exact<{
  id: string | number;
  from: string;
  to: string;
}>;

export type SiasnKursusUnitQuery = {
  __typename: 'Query';
  unit: {
    __typename: 'Unit';
    id: string;
    siasnKursus: {
      __typename: 'SiasnKursusExport';
      csv: string;
      records: Array<{ __typename: 'SiasnKursus'; source: SiasnKursusSource }>;
    } | null;
  } | null;
};

export type SiasnSertifikasiEmployeeQueryVariables = Exact<{
  id: string | number;
  from: string;
  to: string;
}>;

export type SiasnSertifikasiEmployeeQuery = {
  __typename: 'Query';
  employee: {
    __typename: 'Employee';
    id: string;
    siasnSertifikasi: {
      __typename: 'SiasnSertifikasiExport';
      csv: string;
      records: Array<{ __typename: 'SiasnSertifikasi'; nomorSertifikat: string }>;
    } | null;
  } | null;
};

export type SiasnSertifikasiUnitQueryVariables = Exact<{
  id: string | number;
  from: string;
  to: string;
}>;

export type SiasnSertifikasiUnitQuery = {
  __typename: 'Query';
  unit: {
    __typename: 'Unit';
    id: string;
    siasnSertifikasi: {
      __typename: 'SiasnSertifikasiExport';
      csv: string;
      records: Array<{ __typename: 'SiasnSertifikasi'; nomorSertifikat: string }>;
    } | null;
  } | null;
};

export type SuccessionPlanQueryVariables = Exact<{
  agencyId: string | number;
  unitId?: string | number | null | undefined;
}>;

export type SuccessionPlanQuery = {
  __typename: 'Query';
  successionPlan: {
    __typename: 'SuccessionPlan';
    today: string;
    retirementHorizonYears: number;
    poolSize: number;
    withoutReadySuccessor: number;
    positions: Array<{
      __typename: 'KeyPositionSuccession';
      hasReadySuccessor: boolean;
      position: {
        __typename: 'Position';
        id: string;
        name: string;
        kind: PositionKind;
        unit: { __typename: 'Unit'; id: string; name: string };
      };
      holders: Array<{
        __typename: 'SuccessionHolder';
        retiresOn: string;
        retiresSoon: boolean;
        employee: { __typename: 'Employee'; id: string; name: string };
      }>;
      candidates: Array<{
        __typename: 'SuccessionCandidate';
        readiness: SuccessionReadiness;
        employee: {
          __typename: 'Employee';
          id: string;
          name: string;
          position: { __typename: 'Position'; id: string; name: string };
        };
        talentBox: { __typename: 'TalentPlacement'; box: number };
        option: {
          __typename: 'CareerOption';
          employeeId: string;
          positionId: string;
          eligibleOn: string | null;
          jpm: number;
          jpmCategory: SelectionCategory;
        };
        blockers: Array<{
          __typename: 'CareerRequirement';
          kind: CareerRequirementKind;
          required: string;
          actual: string;
          metOn: string | null;
          undatable: CareerUndatableReason | null;
        }>;
      }>;
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
      kinerja: Kinerja;
      potensial: Potensial;
      inTalentPool: boolean;
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

export type TeamColumnNeedsQueryVariables = Exact<{
  unitId: string | number;
  year: number;
}>;

export type TeamColumnNeedsQuery = {
  __typename: 'Query';
  unit: {
    __typename: 'Unit';
    id: string;
    trainingNeeds: {
      __typename: 'TrainingNeeds';
      year: number;
      needs: Array<{
        __typename: 'CompetencyNeed';
        employeesBelow: number;
        totalDeficit: number;
        competency: { __typename: 'Competency'; id: string };
        trainings: Array<{
          __typename: 'CompetencyTrainingOption';
          rank: number;
          participants: number;
          cost: number;
          gapClosed: number;
          gapClosedPerMillion: number | null;
          training: { __typename: 'Training'; id: string; code: string; title: string };
        }>;
      }>;
    } | null;
  } | null;
};

export type TeamGrowthQueryVariables = Exact<{
  input: TeamGrowthInput;
}>;

export type TeamGrowthQuery = {
  __typename: 'Query';
  teamGrowth: {
    __typename: 'TeamGrowth';
    from: string;
    to: string;
    unit: { __typename: 'Unit'; id: string; name: string };
    rows: Array<{
      __typename: 'GrowthRow';
      jpmFrom: number;
      jpmTo: number;
      jpmChange: number;
      levelGain: number;
      employee: { __typename: 'Employee'; id: string; name: string };
      changes: Array<{
        __typename: 'LevelChange';
        competencyId: string;
        levelFrom: number;
        levelTo: number;
        change: number;
        competency: { __typename: 'Competency'; id: string; code: string; name: string };
      }>;
    }>;
  };
};

export type TeamJpProjectionQueryVariables = Exact<{
  unitId: string | number;
}>;

export type TeamJpProjectionQuery = {
  __typename: 'Query';
  unit: {
    __typename: 'Unit';
    id: string;
    name: string;
    jpProjection: {
      __typename: 'UnitJpProjection';
      year: number;
      target: number;
      cap: number;
      pnsMembers: number;
      pppkMembers: number;
      totalShortfall: number;
      suggestedCost: number;
      atRisk: Array<{
        __typename: 'JpProjection';
        year: number;
        employeeType: EmployeeType;
        earned: number;
        pending: number;
        target: number | null;
        shortfall: number | null;
        cap: number | null;
        exceedsCap: boolean;
        closable: boolean;
        suggestedCost: number;
        employee: { __typename: 'Employee'; id: string; name: string };
        suggestedSessions: Array<{
          __typename: 'SuggestedSession';
          jp: number;
          cost: number;
          session: {
            __typename: 'TrainingSession';
            id: string;
            name: string;
            endDate: string;
            registrationDeadline: string;
          };
          training: { __typename: 'Training'; id: string; title: string };
        }>;
      }>;
      overCap: Array<{
        __typename: 'JpProjection';
        year: number;
        employeeType: EmployeeType;
        earned: number;
        pending: number;
        target: number | null;
        shortfall: number | null;
        cap: number | null;
        exceedsCap: boolean;
        closable: boolean;
        suggestedCost: number;
        employee: { __typename: 'Employee'; id: string; name: string };
        suggestedSessions: Array<{
          __typename: 'SuggestedSession';
          jp: number;
          cost: number;
          session: {
            __typename: 'TrainingSession';
            id: string;
            name: string;
            endDate: string;
            registrationDeadline: string;
          };
          training: { __typename: 'Training'; id: string; title: string };
        }>;
      }>;
    } | null;
  } | null;
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
      requiredLevels: (number | null)[];
      currentLevels: (number | null)[];
      staleLevels: (boolean | null)[];
      employee: {
        __typename: 'Employee';
        id: string;
        name: string;
        nip: string | null;
        trainingEvidence: Array<{
          __typename: 'TrainingEvidence';
          level: number;
          date: string;
          competency: { __typename: 'Competency'; id: string };
        }> | null;
      };
      position: { __typename: 'Position'; id: string; name: string };
      talentBox: { __typename: 'TalentPlacement'; box: number } | null;
    }>;
    categoryShares: Array<{ __typename: 'JpmCategoryShare'; category: MappingCategory; count: number; share: number }>;
    levelPairs: Array<{
      __typename: 'LevelPairGap';
      requiredLevel: number;
      currentLevel: number;
      severity: GapSeverity;
    }>;
  };
};

export type TeamMostImprovedQueryVariables = Exact<{
  unitId: string | number;
  year: number;
}>;

export type TeamMostImprovedQuery = {
  __typename: 'Query';
  mostImproved: {
    __typename: 'TeamGrowth';
    from: string;
    to: string;
    rows: Array<{
      __typename: 'GrowthRow';
      jpmFrom: number;
      jpmTo: number;
      jpmChange: number;
      levelGain: number;
      employee: { __typename: 'Employee'; id: string; name: string };
      changes: Array<{
        __typename: 'LevelChange';
        competencyId: string;
        levelFrom: number;
        levelTo: number;
        change: number;
        competency: { __typename: 'Competency'; id: string; code: string; name: string };
      }>;
    }>;
  };
};

export type TeamNeedsSurveyQueryVariables = Exact<{
  unitId: string | number;
  year: number;
}>;

export type TeamNeedsSurveyQuery = {
  __typename: 'Query';
  unit: {
    __typename: 'Unit';
    id: string;
    needsSurvey: {
      __typename: 'NeedsSurvey';
      id: string;
      year: number;
      closesOn: string;
      isOpen: boolean;
      canManage: boolean;
      responses: Array<{
        __typename: 'NeedsSurveyResponse';
        source: SurveyResponseSource;
        id: string;
        forms: Array<TrainingForm>;
        note: string | null;
        submittedOn: string;
        employee: { __typename: 'Employee'; id: string; name: string };
        competencies: Array<{ __typename: 'Competency'; id: string; name: string }>;
      }>;
    } | null;
  } | null;
  competencies: Array<{ __typename: 'Competency'; id: string; code: string; name: string }>;
};

export type TeamOverviewQueryVariables = Exact<{
  unitId: string | number;
  year: number;
}>;

export type TeamOverviewQuery = {
  __typename: 'Query';
  unit: {
    __typename: 'Unit';
    id: string;
    name: string;
    jpCompliance: {
      __typename: 'JpCompliance';
      year: number;
      target: number;
      members: number;
      atOrAbove: number;
      below: number;
      none: number;
      totalShortfall: number;
    } | null;
    trainingNeeds: {
      __typename: 'TrainingNeeds';
      year: number;
      budget: number;
      spent: number;
      remainingBudget: number;
      recommendations: Array<{
        __typename: 'TrainingRecommendation';
        rank: number;
        participants: number;
        cost: number;
        gapClosed: number;
        training: { __typename: 'Training'; id: string; title: string };
      }>;
      needs: Array<{
        __typename: 'CompetencyNeed';
        employeesBelow: number;
        totalDeficit: number;
        surveyRequests: number;
        competency: { __typename: 'Competency'; id: string; name: string };
      }>;
      surveyDemand: Array<{
        __typename: 'SurveyDemand';
        employees: number;
        byManager: boolean;
        competency: { __typename: 'Competency'; id: string; name: string };
      }>;
    } | null;
    expiringCertificates: Array<{
      __typename: 'Certificate';
      id: string;
      expiresOn: string | null;
      daysUntilExpiry: number | null;
      status: CertificateStatus;
      employee: { __typename: 'Employee'; id: string; name: string };
      scheme: { __typename: 'Scheme'; id: string; name: string };
    }> | null;
  } | null;
  employees: {
    __typename: 'EmployeeConnection';
    totalCount: number;
    edges: Array<{
      __typename: 'EmployeeEdge';
      cursor: string;
      node: {
        __typename: 'Employee';
        id: string;
        name: string;
        jp: {
          __typename: 'JpSummary';
          employeeType: EmployeeType;
          earned: number;
          projected: number;
          target: number | null;
          shortfall: number | null;
          cap: number | null;
          exceedsCap: boolean;
        } | null;
      };
    }>;
  };
};

export type TrainingCatalogQueryVariables = Exact<{
  first: number;
  filter?: TrainingFilter | null | undefined;
}>;

export type TrainingCatalogQuery = {
  __typename: 'Query';
  trainings: {
    __typename: 'TrainingConnection';
    totalCount: number;
    edges: Array<{
      __typename: 'TrainingEdge';
      cursor: string;
      node: {
        __typename: 'Training';
        id: string;
        code: string;
        title: string;
        form: TrainingForm;
        category: TrainingCategory;
        jp: number;
        costPerParticipant: number;
        provider: { __typename: 'Provider'; id: string; name: string };
        competencies: Array<{
          __typename: 'TrainingCompetency';
          maxLevel: number;
          competency: { __typename: 'Competency'; id: string; code: string; name: string };
        }>;
        sessions: Array<{
          __typename: 'TrainingSession';
          id: string;
          name: string;
          startDate: string;
          endDate: string;
          mode: SessionMode;
          location: string;
          seatsLeft: number;
          registrationDeadline: string;
          isOpen: boolean;
        }>;
      };
    }>;
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

export const AdminApiKeyRowFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminApiKeyRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ApiKey' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scopes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revokedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminApiKeyRowFragment, unknown>;
export const AdminAuditEntryFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminAuditEntry' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AuditEntry' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'occurredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'action' } },
          { kind: 'Field', name: { kind: 'Name', value: 'entityName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'entityId' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminAuditEntryFragment, unknown>;
export const AdminCatalogProviderRowFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminCatalogProviderRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Provider' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'retiredOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isEditable' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminCatalogProviderRowFragment, unknown>;
export const AdminCatalogTrainingRowFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminCatalogTrainingRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Training' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'form' } },
          { kind: 'Field', name: { kind: 'Name', value: 'category' } },
          { kind: 'Field', name: { kind: 'Name', value: 'jp' } },
          { kind: 'Field', name: { kind: 'Name', value: 'costPerParticipant' } },
          { kind: 'Field', name: { kind: 'Name', value: 'retiredOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isEditable' } },
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
            name: { kind: 'Name', value: 'competencies' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'maxLevel' } },
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
            name: { kind: 'Name', value: 'prerequisites' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminCatalogTrainingRowFragment, unknown>;
export const AdminCertificateRowFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminCertificateRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Certificate' } },
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
          { kind: 'Field', name: { kind: 'Name', value: 'verificationState' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revocationReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'remindedOn' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'employee' },
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
            name: { kind: 'Name', value: 'scheme' },
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
  ],
} as unknown as DocumentNode<AdminCertificateRowFragment, unknown>;
export const AdminCompetencyEntryFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminCompetencyEntry' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Competency' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'definition' } },
          { kind: 'Field', name: { kind: 'Name', value: 'retiredOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isEditable' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'levels' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                { kind: 'Field', name: { kind: 'Name', value: 'descriptor' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminCompetencyEntryFragment, unknown>;
export const AdminEmployeeRecordFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminEmployeeRecord' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Employee' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nip' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'employeeType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pppkGrade' } },
          { kind: 'Field', name: { kind: 'Name', value: 'golongan' } },
          { kind: 'Field', name: { kind: 'Name', value: 'education' } },
          { kind: 'Field', name: { kind: 'Name', value: 'positionSince' } },
          { kind: 'Field', name: { kind: 'Name', value: 'performancePredikat' } },
          { kind: 'Field', name: { kind: 'Name', value: 'potentialScore' } },
          { kind: 'Field', name: { kind: 'Name', value: 'birthDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'appointmentMonth' } },
          { kind: 'Field', name: { kind: 'Name', value: 'gender' } },
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
} as unknown as DocumentNode<AdminEmployeeRecordFragment, unknown>;
export const AdminIssuerRowFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminIssuerRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Issuer' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'retiredOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isEditable' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminIssuerRowFragment, unknown>;
export const AdminMentorshipRowFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminMentorshipRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Mentorship' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mentor' },
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
            name: { kind: 'Name', value: 'focusCompetencies' },
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
} as unknown as DocumentNode<AdminMentorshipRowFragment, unknown>;
export const AdminOrgLadderEdgeFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminOrgLadderEdge' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CareerLadderEdge' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'minYearsInPosition' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'fromPosition' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'toPosition' },
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
} as unknown as DocumentNode<AdminOrgLadderEdgeFragment, unknown>;
export const AdminOrgPositionFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminOrgPosition' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Position' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'functionalLevel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'minGolongan' } },
          { kind: 'Field', name: { kind: 'Name', value: 'minEducation' } },
          { kind: 'Field', name: { kind: 'Name', value: 'retirementAge' } },
          { kind: 'Field', name: { kind: 'Name', value: 'minPppkGrade' } },
          { kind: 'Field', name: { kind: 'Name', value: 'minPppkGradeIsDefault' } },
          { kind: 'Field', name: { kind: 'Name', value: 'defaultMinPppkGrade' } },
          { kind: 'Field', name: { kind: 'Name', value: 'retiredOn' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unit' },
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
} as unknown as DocumentNode<AdminOrgPositionFragment, unknown>;
export const AdminOrgUnitFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminOrgUnit' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Unit' } },
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
} as unknown as DocumentNode<AdminOrgUnitFragment, unknown>;
export const AdminRosterRowFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminRosterRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Enrolment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requestedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'preTestScore' } },
          { kind: 'Field', name: { kind: 'Name', value: 'postTestScore' } },
          { kind: 'Field', name: { kind: 'Name', value: 'certificateNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decisionNote' } },
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
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminRosterRowFragment, unknown>;
export const AdminSchemeRowFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminSchemeRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Scheme' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'validityMonths' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nationallyRecognised' } },
          { kind: 'Field', name: { kind: 'Name', value: 'retiredOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isEditable' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'issuer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'certifies' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'level' } },
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
            name: { kind: 'Name', value: 'requiredFor' },
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
} as unknown as DocumentNode<AdminSchemeRowFragment, unknown>;
export const AdminSessionRowFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminSessionRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TrainingSession' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'location' } },
          { kind: 'Field', name: { kind: 'Name', value: 'capacity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seatsLeft' } },
          { kind: 'Field', name: { kind: 'Name', value: 'registrationDeadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cancelledOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cancelReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isEditable' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'training' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminSessionRowFragment, unknown>;
export const AdminStandardLineFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminStandardLine' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CompetencyStandard' } },
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
} as unknown as DocumentNode<AdminStandardLineFragment, unknown>;
export const AdminStandardPositionFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminStandardPosition' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Position' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'functionalLevel' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminStandardPositionFragment, unknown>;
export const AdminTrainingCompetencyOptionFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminTrainingCompetencyOption' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Competency' } },
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
} as unknown as DocumentNode<AdminTrainingCompetencyOptionFragment, unknown>;
export const AdminTrainingPrerequisiteOptionFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminTrainingPrerequisiteOption' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Training' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminTrainingPrerequisiteOptionFragment, unknown>;
export const CareerTargetDetailFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CareerTargetDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Employee' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'careerTarget' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'chosenOn' } },
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
                  name: { kind: 'Name', value: 'option' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'employeeId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'positionId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'jpm' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'jpmCategory' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'trainingPlan' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'totalJp' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'plannedJp' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'progress' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'competenciesMet' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'competencyCount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'requirementsMet' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'requirementCount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'complete' } },
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
} as unknown as DocumentNode<CareerTargetDetailFragment, unknown>;
export const ColumnTrainingOptionFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ColumnTrainingOption' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CompetencyTrainingOption' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rank' } },
          { kind: 'Field', name: { kind: 'Name', value: 'participants' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cost' } },
          { kind: 'Field', name: { kind: 'Name', value: 'gapClosed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'gapClosedPerMillion' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'training' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ColumnTrainingOptionFragment, unknown>;
export const DashboardJpRiskRowFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DashboardJpRiskRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'JpProjection' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'earned' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pending' } },
          { kind: 'Field', name: { kind: 'Name', value: 'shortfall' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'employee' },
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
        ],
      },
    },
  ],
} as unknown as DocumentNode<DashboardJpRiskRowFragment, unknown>;
export const DegreeStudyCardFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DegreeStudyCard' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DegreeStudy' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'level' } },
          { kind: 'Field', name: { kind: 'Name', value: 'programme' } },
          { kind: 'Field', name: { kind: 'Name', value: 'institution' } },
          { kind: 'Field', name: { kind: 'Name', value: 'funding' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expectedEndOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'appliedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'managerApprovedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rejectionReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'graduatedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'serviceBondMonths' } },
          { kind: 'Field', name: { kind: 'Name', value: 'serviceBondEndsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canDecide' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canGraduate' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'employee' },
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
            name: { kind: 'Name', value: 'reports' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'semester' } },
                { kind: 'Field', name: { kind: 'Name', value: 'gpa' } },
                { kind: 'Field', name: { kind: 'Name', value: 'creditsEarned' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DegreeStudyCardFragment, unknown>;
export const DevelopmentPlanDetailFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DevelopmentPlanDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DevelopmentPlan' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'managerNote' } },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'costPerParticipant' } },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
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
} as unknown as DocumentNode<DevelopmentPlanDetailFragment, unknown>;
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
            name: { kind: 'Name', value: 'standardLevels' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'competencyId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'requiredLevel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currentLevel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'gap' } },
                { kind: 'Field', name: { kind: 'Name', value: 'severity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                { kind: 'Field', name: { kind: 'Name', value: 'assessedOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stale' } },
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
  ],
} as unknown as DocumentNode<EmployeeCompetencyLevelsFragment, unknown>;
export const EnrolmentListItemFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EnrolmentListItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Enrolment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'training' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
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
} as unknown as DocumentNode<EnrolmentListItemFragment, unknown>;
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
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'EnrolmentListItem' } },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'jp' } },
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
      name: { kind: 'Name', value: 'EnrolmentListItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Enrolment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'training' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
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
export const EmployeeTrainingEvidenceFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EmployeeTrainingEvidence' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Employee' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'trainingEvidence' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                { kind: 'Field', name: { kind: 'Name', value: 'date' } },
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
                  name: { kind: 'Name', value: 'enrolment' },
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
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pastTraining' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
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
} as unknown as DocumentNode<EmployeeTrainingEvidenceFragment, unknown>;
export const GrowthRowDetailFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'GrowthRowDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'GrowthRow' } },
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
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'jpmFrom' } },
          { kind: 'Field', name: { kind: 'Name', value: 'jpmTo' } },
          { kind: 'Field', name: { kind: 'Name', value: 'jpmChange' } },
          { kind: 'Field', name: { kind: 'Name', value: 'levelGain' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'changes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'competencyId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'levelFrom' } },
                { kind: 'Field', name: { kind: 'Name', value: 'levelTo' } },
                { kind: 'Field', name: { kind: 'Name', value: 'change' } },
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
        ],
      },
    },
  ],
} as unknown as DocumentNode<GrowthRowDetailFragment, unknown>;
export const InboxEvaluationItemFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'InboxEvaluationItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Enrolment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'completedOn' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'employee' },
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
            name: { kind: 'Name', value: 'training' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'competencies' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'maxLevel' } },
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
} as unknown as DocumentNode<InboxEvaluationItemFragment, unknown>;
export const MentorSuggestionListFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MentorSuggestionList' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'MentorSuggestions' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'menteeLevel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'targetLevel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'menteeLimit' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'suggestions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'mentor' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                { kind: 'Field', name: { kind: 'Name', value: 'assessedOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unitDistance' } },
                { kind: 'Field', name: { kind: 'Name', value: 'activeMentees' } },
                { kind: 'Field', name: { kind: 'Name', value: 'freeSlots' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MentorSuggestionListFragment, unknown>;
export const MentorshipLogCardFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MentorshipLogCard' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Mentorship' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcomeNote' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mentor' },
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
            name: { kind: 'Name', value: 'mentee' },
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
            name: { kind: 'Name', value: 'focusCompetencies' },
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
            name: { kind: 'Name', value: 'log' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'heldOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MentorshipLogCardFragment, unknown>;
export const MyEnrolmentRowFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MyEnrolmentRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Enrolment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'EnrolmentListItem' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requestedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decisionNote' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reactionRating' } },
          { kind: 'Field', name: { kind: 'Name', value: 'postTestScore' } },
          { kind: 'Field', name: { kind: 'Name', value: 'passedPostTest' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'training' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
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
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EnrolmentListItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Enrolment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'training' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
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
} as unknown as DocumentNode<MyEnrolmentRowFragment, unknown>;
export const NeedsSurveyAnswerFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NeedsSurveyAnswer' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'NeedsSurveyResponse' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'forms' } },
          { kind: 'Field', name: { kind: 'Name', value: 'note' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedOn' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'competencies' },
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
} as unknown as DocumentNode<NeedsSurveyAnswerFragment, unknown>;
export const NotificationItemFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NotificationItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Notification' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'source' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'employeeId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subjectId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'threshold' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'readAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NotificationItemFragment, unknown>;
export const PartnershipRowFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PartnershipRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Partnership' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'partnerName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'partnerKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'agreementKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'documentNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scope' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contactName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contactInfo' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastActivityOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'participants' } },
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
            name: { kind: 'Name', value: 'activities' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'heldOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'participants' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PartnershipRowFragment, unknown>;
export const PlacementCardFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PlacementCard' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Placement' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hostOrganisation' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supervisorName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supervisorContact' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'jp' } },
          { kind: 'Field', name: { kind: 'Name', value: 'goals' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rejectionReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'report' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hostAssessment' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canDecide' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canComplete' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'employee' },
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
            name: { kind: 'Name', value: 'competencies' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'targetLevel' } },
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
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PlacementCardFragment, unknown>;
export const PlacementCompetencyOptionFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PlacementCompetencyOption' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Competency' } },
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
} as unknown as DocumentNode<PlacementCompetencyOptionFragment, unknown>;
export const SessionSeatFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SessionSeat' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TrainingSession' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'location' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seatsLeft' } },
          { kind: 'Field', name: { kind: 'Name', value: 'registrationDeadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isOpen' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SessionSeatFragment, unknown>;
export const SuccessYearRowFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SuccessYearRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'UnitSuccessYear' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trainedMembers' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trainedAndRated' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ratingRose' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ratingRoseShare' } },
          { kind: 'Field', name: { kind: 'Name', value: 'competencyPairs' } },
          { kind: 'Field', name: { kind: 'Name', value: 'competencyImproved' } },
          { kind: 'Field', name: { kind: 'Name', value: 'averageGain' } },
          { kind: 'Field', name: { kind: 'Name', value: 'satisfactionIndex' } },
          { kind: 'Field', name: { kind: 'Name', value: 'satisfactionCategory' } },
          { kind: 'Field', name: { kind: 'Name', value: 'spend' } },
          { kind: 'Field', name: { kind: 'Name', value: 'jpEarned' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pnsMembers' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pnsAtOrAbove' } },
          { kind: 'Field', name: { kind: 'Name', value: 'jpComplianceShare' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SuccessYearRowFragment, unknown>;
export const SuccessionCandidateItemFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SuccessionCandidateItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SuccessionCandidate' } },
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
          { kind: 'Field', name: { kind: 'Name', value: 'readiness' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'option' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'employeeId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'positionId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'eligibleOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'jpm' } },
                { kind: 'Field', name: { kind: 'Name', value: 'jpmCategory' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'blockers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'required' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actual' } },
                { kind: 'Field', name: { kind: 'Name', value: 'metOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'undatable' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SuccessionCandidateItemFragment, unknown>;
export const SuccessionPositionFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SuccessionPosition' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'KeyPositionSuccession' } },
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
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
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
          { kind: 'Field', name: { kind: 'Name', value: 'hasReadySuccessor' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'holders' },
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
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'retiresOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'retiresSoon' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'candidates' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'SuccessionCandidateItem' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SuccessionCandidateItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SuccessionCandidate' } },
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
          { kind: 'Field', name: { kind: 'Name', value: 'readiness' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'option' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'employeeId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'positionId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'eligibleOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'jpm' } },
                { kind: 'Field', name: { kind: 'Name', value: 'jpmCategory' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'blockers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'required' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actual' } },
                { kind: 'Field', name: { kind: 'Name', value: 'metOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'undatable' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SuccessionPositionFragment, unknown>;
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
export const TeamNeedsDemandFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TeamNeedsDemand' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TrainingNeeds' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'needs' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
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
                { kind: 'Field', name: { kind: 'Name', value: 'employeesBelow' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalDeficit' } },
                { kind: 'Field', name: { kind: 'Name', value: 'surveyRequests' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'surveyDemand' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
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
                { kind: 'Field', name: { kind: 'Name', value: 'employees' } },
                { kind: 'Field', name: { kind: 'Name', value: 'byManager' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TeamNeedsDemandFragment, unknown>;
export const JpProjectionPersonFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'JpProjectionPerson' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'JpProjection' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'employeeType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'earned' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pending' } },
          { kind: 'Field', name: { kind: 'Name', value: 'target' } },
          { kind: 'Field', name: { kind: 'Name', value: 'shortfall' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cap' } },
          { kind: 'Field', name: { kind: 'Name', value: 'exceedsCap' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closable' } },
          { kind: 'Field', name: { kind: 'Name', value: 'suggestedCost' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'employee' },
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
            name: { kind: 'Name', value: 'suggestedSessions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'jp' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cost' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'session' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'registrationDeadline' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'training' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
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
} as unknown as DocumentNode<JpProjectionPersonFragment, unknown>;
export const UnitJpProjectionDetailFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UnitJpProjectionDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'UnitJpProjection' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'target' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cap' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pnsMembers' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pppkMembers' } },
          { kind: 'Field', name: { kind: 'Name', value: 'totalShortfall' } },
          { kind: 'Field', name: { kind: 'Name', value: 'suggestedCost' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'atRisk' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'JpProjectionPerson' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'overCap' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'JpProjectionPerson' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'JpProjectionPerson' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'JpProjection' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'employeeType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'earned' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pending' } },
          { kind: 'Field', name: { kind: 'Name', value: 'target' } },
          { kind: 'Field', name: { kind: 'Name', value: 'shortfall' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cap' } },
          { kind: 'Field', name: { kind: 'Name', value: 'exceedsCap' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closable' } },
          { kind: 'Field', name: { kind: 'Name', value: 'suggestedCost' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'employee' },
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
            name: { kind: 'Name', value: 'suggestedSessions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'jp' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cost' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'session' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'registrationDeadline' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'training' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
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
} as unknown as DocumentNode<UnitJpProjectionDetailFragment, unknown>;
export const AddMentorshipLogEntryDocument = {
  __meta__: { hash: '9ffecb7841533d760e0d939846bf16489cd94d7014af53116d4d844c7f693d6b' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AddMentorshipLogEntry' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'AddMentorshipLogEntryInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'addMentorshipLogEntry' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'heldOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AddMentorshipLogEntryMutation, AddMentorshipLogEntryMutationVariables>;
export const AddToPlanDocument = {
  __meta__: { hash: 'fca4e9b4cafa4f9efb39baf7bfc5174baa538c1740ed90f3e1459daa3496467d' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AddToPlan' },
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
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DevelopmentPlanDetail' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DevelopmentPlanDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DevelopmentPlan' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'managerNote' } },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'costPerParticipant' } },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
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
} as unknown as DocumentNode<AddToPlanMutation, AddToPlanMutationVariables>;
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
export const AdminCancelTrainingSessionDocument = {
  __meta__: { hash: '9e079ec08f3d7b7e2ad3f6f160c3b00aeb26df1bc8e8bb8ef1010dc3374e28dc' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AdminCancelTrainingSession' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CancelTrainingSessionInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'cancelTrainingSession' },
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
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AdminSessionRow' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminSessionRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TrainingSession' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'location' } },
          { kind: 'Field', name: { kind: 'Name', value: 'capacity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seatsLeft' } },
          { kind: 'Field', name: { kind: 'Name', value: 'registrationDeadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cancelledOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cancelReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isEditable' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'training' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminCancelTrainingSessionMutation, AdminCancelTrainingSessionMutationVariables>;
export const AdminCreateApiKeyDocument = {
  __meta__: { hash: '700c39189f1b939982bc50e9f9431bb70d74729c7bb43e2bb6c77bc5e17de28b' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AdminCreateApiKey' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateApiKeyInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createApiKey' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'apiKey' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AdminApiKeyRow' } },
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
      name: { kind: 'Name', value: 'AdminApiKeyRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ApiKey' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scopes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revokedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminCreateApiKeyMutation, AdminCreateApiKeyMutationVariables>;
export const AdminCreateLadderEdgeDocument = {
  __meta__: { hash: '84f3f6d65583553ec3b9785091fd62bb15ed85b639f9d6b6841a6c52d408f421' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AdminCreateLadderEdge' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateCareerLadderEdgeInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createCareerLadderEdge' },
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
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AdminOrgLadderEdge' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminOrgLadderEdge' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CareerLadderEdge' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'minYearsInPosition' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'fromPosition' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'toPosition' },
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
} as unknown as DocumentNode<AdminCreateLadderEdgeMutation, AdminCreateLadderEdgeMutationVariables>;
export const AdminCreateUnitDocument = {
  __meta__: { hash: '530ac81d876d3db3e22a7e932be2f60d409c23fe230df9a815d105a88301f71c' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AdminCreateUnit' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateUnitInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createUnit' },
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
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AdminOrgUnit' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminOrgUnit' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Unit' } },
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
} as unknown as DocumentNode<AdminCreateUnitMutation, AdminCreateUnitMutationVariables>;
export const AdminEmployeeImportHistoriesDocument = {
  __meta__: { hash: '65b0963c3ab14772da4a84eb3d2703b640437061f9427f38645de3df3d38d458' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AdminEmployeeImportHistories' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ImportHistoriesInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'importHistories' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'imported' } },
                { kind: 'Field', name: { kind: 'Name', value: 'employees' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dryRun' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminEmployeeImportHistoriesMutation, AdminEmployeeImportHistoriesMutationVariables>;
export const AdminEmployeeRecordEducationDocument = {
  __meta__: { hash: '922be60f9e1c35f8927687caf4b39dbff8fb05c685a7cedcbd1672f277320f7e' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AdminEmployeeRecordEducation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RecordEducationInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordEducation' },
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
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminEmployeeRecordEducationMutation, AdminEmployeeRecordEducationMutationVariables>;
export const AdminEmployeeRecordPositionDocument = {
  __meta__: { hash: '7456679b67bc4ef1dc72aa41f166b1636ca3c61d826c132beb8ce61e4e494f8b' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AdminEmployeeRecordPosition' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RecordPositionInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordPosition' },
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
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminEmployeeRecordPositionMutation, AdminEmployeeRecordPositionMutationVariables>;
export const AdminEmployeeRecordRankDocument = {
  __meta__: { hash: 'ceec434b18303a591457c250a5f2fdbf1e84dcc0b4c0d567b7dbd0ed2506761a' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AdminEmployeeRecordRank' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'RecordRankInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordRank' },
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
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminEmployeeRecordRankMutation, AdminEmployeeRecordRankMutationVariables>;
export const AdminEmployeeRecordRatingDocument = {
  __meta__: { hash: 'b8cabfc12192b351f411a77eae7b52bcd24e3fdc7fe00edcf1aec5f1c3ed8bf2' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AdminEmployeeRecordRating' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RecordPerformanceRatingInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordPerformanceRating' },
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
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminEmployeeRecordRatingMutation, AdminEmployeeRecordRatingMutationVariables>;
export const AdminMoveUnitDocument = {
  __meta__: { hash: '156a5a5ee08a1ab14da83498b451e18d3b3a389a1826fa0cae6ca4fea841db73' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AdminMoveUnit' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'MoveUnitInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'moveUnit' },
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
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AdminOrgUnit' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminOrgUnit' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Unit' } },
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
} as unknown as DocumentNode<AdminMoveUnitMutation, AdminMoveUnitMutationVariables>;
export const AdminPastTrainingImportDocument = {
  __meta__: { hash: '3944d8ea0110f902ccaa1926cd27407e5a49db08cb0d05315beae8dccbf2c1fd' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AdminPastTrainingImport' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ImportPastTrainingsInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'importPastTrainings' },
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
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminPastTrainingImportMutation, AdminPastTrainingImportMutationVariables>;
export const AdminPastTrainingRecordDocument = {
  __meta__: { hash: 'cdbb962b42e826e6e2ceb230d850cbaa10bdd5d93b0f87813ea97d0409579a09' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AdminPastTrainingRecord' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'PastTrainingInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordPastTraining' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminPastTrainingRecordMutation, AdminPastTrainingRecordMutationVariables>;
export const AdminPastTrainingRejectDocument = {
  __meta__: { hash: '36bb189c446f60539d692e6b51105ff55e70a32ff03cda57d607857cf3f238e1' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AdminPastTrainingReject' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RejectPastTrainingInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rejectPastTraining' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rejectionReason' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminPastTrainingRejectMutation, AdminPastTrainingRejectMutationVariables>;
export const AdminPastTrainingVerifyDocument = {
  __meta__: { hash: '8f74794bc5009d01f781484fd83be40810c58c99d242e8e7ecc84587792eea25' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AdminPastTrainingVerify' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'VerifyPastTrainingInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'verifyPastTraining' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminPastTrainingVerifyMutation, AdminPastTrainingVerifyMutationVariables>;
export const AdminRemindCertificateHolderDocument = {
  __meta__: { hash: '93c71d17c147caf78eaeb34308c18a935aa109bf3db9330e71f52d1868a83520' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AdminRemindCertificateHolder' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RemindCertificateHolderInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'remindCertificateHolder' },
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
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AdminCertificateRow' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminCertificateRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Certificate' } },
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
          { kind: 'Field', name: { kind: 'Name', value: 'verificationState' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revocationReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'remindedOn' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'employee' },
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
            name: { kind: 'Name', value: 'scheme' },
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
  ],
} as unknown as DocumentNode<AdminRemindCertificateHolderMutation, AdminRemindCertificateHolderMutationVariables>;
export const AdminRemoveLadderEdgeDocument = {
  __meta__: { hash: 'cd682199c63d50ce7c3c179cc1228290bf24f87a324529cab5ea00bcb6b6d656' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AdminRemoveLadderEdge' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RemoveCareerLadderEdgeInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'removeCareerLadderEdge' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminRemoveLadderEdgeMutation, AdminRemoveLadderEdgeMutationVariables>;
export const AdminRenameUnitDocument = {
  __meta__: { hash: '69d307df309f2f6a8c18bed291ca1d3e587ddd9ecb6f98085589216b66649af4' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AdminRenameUnit' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'RenameUnitInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'renameUnit' },
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
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AdminOrgUnit' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminOrgUnit' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Unit' } },
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
} as unknown as DocumentNode<AdminRenameUnitMutation, AdminRenameUnitMutationVariables>;
export const AdminRetireCompetencyDocument = {
  __meta__: { hash: '48a77252cd475adb42a32e33272398375b9a3e3a98fc0fe99b07bcae94753764' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AdminRetireCompetency' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RetirePersonnelRowInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'retireCompetency' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'retiredOn' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminRetireCompetencyMutation, AdminRetireCompetencyMutationVariables>;
export const AdminRetireIssuerDocument = {
  __meta__: { hash: '943e1abc879beb733fcf587f60c23b8e6865e3660157840f94abfe607d3257db' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AdminRetireIssuer' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RetireIssuerInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'retireIssuer' },
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
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AdminIssuerRow' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminIssuerRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Issuer' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'retiredOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isEditable' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminRetireIssuerMutation, AdminRetireIssuerMutationVariables>;
export const AdminRetirePositionDocument = {
  __meta__: { hash: 'd24814cdce4427aba3fab08e871920faf9e9b8fc349d77ca72b13f000775213a' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AdminRetirePosition' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RetirePersonnelRowInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'retirePosition' },
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
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AdminOrgPosition' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminOrgPosition' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Position' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'functionalLevel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'minGolongan' } },
          { kind: 'Field', name: { kind: 'Name', value: 'minEducation' } },
          { kind: 'Field', name: { kind: 'Name', value: 'retirementAge' } },
          { kind: 'Field', name: { kind: 'Name', value: 'minPppkGrade' } },
          { kind: 'Field', name: { kind: 'Name', value: 'minPppkGradeIsDefault' } },
          { kind: 'Field', name: { kind: 'Name', value: 'defaultMinPppkGrade' } },
          { kind: 'Field', name: { kind: 'Name', value: 'retiredOn' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unit' },
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
} as unknown as DocumentNode<AdminRetirePositionMutation, AdminRetirePositionMutationVariables>;
export const AdminRetireProviderDocument = {
  __meta__: { hash: 'af3cb9f9675a58c2c64a545f4e97cf36cc2d9114b209d0c8d284d83da7e524c7' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AdminRetireProvider' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'RetireInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'retireProvider' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'retiredOn' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminRetireProviderMutation, AdminRetireProviderMutationVariables>;
export const AdminRetireSchemeDocument = {
  __meta__: { hash: '99f7111a9e090f521cdc45fede3fee554ef9ec67794a78c0cde790b5cd23e39f' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AdminRetireScheme' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RetireSchemeInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'retireScheme' },
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
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AdminSchemeRow' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminSchemeRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Scheme' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'validityMonths' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nationallyRecognised' } },
          { kind: 'Field', name: { kind: 'Name', value: 'retiredOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isEditable' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'issuer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'certifies' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'level' } },
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
            name: { kind: 'Name', value: 'requiredFor' },
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
} as unknown as DocumentNode<AdminRetireSchemeMutation, AdminRetireSchemeMutationVariables>;
export const AdminRetireTrainingDocument = {
  __meta__: { hash: 'b3d065f2b007e93101eafb06e90ddd0f9ab723ffa6211412aef91b9e98ee921b' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AdminRetireTraining' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'RetireInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'retireTraining' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'retiredOn' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminRetireTrainingMutation, AdminRetireTrainingMutationVariables>;
export const AdminRevokeApiKeyDocument = {
  __meta__: { hash: '866fc02a8cec10c35827e4c9a9ee3054ff4b339de0ee0ce364466ecd6921f60e' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AdminRevokeApiKey' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RevokeApiKeyInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'revokeApiKey' },
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
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AdminApiKeyRow' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminApiKeyRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ApiKey' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scopes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revokedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminRevokeApiKeyMutation, AdminRevokeApiKeyMutationVariables>;
export const AdminRosterApproveDocument = {
  __meta__: { hash: 'd54adb76c1673b96c30948eb779af8fcc141ef5ff56f1aba669119ffdb1b011a' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AdminRosterApprove' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'EnrolmentDecisionInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'approveEnrolment' },
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
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AdminRosterRow' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminRosterRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Enrolment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requestedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'preTestScore' } },
          { kind: 'Field', name: { kind: 'Name', value: 'postTestScore' } },
          { kind: 'Field', name: { kind: 'Name', value: 'certificateNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decisionNote' } },
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
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminRosterApproveMutation, AdminRosterApproveMutationVariables>;
export const AdminRosterAttendDocument = {
  __meta__: { hash: '3a6807ff1af743803f67d92276b897cad05fc72879e44bd40e030e0865408b8f' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AdminRosterAttend' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'EnrolmentDecisionInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordAttendance' },
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
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AdminRosterRow' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminRosterRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Enrolment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requestedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'preTestScore' } },
          { kind: 'Field', name: { kind: 'Name', value: 'postTestScore' } },
          { kind: 'Field', name: { kind: 'Name', value: 'certificateNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decisionNote' } },
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
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminRosterAttendMutation, AdminRosterAttendMutationVariables>;
export const AdminRosterRejectDocument = {
  __meta__: { hash: '1f72278e9f96cb12251318d64857afcd32e472f94e01f9af4d7ca811073f2f2b' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AdminRosterReject' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'EnrolmentDecisionInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rejectEnrolment' },
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
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AdminRosterRow' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminRosterRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Enrolment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requestedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'preTestScore' } },
          { kind: 'Field', name: { kind: 'Name', value: 'postTestScore' } },
          { kind: 'Field', name: { kind: 'Name', value: 'certificateNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decisionNote' } },
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
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminRosterRejectMutation, AdminRosterRejectMutationVariables>;
export const AdminRosterResultsDocument = {
  __meta__: { hash: '41873f10c61b465a349e1682ebdc0930f034268f9e266d94046b1caa0e45ffb8' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AdminRosterResults' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RecordResultsInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordResults' },
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
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AdminRosterRow' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminRosterRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Enrolment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requestedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'preTestScore' } },
          { kind: 'Field', name: { kind: 'Name', value: 'postTestScore' } },
          { kind: 'Field', name: { kind: 'Name', value: 'certificateNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decisionNote' } },
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
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminRosterResultsMutation, AdminRosterResultsMutationVariables>;
export const AdminSaveCompetencyDocument = {
  __meta__: { hash: '952749dca5a4faec0855c2dd221f03659a56c552b1c431a8f0cfe6515f112aef' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AdminSaveCompetency' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'CompetencyInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'saveCompetency' },
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
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AdminCompetencyEntry' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminCompetencyEntry' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Competency' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'definition' } },
          { kind: 'Field', name: { kind: 'Name', value: 'retiredOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isEditable' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'levels' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                { kind: 'Field', name: { kind: 'Name', value: 'descriptor' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminSaveCompetencyMutation, AdminSaveCompetencyMutationVariables>;
export const AdminSaveIssuerDocument = {
  __meta__: { hash: '0ec8efa9f2f8fbbabebd14e9b6995fb65eac550d1d649c58c88066bc358f0a11' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AdminSaveIssuer' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'IssuerInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'saveIssuer' },
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
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AdminIssuerRow' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminIssuerRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Issuer' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'retiredOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isEditable' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminSaveIssuerMutation, AdminSaveIssuerMutationVariables>;
export const AdminSavePositionDocument = {
  __meta__: { hash: '2924e858b911d35e0aa9aae00eeabf90edf67b84050b989139b8e2d880095d17' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AdminSavePosition' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'PositionInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'savePosition' },
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
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AdminOrgPosition' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminOrgPosition' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Position' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'functionalLevel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'minGolongan' } },
          { kind: 'Field', name: { kind: 'Name', value: 'minEducation' } },
          { kind: 'Field', name: { kind: 'Name', value: 'retirementAge' } },
          { kind: 'Field', name: { kind: 'Name', value: 'minPppkGrade' } },
          { kind: 'Field', name: { kind: 'Name', value: 'minPppkGradeIsDefault' } },
          { kind: 'Field', name: { kind: 'Name', value: 'defaultMinPppkGrade' } },
          { kind: 'Field', name: { kind: 'Name', value: 'retiredOn' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unit' },
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
} as unknown as DocumentNode<AdminSavePositionMutation, AdminSavePositionMutationVariables>;
export const AdminSaveProviderDocument = {
  __meta__: { hash: '14a309dde6dc15e19566665a064e1c934d4fc80401d7124e6b500c737fdeecfc' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AdminSaveProvider' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ProviderInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'saveProvider' },
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
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AdminCatalogProviderRow' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminCatalogProviderRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Provider' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'retiredOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isEditable' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminSaveProviderMutation, AdminSaveProviderMutationVariables>;
export const AdminSaveSchemeDocument = {
  __meta__: { hash: '45189a7061425be730e8aa006ec205a192e646c2993fa8f42f9536a54cd392da' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AdminSaveScheme' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'SchemeInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'saveScheme' },
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
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AdminSchemeRow' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminSchemeRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Scheme' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'validityMonths' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nationallyRecognised' } },
          { kind: 'Field', name: { kind: 'Name', value: 'retiredOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isEditable' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'issuer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'certifies' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'level' } },
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
            name: { kind: 'Name', value: 'requiredFor' },
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
} as unknown as DocumentNode<AdminSaveSchemeMutation, AdminSaveSchemeMutationVariables>;
export const AdminSaveTrainingDocument = {
  __meta__: { hash: 'c80024a76db8953d17839609d501637b4edb31b24412cfa5bb4ea2838a267f6b' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AdminSaveTraining' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'TrainingInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'saveTraining' },
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
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AdminCatalogTrainingRow' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminCatalogTrainingRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Training' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'form' } },
          { kind: 'Field', name: { kind: 'Name', value: 'category' } },
          { kind: 'Field', name: { kind: 'Name', value: 'jp' } },
          { kind: 'Field', name: { kind: 'Name', value: 'costPerParticipant' } },
          { kind: 'Field', name: { kind: 'Name', value: 'retiredOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isEditable' } },
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
            name: { kind: 'Name', value: 'competencies' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'maxLevel' } },
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
            name: { kind: 'Name', value: 'prerequisites' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminSaveTrainingMutation, AdminSaveTrainingMutationVariables>;
export const AdminSetExpiringWindowDocument = {
  __meta__: { hash: 'c6bfa73243808ae696eed9628c530df1d21e6cec38418be6e40ca79d8d501877' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AdminSetExpiringWindow' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SetExpiringWindowInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setExpiringWindow' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminSetExpiringWindowMutation, AdminSetExpiringWindowMutationVariables>;
export const AdminSetJpSettingsDocument = {
  __meta__: { hash: '749f67f9d717b64529296edf8ed56bbfb06cc80b2c95920b7ec4db718928df56' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AdminSetJpSettings' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'JpSettingsInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setJpSettings' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'jpTarget' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminSetJpSettingsMutation, AdminSetJpSettingsMutationVariables>;
export const AdminStartMentorshipDocument = {
  __meta__: { hash: 'bbf03f3467ee4a316ffe0039c4b7a1e2776e8954ea0ca34f61609045d6dfd0ec' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AdminStartMentorship' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'StartMentorshipInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'startMentorship' },
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
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AdminMentorshipRow' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminMentorshipRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Mentorship' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mentor' },
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
            name: { kind: 'Name', value: 'focusCompetencies' },
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
} as unknown as DocumentNode<AdminStartMentorshipMutation, AdminStartMentorshipMutationVariables>;
export const AdminSweepRemindersDocument = {
  __meta__: { hash: 'ef5def88131a6e55825a35a4de5d09bd2f631860a2663f3f2f063c26a776e100' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AdminSweepReminders' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'agencyId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sweepReminders' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'agencyId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'agencyId' } },
              },
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
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'trainingRemindersSwept' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'certificateRemindersSwept' } },
                          ],
                        },
                      },
                    ],
                  },
                },
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
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminSweepRemindersMutation, AdminSweepRemindersMutationVariables>;
export const AdminUpdateAgencySettingsDocument = {
  __meta__: { hash: '609cb931d0e309eb4e2c83c6b85fdfa2050a81afd7f848c3c846c12558cbe560' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AdminUpdateAgencySettings' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'AgencySettingsInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateAgencySettings' },
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
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminUpdateAgencySettingsMutation, AdminUpdateAgencySettingsMutationVariables>;
export const AdminUpdateTrainingSessionDocument = {
  __meta__: { hash: '78e2fab7f02b379ce9d69ddba0ab25bc720c8ffd499c74189b9d81cacf2800c3' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AdminUpdateTrainingSession' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateTrainingSessionInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateTrainingSession' },
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
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AdminSessionRow' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminSessionRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TrainingSession' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'location' } },
          { kind: 'Field', name: { kind: 'Name', value: 'capacity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seatsLeft' } },
          { kind: 'Field', name: { kind: 'Name', value: 'registrationDeadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cancelledOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cancelReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isEditable' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'training' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminUpdateTrainingSessionMutation, AdminUpdateTrainingSessionMutationVariables>;
export const AnswerNeedsSurveyDocument = {
  __meta__: { hash: '75fb3d358bd2a5aa6f9b2c8e25496b7c749498781bf24b8c787740f9d4e700eb' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AnswerNeedsSurvey' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'AnswerNeedsSurveyInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'answerNeedsSurvey' },
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
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'NeedsSurveyAnswer' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NeedsSurveyAnswer' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'NeedsSurveyResponse' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'forms' } },
          { kind: 'Field', name: { kind: 'Name', value: 'note' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedOn' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'competencies' },
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
} as unknown as DocumentNode<AnswerNeedsSurveyMutation, AnswerNeedsSurveyMutationVariables>;
export const ApplyDegreeStudyDocument = {
  __meta__: { hash: '1ef92c5e187d97e28b8900966a8c946f2adb7e01f942460020e93e8cc2655655' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ApplyDegreeStudy' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ApplyDegreeStudyInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'applyDegreeStudy' },
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
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DegreeStudyCard' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DegreeStudyCard' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DegreeStudy' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'level' } },
          { kind: 'Field', name: { kind: 'Name', value: 'programme' } },
          { kind: 'Field', name: { kind: 'Name', value: 'institution' } },
          { kind: 'Field', name: { kind: 'Name', value: 'funding' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expectedEndOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'appliedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'managerApprovedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rejectionReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'graduatedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'serviceBondMonths' } },
          { kind: 'Field', name: { kind: 'Name', value: 'serviceBondEndsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canDecide' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canGraduate' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'employee' },
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
            name: { kind: 'Name', value: 'reports' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'semester' } },
                { kind: 'Field', name: { kind: 'Name', value: 'gpa' } },
                { kind: 'Field', name: { kind: 'Name', value: 'creditsEarned' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ApplyDegreeStudyMutation, ApplyDegreeStudyMutationVariables>;
export const ApproveDegreeStudyDocument = {
  __meta__: { hash: 'c2f06e4d843ca3db2e858a158df201c78e25c6b2e7327b6ad1f30d09f6f3d57a' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ApproveDegreeStudy' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'DecideDegreeStudyInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'approveDegreeStudy' },
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
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DegreeStudyCard' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DegreeStudyCard' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DegreeStudy' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'level' } },
          { kind: 'Field', name: { kind: 'Name', value: 'programme' } },
          { kind: 'Field', name: { kind: 'Name', value: 'institution' } },
          { kind: 'Field', name: { kind: 'Name', value: 'funding' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expectedEndOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'appliedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'managerApprovedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rejectionReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'graduatedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'serviceBondMonths' } },
          { kind: 'Field', name: { kind: 'Name', value: 'serviceBondEndsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canDecide' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canGraduate' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'employee' },
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
            name: { kind: 'Name', value: 'reports' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'semester' } },
                { kind: 'Field', name: { kind: 'Name', value: 'gpa' } },
                { kind: 'Field', name: { kind: 'Name', value: 'creditsEarned' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ApproveDegreeStudyMutation, ApproveDegreeStudyMutationVariables>;
export const ApproveDevelopmentPlanDocument = {
  __meta__: { hash: '67c7f7c649b7dc7496a9a28f6d43a5fe5a96fb357c67a4c03dece64974abe8a0' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ApproveDevelopmentPlan' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'PlanDecisionInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'approveDevelopmentPlan' },
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
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DevelopmentPlanDetail' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DevelopmentPlanDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DevelopmentPlan' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'managerNote' } },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'costPerParticipant' } },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
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
} as unknown as DocumentNode<ApproveDevelopmentPlanMutation, ApproveDevelopmentPlanMutationVariables>;
export const ApproveEnrolmentDocument = {
  __meta__: { hash: 'bf49ac0682894f060597c5c71d6d8c77ed03ec42327c175e0fc5e3f7f61bf290' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ApproveEnrolment' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'EnrolmentDecisionInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'approveEnrolment' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decisionNote' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reactionRating' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ApproveEnrolmentMutation, ApproveEnrolmentMutationVariables>;
export const ApprovePlacementDocument = {
  __meta__: { hash: '5f39fc95289fb498c34735e1d98e6a848d007c1c64fd164aede46b2cc0d6b3b5' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ApprovePlacement' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'DecidePlacementInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'approvePlacement' },
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
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PlacementCard' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PlacementCard' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Placement' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hostOrganisation' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supervisorName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supervisorContact' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'jp' } },
          { kind: 'Field', name: { kind: 'Name', value: 'goals' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rejectionReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'report' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hostAssessment' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canDecide' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canComplete' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'employee' },
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
            name: { kind: 'Name', value: 'competencies' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'targetLevel' } },
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
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ApprovePlacementMutation, ApprovePlacementMutationVariables>;
export const CancelEnrolmentDocument = {
  __meta__: { hash: '3026befbd9d1b20fba0c73b69f438d3dfc7044235253a269010115fbdc37e5b8' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CancelEnrolment' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'EnrolmentDecisionInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'cancelEnrolment' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decisionNote' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reactionRating' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CancelEnrolmentMutation, CancelEnrolmentMutationVariables>;
export const ChooseCareerTargetDocument = {
  __meta__: { hash: 'a5238ba3762f1e8ab84a97bb6e0394d9c0975955f555fa9eaeb05259b4dc9c29' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ChooseCareerTarget' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ChooseCareerTargetInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'chooseCareerTarget' },
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
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CareerTargetDetail' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CareerTargetDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Employee' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'careerTarget' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'chosenOn' } },
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
                  name: { kind: 'Name', value: 'option' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'employeeId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'positionId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'jpm' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'jpmCategory' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'trainingPlan' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'totalJp' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'plannedJp' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'progress' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'competenciesMet' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'competencyCount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'requirementsMet' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'requirementCount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'complete' } },
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
} as unknown as DocumentNode<ChooseCareerTargetMutation, ChooseCareerTargetMutationVariables>;
export const ClearCareerTargetDocument = {
  __meta__: { hash: '2303427613459fe3528e027023040d30f806043c915249a91c5446433f414a29' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ClearCareerTarget' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ClearCareerTargetInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'clearCareerTarget' },
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
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CareerTargetDetail' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CareerTargetDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Employee' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'careerTarget' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'chosenOn' } },
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
                  name: { kind: 'Name', value: 'option' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'employeeId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'positionId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'jpm' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'jpmCategory' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'trainingPlan' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'totalJp' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'plannedJp' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'progress' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'competenciesMet' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'competencyCount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'requirementsMet' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'requirementCount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'complete' } },
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
} as unknown as DocumentNode<ClearCareerTargetMutation, ClearCareerTargetMutationVariables>;
export const CloseReassessmentProposalDocument = {
  __meta__: { hash: '82e6b1c6c0f56572763c6dd738b74dfbdde0f7a3b40db213bc8e5ff0ae3d9b7d' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CloseReassessmentProposal' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CloseReassessmentProposalInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'closeReassessmentProposal' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'reassessmentClosedOn' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CloseReassessmentProposalMutation, CloseReassessmentProposalMutationVariables>;
export const CompletePlacementDocument = {
  __meta__: { hash: '4ede34f6e5e8bce43893acc0682d7b9e36f90cc67de81ffe60c36cc847d4233f' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CompletePlacement' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CompletePlacementInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'completePlacement' },
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
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PlacementCard' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PlacementCard' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Placement' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hostOrganisation' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supervisorName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supervisorContact' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'jp' } },
          { kind: 'Field', name: { kind: 'Name', value: 'goals' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rejectionReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'report' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hostAssessment' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canDecide' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canComplete' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'employee' },
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
            name: { kind: 'Name', value: 'competencies' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'targetLevel' } },
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
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CompletePlacementMutation, CompletePlacementMutationVariables>;
export const CreateEmployeeDocument = {
  __meta__: { hash: '989f7a63c63ae7957dd52134bc635005ba805e4979a2a02bd45579f399784b36' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateEmployee' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateEmployeeInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createEmployee' },
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
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AdminEmployeeRecord' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminEmployeeRecord' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Employee' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nip' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'employeeType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pppkGrade' } },
          { kind: 'Field', name: { kind: 'Name', value: 'golongan' } },
          { kind: 'Field', name: { kind: 'Name', value: 'education' } },
          { kind: 'Field', name: { kind: 'Name', value: 'positionSince' } },
          { kind: 'Field', name: { kind: 'Name', value: 'performancePredikat' } },
          { kind: 'Field', name: { kind: 'Name', value: 'potentialScore' } },
          { kind: 'Field', name: { kind: 'Name', value: 'birthDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'appointmentMonth' } },
          { kind: 'Field', name: { kind: 'Name', value: 'gender' } },
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
} as unknown as DocumentNode<CreateEmployeeMutation, CreateEmployeeMutationVariables>;
export const CreateTrainingSessionDocument = {
  __meta__: { hash: 'f1ff4862dc9cb6de72861a89d5e60a7fa29ad06eba8e3a5bf4aa0c6dcdd0996a' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateTrainingSession' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateTrainingSessionInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createTrainingSession' },
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
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AdminSessionRow' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminSessionRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TrainingSession' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'location' } },
          { kind: 'Field', name: { kind: 'Name', value: 'capacity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seatsLeft' } },
          { kind: 'Field', name: { kind: 'Name', value: 'registrationDeadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cancelledOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cancelReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isEditable' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'training' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateTrainingSessionMutation, CreateTrainingSessionMutationVariables>;
export const DecideFollowUpDocument = {
  __meta__: { hash: '224eea6e03fe53e564b554425526f73e3139f8f130c63fd0499db18fef97bfcc' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DecideFollowUp' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'DecideFollowUpInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'decideFollowUp' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'followUpDecision' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DecideFollowUpMutation, DecideFollowUpMutationVariables>;
export const EndMentorshipDocument = {
  __meta__: { hash: 'e8749aafa0c39a26fa785f21ceb27f0de918cbe13eeaa1921169aa653fe150d2' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'EndMentorship' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'EndMentorshipInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'endMentorship' },
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
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AdminMentorshipRow' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminMentorshipRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Mentorship' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mentor' },
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
            name: { kind: 'Name', value: 'focusCompetencies' },
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
} as unknown as DocumentNode<EndMentorshipMutation, EndMentorshipMutationVariables>;
export const EndMentorshipWithOutcomeDocument = {
  __meta__: { hash: 'ea36c22d67d075742bfa29c160bde80c6e92cc0ec2e60ef561bea403512d1956' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'EndMentorshipWithOutcome' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'EndMentorshipInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'endMentorship' },
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
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'MentorshipLogCard' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MentorshipLogCard' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Mentorship' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcomeNote' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mentor' },
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
            name: { kind: 'Name', value: 'mentee' },
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
            name: { kind: 'Name', value: 'focusCompetencies' },
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
            name: { kind: 'Name', value: 'log' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'heldOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EndMentorshipWithOutcomeMutation, EndMentorshipWithOutcomeMutationVariables>;
export const EndPartnershipDocument = {
  __meta__: { hash: '489c42f1d3f37818188c541aae3a0e4a009ca912ae0d68e75733561a84ae5707' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'EndPartnership' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'EndPartnershipInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'endPartnership' },
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
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PartnershipRow' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PartnershipRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Partnership' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'partnerName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'partnerKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'agreementKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'documentNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scope' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contactName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contactInfo' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastActivityOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'participants' } },
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
            name: { kind: 'Name', value: 'activities' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'heldOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'participants' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EndPartnershipMutation, EndPartnershipMutationVariables>;
export const GraduateDegreeStudyDocument = {
  __meta__: { hash: 'efdb536658e08c67962672a2b96ddcc2cc4592ba92bf24adb5b82030ecef0579' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'GraduateDegreeStudy' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'GraduateDegreeStudyInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'graduateDegreeStudy' },
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
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DegreeStudyCard' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DegreeStudyCard' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DegreeStudy' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'level' } },
          { kind: 'Field', name: { kind: 'Name', value: 'programme' } },
          { kind: 'Field', name: { kind: 'Name', value: 'institution' } },
          { kind: 'Field', name: { kind: 'Name', value: 'funding' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expectedEndOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'appliedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'managerApprovedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rejectionReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'graduatedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'serviceBondMonths' } },
          { kind: 'Field', name: { kind: 'Name', value: 'serviceBondEndsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canDecide' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canGraduate' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'employee' },
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
            name: { kind: 'Name', value: 'reports' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'semester' } },
                { kind: 'Field', name: { kind: 'Name', value: 'gpa' } },
                { kind: 'Field', name: { kind: 'Name', value: 'creditsEarned' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<GraduateDegreeStudyMutation, GraduateDegreeStudyMutationVariables>;
export const ImportAssessmentsDocument = {
  __meta__: { hash: 'a96224545883bda5c196553c84ed16c01428bcabd5557e0239b2301a234ed1fc' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ImportAssessments' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ImportAssessmentsInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'importAssessments' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'imported' } },
                { kind: 'Field', name: { kind: 'Name', value: 'employees' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dryRun' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ImportAssessmentsMutation, ImportAssessmentsMutationVariables>;
export const MarkNotificationsReadDocument = {
  __meta__: { hash: '82af06773c5e2623acc12e4f996ca7913e2b0bf1f76022068cbef676a3a403ff' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'MarkNotificationsRead' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'training' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
            },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'certification' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'markTrainingNotificationsRead' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'notificationIds' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'training' } },
              },
            ],
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'markCertificationNotificationsRead' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'notificationIds' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'certification' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export const MyPastTrainingSubmitDocument = {
  __meta__: { hash: '573893dafc77ecf8cc48a12cba5c7f05450d58767cbeba20fa884e8f28784082' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'MyPastTrainingSubmit' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'PastTrainingInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'submitPastTraining' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MyPastTrainingSubmitMutation, MyPastTrainingSubmitMutationVariables>;
export const OpenNeedsSurveyDocument = {
  __meta__: { hash: 'c15a69a50017e5e2f3044ea00da8696654f98eba29b6217a5cad86b9798e8cbc' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'OpenNeedsSurvey' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'OpenNeedsSurveyInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'openNeedsSurvey' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'closesOn' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OpenNeedsSurveyMutation, OpenNeedsSurveyMutationVariables>;
export const ProposePlacementDocument = {
  __meta__: { hash: 'b7fd0a70cf152d41ebfc44d0f6b922ccdcbcc39fdbd81c77bdd0b89e3ec86c3a' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ProposePlacement' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ProposePlacementInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'proposePlacement' },
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
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PlacementCard' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PlacementCard' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Placement' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hostOrganisation' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supervisorName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supervisorContact' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'jp' } },
          { kind: 'Field', name: { kind: 'Name', value: 'goals' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rejectionReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'report' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hostAssessment' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canDecide' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canComplete' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'employee' },
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
            name: { kind: 'Name', value: 'competencies' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'targetLevel' } },
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
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProposePlacementMutation, ProposePlacementMutationVariables>;
export const RateApplicationDocument = {
  __meta__: { hash: 'd2ec14e2582e1105e580823ea9290a50f6ea0b1360b898a8fd5331b57cbf216a' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RateApplication' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RateApplicationInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rateApplication' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'applicationRating' } },
                { kind: 'Field', name: { kind: 'Name', value: 'followUp' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RateApplicationMutation, RateApplicationMutationVariables>;
export const RecordAssessmentDocument = {
  __meta__: { hash: '7bb402ea59c4bfc32c90b2d3c16aeefa316fe1b471646b85b4c69739480ff301' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RecordAssessment' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RecordAssessmentInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordAssessment' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                { kind: 'Field', name: { kind: 'Name', value: 'assessedOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'assessor' } },
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
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RecordAssessmentMutation, RecordAssessmentMutationVariables>;
export const RecordCertificateDocument = {
  __meta__: { hash: '4f2781f5e41eacfbb2f7dcba04c3633eeebe22f7f9e2f565d7d50607d17f47d6' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RecordCertificate' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RecordCertificateInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordCertificate' },
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
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AdminCertificateRow' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminCertificateRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Certificate' } },
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
          { kind: 'Field', name: { kind: 'Name', value: 'verificationState' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revocationReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'remindedOn' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'employee' },
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
            name: { kind: 'Name', value: 'scheme' },
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
  ],
} as unknown as DocumentNode<RecordCertificateMutation, RecordCertificateMutationVariables>;
export const RecordPartnershipActivityDocument = {
  __meta__: { hash: '8ad8bc9bad70d868cebfbd20bea5e846cf958f4d54b26ff9d6e5cfbab31f2414' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RecordPartnershipActivity' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'PartnershipActivityInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordPartnershipActivity' },
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
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RecordPartnershipActivityMutation, RecordPartnershipActivityMutationVariables>;
export const RecordReactionDocument = {
  __meta__: { hash: 'b4e7ed280ba1e08731fb7a4950e64cca18a13e37492666492de74586d3c85ded' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RecordReaction' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RecordReactionInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordReaction' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decisionNote' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reactionRating' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RecordReactionMutation, RecordReactionMutationVariables>;
export const RejectDegreeStudyDocument = {
  __meta__: { hash: 'c8bb9c2070ec2b2ffb1d085791fa1d44a7846564ecda5a176eb36179b59d740f' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RejectDegreeStudy' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'DecideDegreeStudyInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rejectDegreeStudy' },
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
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DegreeStudyCard' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DegreeStudyCard' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DegreeStudy' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'level' } },
          { kind: 'Field', name: { kind: 'Name', value: 'programme' } },
          { kind: 'Field', name: { kind: 'Name', value: 'institution' } },
          { kind: 'Field', name: { kind: 'Name', value: 'funding' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expectedEndOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'appliedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'managerApprovedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rejectionReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'graduatedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'serviceBondMonths' } },
          { kind: 'Field', name: { kind: 'Name', value: 'serviceBondEndsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canDecide' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canGraduate' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'employee' },
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
            name: { kind: 'Name', value: 'reports' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'semester' } },
                { kind: 'Field', name: { kind: 'Name', value: 'gpa' } },
                { kind: 'Field', name: { kind: 'Name', value: 'creditsEarned' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RejectDegreeStudyMutation, RejectDegreeStudyMutationVariables>;
export const RejectEnrolmentDocument = {
  __meta__: { hash: '3256dc7c6436c2bd09989f6aab8015ba38b52be88ac08137e28e4be225d4e154' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RejectEnrolment' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'EnrolmentDecisionInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rejectEnrolment' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decisionNote' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reactionRating' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RejectEnrolmentMutation, RejectEnrolmentMutationVariables>;
export const RejectPlacementDocument = {
  __meta__: { hash: 'a1087605707461031ec0c6b12cade06e898d9ef5648ec0980b1ce7d91f8d4f95' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RejectPlacement' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'DecidePlacementInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rejectPlacement' },
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
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PlacementCard' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PlacementCard' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Placement' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hostOrganisation' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supervisorName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supervisorContact' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'jp' } },
          { kind: 'Field', name: { kind: 'Name', value: 'goals' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rejectionReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'report' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hostAssessment' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canDecide' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canComplete' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'employee' },
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
            name: { kind: 'Name', value: 'competencies' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'targetLevel' } },
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
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RejectPlacementMutation, RejectPlacementMutationVariables>;
export const RemoveTrainingFromPlanDocument = {
  __meta__: { hash: 'c9acb3b10ba1c61418ce2b93c95aef076a3ff35bdff90cd366ba3589cb296543' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RemoveTrainingFromPlan' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RemoveTrainingFromPlanInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'removeTrainingFromPlan' },
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
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DevelopmentPlanDetail' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DevelopmentPlanDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DevelopmentPlan' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'managerNote' } },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'costPerParticipant' } },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
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
} as unknown as DocumentNode<RemoveTrainingFromPlanMutation, RemoveTrainingFromPlanMutationVariables>;
export const RenewCertificateDocument = {
  __meta__: { hash: '10c6a26cb6e924f1d08e8a09b039d08a847b050efd356b6c4e8e7af028b42c70' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RenewCertificate' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RenewCertificateInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'renewCertificate' },
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
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AdminCertificateRow' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminCertificateRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Certificate' } },
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
          { kind: 'Field', name: { kind: 'Name', value: 'verificationState' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revocationReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'remindedOn' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'employee' },
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
            name: { kind: 'Name', value: 'scheme' },
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
  ],
} as unknown as DocumentNode<RenewCertificateMutation, RenewCertificateMutationVariables>;
export const ReportDegreeStudyDocument = {
  __meta__: { hash: '2456fae560fd05c963039042476cf772bb8a9fc09fae8b84e4eca21db19d01cf' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReportDegreeStudy' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReportDegreeStudyInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reportDegreeStudy' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'semester' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReportDegreeStudyMutation, ReportDegreeStudyMutationVariables>;
export const RequestEnrolmentDocument = {
  __meta__: { hash: '6e34faa956ef041f6e5d6d69cb490c70d993cf75049135c66cfd266be2b54e35' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RequestEnrolment' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RequestEnrolmentInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'requestEnrolment' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decisionNote' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reactionRating' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RequestEnrolmentMutation, RequestEnrolmentMutationVariables>;
export const ReturnDevelopmentPlanDocument = {
  __meta__: { hash: 'db6f3cb2c9679d0b8b7709ce96d7216e0d01d967eb20490b63a97cd490f6b6e1' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReturnDevelopmentPlan' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'PlanDecisionInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'returnDevelopmentPlan' },
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
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DevelopmentPlanDetail' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DevelopmentPlanDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DevelopmentPlan' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'managerNote' } },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'costPerParticipant' } },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
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
} as unknown as DocumentNode<ReturnDevelopmentPlanMutation, ReturnDevelopmentPlanMutationVariables>;
export const RevokeCertificateDocument = {
  __meta__: { hash: '64df9c34cab23f9ec5ce37819eb8d8e2845aa0bdff5914aaa5e4da56d24b96bf' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RevokeCertificate' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RevokeCertificateInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'revokeCertificate' },
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
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AdminCertificateRow' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminCertificateRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Certificate' } },
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
          { kind: 'Field', name: { kind: 'Name', value: 'verificationState' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revocationReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'remindedOn' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'employee' },
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
            name: { kind: 'Name', value: 'scheme' },
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
  ],
} as unknown as DocumentNode<RevokeCertificateMutation, RevokeCertificateMutationVariables>;
export const SavePartnershipDocument = {
  __meta__: { hash: '0af991216b5fde1d5a557c9d07486f859f7b1453d2ed89a82fb155958771c360' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SavePartnership' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'PartnershipInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'savePartnership' },
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
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PartnershipRow' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PartnershipRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Partnership' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'partnerName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'partnerKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'agreementKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'documentNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scope' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contactName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contactInfo' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastActivityOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'participants' } },
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
            name: { kind: 'Name', value: 'activities' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'heldOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'participants' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SavePartnershipMutation, SavePartnershipMutationVariables>;
export const SetPositionStandardDocument = {
  __meta__: { hash: 'eb165584ad7d6cda8b6f7c8f6ca0bc9b0163e4c902183521832f8395431a481d' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetPositionStandard' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SetPositionStandardInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setPositionStandard' },
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
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetPositionStandardMutation, SetPositionStandardMutationVariables>;
export const SetTrainingBudgetDocument = {
  __meta__: { hash: '7e366d05ca4f375801ace9303cf9aa4c89d813258d6c64c4a59aa9a8bf79f271' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetTrainingBudget' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SetTrainingBudgetInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setTrainingBudget' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'unitId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetTrainingBudgetMutation, SetTrainingBudgetMutationVariables>;
export const SetUnitSatisfactionDocument = {
  __meta__: { hash: 'ecdd710fca39731b0f1d5658ebd86bf482b680d47ba155a8f54edbff3baebbea' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetUnitSatisfaction' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SetUnitSatisfactionInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setUnitSatisfaction' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'unitId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                { kind: 'Field', name: { kind: 'Name', value: 'score' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetUnitSatisfactionMutation, SetUnitSatisfactionMutationVariables>;
export const StartMentorshipDocument = {
  __meta__: { hash: '9a32c881934cabefc5aa862461ed1b5af387288e0e67ef8f6d1537c0e1497494' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'StartMentorship' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'StartMentorshipInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'startMentorship' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'startsOn' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'mentor' },
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
                  name: { kind: 'Name', value: 'mentorLevelWarnings' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'mentorLevel' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'targetLevel' } },
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
} as unknown as DocumentNode<StartMentorshipMutation, StartMentorshipMutationVariables>;
export const SubmitDevelopmentPlanDocument = {
  __meta__: { hash: '65ea3e266881c7aa9dafef496f5c82e10eca291f68e836f9d763906ebba80c50' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SubmitDevelopmentPlan' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'PlanDecisionInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'submitDevelopmentPlan' },
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
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DevelopmentPlanDetail' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DevelopmentPlanDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DevelopmentPlan' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'managerNote' } },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'costPerParticipant' } },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
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
} as unknown as DocumentNode<SubmitDevelopmentPlanMutation, SubmitDevelopmentPlanMutationVariables>;
export const UpdateEmployeeDocument = {
  __meta__: { hash: '65069d57f171b92f2489ede785e3a19f7a43719a4350b5fac1e99a421d748416' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateEmployee' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateEmployeeInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateEmployee' },
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
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AdminEmployeeRecord' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminEmployeeRecord' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Employee' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nip' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'employeeType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pppkGrade' } },
          { kind: 'Field', name: { kind: 'Name', value: 'golongan' } },
          { kind: 'Field', name: { kind: 'Name', value: 'education' } },
          { kind: 'Field', name: { kind: 'Name', value: 'positionSince' } },
          { kind: 'Field', name: { kind: 'Name', value: 'performancePredikat' } },
          { kind: 'Field', name: { kind: 'Name', value: 'potentialScore' } },
          { kind: 'Field', name: { kind: 'Name', value: 'birthDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'appointmentMonth' } },
          { kind: 'Field', name: { kind: 'Name', value: 'gender' } },
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
} as unknown as DocumentNode<UpdateEmployeeMutation, UpdateEmployeeMutationVariables>;
export const VerifyCertificateDocument = {
  __meta__: { hash: '2e5495c14db132546346cad91054b41a469ad570e9735ef4a50221c1a8f72ae2' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'VerifyCertificate' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'VerifyCertificateInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'verifyCertificate' },
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
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AdminCertificateRow' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminCertificateRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Certificate' } },
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
          { kind: 'Field', name: { kind: 'Name', value: 'verificationState' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revocationReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'remindedOn' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'employee' },
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
            name: { kind: 'Name', value: 'scheme' },
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
  ],
} as unknown as DocumentNode<VerifyCertificateMutation, VerifyCertificateMutationVariables>;
export const AdminAgencySettingsDocument = {
  __meta__: { hash: '2301ccbf7ab55039470fafcaaa570e38bf622f79d55cda743617e079cea137a3' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AdminAgencySettings' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'agencyId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'agency' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'agencyId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
                { kind: 'Field', name: { kind: 'Name', value: 'jpmFormula' } },
                { kind: 'Field', name: { kind: 'Name', value: 'assessmentValidityYears' } },
                { kind: 'Field', name: { kind: 'Name', value: 'potentialMenengahFrom' } },
                { kind: 'Field', name: { kind: 'Name', value: 'potentialTinggiFrom' } },
                { kind: 'Field', name: { kind: 'Name', value: 'mentorMenteeLimit' } },
                { kind: 'Field', name: { kind: 'Name', value: 'retirementHorizonYears' } },
                { kind: 'Field', name: { kind: 'Name', value: 'expiringWithinDays' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'jpSettings' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'jpTarget' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'pppkJpCap' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'postTestPassScore' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'applicationRatingAfterMonths' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reassessmentProposalMonths' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'partnershipLapsingDays' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'partnershipUnusedMonths' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'source' } },
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
} as unknown as DocumentNode<AdminAgencySettingsQuery, AdminAgencySettingsQueryVariables>;
export const AdminApiKeysDocument = {
  __meta__: { hash: '2485a782f9984a9bf2bc14409c8c33a7bab0414637046a7f59b40e61a787c7f8' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AdminApiKeys' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'apiKeys' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AdminApiKeyRow' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminApiKeyRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ApiKey' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scopes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revokedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminApiKeysQuery, AdminApiKeysQueryVariables>;
export const AdminAuditActorsDocument = {
  __meta__: { hash: 'aef1a403e6219ee9fa9819d84f319f1d72a38dad7ebf14b5631994d259a66679' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AdminAuditActors' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'actors' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'auditActors' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'actors' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'actors' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actor' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminAuditActorsQuery, AdminAuditActorsQueryVariables>;
export const AdminAuditLogDocument = {
  __meta__: { hash: 'c878fdac7d47fb2b398167c11952242acc982739069435672921c341d3dd05d8' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AdminAuditLog' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'actor' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'action' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'entityName' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'since' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'until' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'personnelBefore' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'trainingBefore' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'certificationBefore' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'personnelAuditLog' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'actor' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'actor' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'action' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'action' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'entityName' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'entityName' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'since' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'since' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'until' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'until' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'before' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'personnelBefore' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AdminAuditEntry' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'trainingAuditLog' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'actor' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'actor' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'action' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'action' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'entityName' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'entityName' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'since' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'since' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'until' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'until' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'before' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'trainingBefore' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AdminAuditEntry' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'certificationAuditLog' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'actor' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'actor' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'action' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'action' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'entityName' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'entityName' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'since' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'since' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'until' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'until' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'before' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'certificationBefore' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AdminAuditEntry' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminAuditEntry' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AuditEntry' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'occurredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'action' } },
          { kind: 'Field', name: { kind: 'Name', value: 'entityName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'entityId' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminAuditLogQuery, AdminAuditLogQueryVariables>;
export const AdminCatalogOptionsDocument = {
  __meta__: { hash: '0791b8fac728195859cbe0e9437998e591cc4bd46f0c5ed7a7638c6592c795c2' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AdminCatalogOptions' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'trainingProviders' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'includeRetired' },
                value: { kind: 'BooleanValue', value: true },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AdminCatalogProviderRow' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'competencies' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AdminTrainingCompetencyOption' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'trainings' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '100' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'AdminTrainingPrerequisiteOption' },
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
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminCatalogProviderRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Provider' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'retiredOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isEditable' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminTrainingCompetencyOption' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Competency' } },
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
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminTrainingPrerequisiteOption' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Training' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminCatalogOptionsQuery, AdminCatalogOptionsQueryVariables>;
export const AdminCatalogTrainingsDocument = {
  __meta__: { hash: '707cdfa12b9e678de3027c5541a5322c35725684919442baca64f69911b3bacf' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AdminCatalogTrainings' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'TrainingFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'trainings' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '50' } },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
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
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AdminCatalogTrainingRow' } },
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
      name: { kind: 'Name', value: 'AdminCatalogTrainingRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Training' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'form' } },
          { kind: 'Field', name: { kind: 'Name', value: 'category' } },
          { kind: 'Field', name: { kind: 'Name', value: 'jp' } },
          { kind: 'Field', name: { kind: 'Name', value: 'costPerParticipant' } },
          { kind: 'Field', name: { kind: 'Name', value: 'retiredOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isEditable' } },
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
            name: { kind: 'Name', value: 'competencies' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'maxLevel' } },
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
            name: { kind: 'Name', value: 'prerequisites' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminCatalogTrainingsQuery, AdminCatalogTrainingsQueryVariables>;
export const AdminCertificatesDocument = {
  __meta__: { hash: 'efbe92fcb137fef7e062f9405cbab057e24688f75e8295d643f152bc64de05cf' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AdminCertificates' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'CertificateFilter' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'certificates' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '50' } },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AdminCertificateRow' } },
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
            name: { kind: 'Name', value: 'schemes' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '100' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'validityMonths' } },
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
      name: { kind: 'Name', value: 'AdminCertificateRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Certificate' } },
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
          { kind: 'Field', name: { kind: 'Name', value: 'verificationState' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revocationReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'remindedOn' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'employee' },
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
            name: { kind: 'Name', value: 'scheme' },
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
  ],
} as unknown as DocumentNode<AdminCertificatesQuery, AdminCertificatesQueryVariables>;
export const AdminCompetenciesDocument = {
  __meta__: { hash: 'b9ff2335be1b8361a49d40449d0df4f0d74d885735a24ae1a618802ac5f88bcb' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AdminCompetencies' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'competencies' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AdminCompetencyEntry' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminCompetencyEntry' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Competency' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'definition' } },
          { kind: 'Field', name: { kind: 'Name', value: 'retiredOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isEditable' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'levels' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                { kind: 'Field', name: { kind: 'Name', value: 'descriptor' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminCompetenciesQuery, AdminCompetenciesQueryVariables>;
export const AdminDashboardDocument = {
  __meta__: { hash: '19f807f1ce49d91dbcc5113cb819ac50843995df59b09bcab6f369d89a6fce05' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AdminDashboard' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'agencyId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'nextYear' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
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
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'jpmCategoryShares' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'category' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'jpCompliance' },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'target' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'members' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'atOrAbove' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'below' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'none' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'pppkCap' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'pppkMembers' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'pppkWithinCap' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'pppkOverCap' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'expiringCertificates' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'withinDays' },
                      value: { kind: 'IntValue', value: '90' },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pendingEnrolments' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'submittedPlans' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'years' },
                      value: {
                        kind: 'ListValue',
                        values: [
                          { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
                          { kind: 'Variable', name: { kind: 'Name', value: 'nextYear' } },
                        ],
                      },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'trainingSpend' },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'budget' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'committed' } },
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
} as unknown as DocumentNode<AdminDashboardQuery, AdminDashboardQueryVariables>;
export const AdminDashboardJpRiskDocument = {
  __meta__: { hash: '50fcb74eed88d02b94a35a9cb203609ac0c4c226549700ea5aa728c91afa7826' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AdminDashboardJpRisk' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'unitId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unit' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'unitId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'jpProjection' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'atRisk' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DashboardJpRiskRow' } },
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
      name: { kind: 'Name', value: 'DashboardJpRiskRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'JpProjection' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'earned' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pending' } },
          { kind: 'Field', name: { kind: 'Name', value: 'shortfall' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'employee' },
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
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminDashboardJpRiskQuery, AdminDashboardJpRiskQueryVariables>;
export const AdminDashboardTrendsDocument = {
  __meta__: { hash: '80e9789f4d7e05cc4f563043d7d9430fab8634dc033332dd10d92cb0adb22eb5' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AdminDashboardTrends' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'unitId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'years' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unit' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'unitId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'jpmCategoryTrend' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'years' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'years' } },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'shares' },
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
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'successTrend' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'years' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'years' } },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'spend' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'pnsMembers' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'pnsAtOrAbove' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'jpComplianceShare' } },
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
} as unknown as DocumentNode<AdminDashboardTrendsQuery, AdminDashboardTrendsQueryVariables>;
export const AdminEmployeeDocument = {
  __meta__: { hash: '003608682f5710fbbd98ec0c53d15ed47b8cfe2c774069307e43d6f4becbeed2' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AdminEmployee' },
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
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AdminEmployeeRecord' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminEmployeeRecord' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Employee' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nip' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'employeeType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pppkGrade' } },
          { kind: 'Field', name: { kind: 'Name', value: 'golongan' } },
          { kind: 'Field', name: { kind: 'Name', value: 'education' } },
          { kind: 'Field', name: { kind: 'Name', value: 'positionSince' } },
          { kind: 'Field', name: { kind: 'Name', value: 'performancePredikat' } },
          { kind: 'Field', name: { kind: 'Name', value: 'potentialScore' } },
          { kind: 'Field', name: { kind: 'Name', value: 'birthDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'appointmentMonth' } },
          { kind: 'Field', name: { kind: 'Name', value: 'gender' } },
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
} as unknown as DocumentNode<AdminEmployeeQuery, AdminEmployeeQueryVariables>;
export const AdminEmployeeHistoriesDocument = {
  __meta__: { hash: 'd0823496341da67ee5fa10ee53a731facbd1d473ef8cb47479304d67dacb3dbd' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AdminEmployeeHistories' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'employeeType' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'performanceRatings' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'predikat' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'ratedBy' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'rankHistory' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'tmt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'decreeNumber' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'golongan' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'pppkGrade' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'positionHistory' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fromDate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'toDate' } },
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
                  kind: 'Field',
                  name: { kind: 'Name', value: 'educationHistory' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'institution' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'year' } },
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
} as unknown as DocumentNode<AdminEmployeeHistoriesQuery, AdminEmployeeHistoriesQueryVariables>;
export const AdminJpProjectionDocument = {
  __meta__: { hash: 'd81244f5c9c9abff95b5aa4d5c1ad461f879d9d24027013fa52de6f3a111e204' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AdminJpProjection' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'agencyId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'agency' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'agencyId' } },
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
                  name: { kind: 'Name', value: 'rootUnits' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'jpProjection' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'UnitJpProjectionDetail' } },
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
      name: { kind: 'Name', value: 'JpProjectionPerson' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'JpProjection' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'employeeType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'earned' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pending' } },
          { kind: 'Field', name: { kind: 'Name', value: 'target' } },
          { kind: 'Field', name: { kind: 'Name', value: 'shortfall' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cap' } },
          { kind: 'Field', name: { kind: 'Name', value: 'exceedsCap' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closable' } },
          { kind: 'Field', name: { kind: 'Name', value: 'suggestedCost' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'employee' },
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
            name: { kind: 'Name', value: 'suggestedSessions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'jp' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cost' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'session' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'registrationDeadline' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'training' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
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
      name: { kind: 'Name', value: 'UnitJpProjectionDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'UnitJpProjection' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'target' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cap' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pnsMembers' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pppkMembers' } },
          { kind: 'Field', name: { kind: 'Name', value: 'totalShortfall' } },
          { kind: 'Field', name: { kind: 'Name', value: 'suggestedCost' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'atRisk' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'JpProjectionPerson' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'overCap' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'JpProjectionPerson' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminJpProjectionQuery, AdminJpProjectionQueryVariables>;
export const AdminMentorshipsDocument = {
  __meta__: { hash: '50904b9db1c43d8438ceb95643b88505d310cec431f73461aeb3e1e8c3bdb70e' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AdminMentorships' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'menteeId' } },
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
                value: { kind: 'Variable', name: { kind: 'Name', value: 'menteeId' } },
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
                  name: { kind: 'Name', value: 'mentors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AdminMentorshipRow' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'competencies' },
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
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminMentorshipRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Mentorship' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mentor' },
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
            name: { kind: 'Name', value: 'focusCompetencies' },
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
} as unknown as DocumentNode<AdminMentorshipsQuery, AdminMentorshipsQueryVariables>;
export const AdminOrganisationDocument = {
  __meta__: { hash: 'd08e88ee4e5d33555f4f74d6190a7a276920dac9fe2dc17ab8d3d850a63c8b54' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AdminOrganisation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'agencyId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
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
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AdminOrgUnit' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'positions' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'agencyId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'agencyId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'includeRetired' },
                value: { kind: 'BooleanValue', value: true },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AdminOrgPosition' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'careerLadder' },
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
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AdminOrgLadderEdge' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminOrgUnit' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Unit' } },
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
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminOrgPosition' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Position' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'functionalLevel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'minGolongan' } },
          { kind: 'Field', name: { kind: 'Name', value: 'minEducation' } },
          { kind: 'Field', name: { kind: 'Name', value: 'retirementAge' } },
          { kind: 'Field', name: { kind: 'Name', value: 'minPppkGrade' } },
          { kind: 'Field', name: { kind: 'Name', value: 'minPppkGradeIsDefault' } },
          { kind: 'Field', name: { kind: 'Name', value: 'defaultMinPppkGrade' } },
          { kind: 'Field', name: { kind: 'Name', value: 'retiredOn' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unit' },
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
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminOrgLadderEdge' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CareerLadderEdge' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'minYearsInPosition' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'fromPosition' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'toPosition' },
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
} as unknown as DocumentNode<AdminOrganisationQuery, AdminOrganisationQueryVariables>;
export const AdminPartnershipsDocument = {
  __meta__: { hash: 'c2834840200df5f0361313e8fcd30b5634084b909393cb7a4c1c050709c41a97' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AdminPartnerships' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'partnerships' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PartnershipRow' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PartnershipRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Partnership' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'partnerName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'partnerKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'agreementKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'documentNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scope' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contactName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contactInfo' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastActivityOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'participants' } },
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
            name: { kind: 'Name', value: 'activities' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'heldOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'participants' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminPartnershipsQuery, AdminPartnershipsQueryVariables>;
export const AdminPastTrainingQueueDocument = {
  __meta__: { hash: 'd22d3cbf58a3a3a5e22c0396fbc2613808a03ba07007614f5e786b6e250ee4e8' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AdminPastTrainingQueue' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'pastTrainingsToVerify' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'category' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'jp' } },
                { kind: 'Field', name: { kind: 'Name', value: 'providerName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'certificateNumber' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'employee' },
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
} as unknown as DocumentNode<AdminPastTrainingQueueQuery, AdminPastTrainingQueueQueryVariables>;
export const AdminPositionStandardDocument = {
  __meta__: { hash: 'cf31bfde5ba618ed90bc0a6f06afcc3f0dc57b41fe4f5868f2abc18fc6e3d1f1' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AdminPositionStandard' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'positionId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'positionStandard' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'positionId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'positionId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AdminStandardLine' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminStandardLine' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CompetencyStandard' } },
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
} as unknown as DocumentNode<AdminPositionStandardQuery, AdminPositionStandardQueryVariables>;
export const AdminPositionsDocument = {
  __meta__: { hash: 'ce00327dcd8501a5b66f1e65ead2a3d4ce2336b2d51c595037098f3f1ce48ab8' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AdminPositions' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'agencyId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'positions' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'minGolongan' } },
                { kind: 'Field', name: { kind: 'Name', value: 'minEducation' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'unit' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    ],
                  },
                },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AdminStandardPosition' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminStandardPosition' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Position' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'functionalLevel' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminPositionsQuery, AdminPositionsQueryVariables>;
export const AdminSchemeCatalogDocument = {
  __meta__: { hash: '93c3fce5771385cbba120f6774aeff3fa00397b1f5ccb8caf3de00c73bbe1c9e' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AdminSchemeCatalog' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'agencyId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'schemes' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '40' } },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'includeRetired' },
                      value: { kind: 'BooleanValue', value: true },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'search' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
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
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AdminSchemeRow' } },
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
            name: { kind: 'Name', value: 'issuers' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'includeRetired' },
                value: { kind: 'BooleanValue', value: true },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AdminIssuerRow' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'competencies' },
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
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'positions' },
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
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminSchemeRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Scheme' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'validityMonths' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nationallyRecognised' } },
          { kind: 'Field', name: { kind: 'Name', value: 'retiredOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isEditable' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'issuer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'certifies' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'level' } },
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
            name: { kind: 'Name', value: 'requiredFor' },
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
      name: { kind: 'Name', value: 'AdminIssuerRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Issuer' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'retiredOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isEditable' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminSchemeCatalogQuery, AdminSchemeCatalogQueryVariables>;
export const AdminSessionRosterDocument = {
  __meta__: { hash: '95c132cbe1d759b0a81126701c041921f0c5256a2dc5d4b984b3d2ab331d53a2' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AdminSessionRoster' },
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
            name: { kind: 'Name', value: 'session' },
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
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AdminSessionRow' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'enrolments' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AdminRosterRow' } },
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
      name: { kind: 'Name', value: 'AdminSessionRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TrainingSession' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'location' } },
          { kind: 'Field', name: { kind: 'Name', value: 'capacity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seatsLeft' } },
          { kind: 'Field', name: { kind: 'Name', value: 'registrationDeadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cancelledOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cancelReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isEditable' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'training' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminRosterRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Enrolment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requestedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'preTestScore' } },
          { kind: 'Field', name: { kind: 'Name', value: 'postTestScore' } },
          { kind: 'Field', name: { kind: 'Name', value: 'certificateNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decisionNote' } },
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
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminSessionRosterQuery, AdminSessionRosterQueryVariables>;
export const AdminTrainingEvaluationsDocument = {
  __meta__: { hash: '9600a0d22538c1b39bbd2432b451ee48cc906c991b1a6dc516a7d5e22b943ed3' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AdminTrainingEvaluations' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'trainings' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '50' } },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
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
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'evaluation' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'participants' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'averageReaction' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'averageLearningGain' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'applyingShare' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'ratedForApplication' } },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'followUps' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'applicationRating' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'followUp' } },
                                        {
                                          kind: 'Field',
                                          name: { kind: 'Name', value: 'employee' },
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
                                          name: { kind: 'Name', value: 'session' },
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
      },
    },
  ],
} as unknown as DocumentNode<AdminTrainingEvaluationsQuery, AdminTrainingEvaluationsQueryVariables>;
export const AdminTrainingSessionsDocument = {
  __meta__: { hash: '311f8653c86e099704bc2ea46c49069af9231f3faa3810453e7c6775a5d9d301' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AdminTrainingSessions' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'startsFrom' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Date' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sessions' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '20' } },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'startsFrom' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'startsFrom' } },
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
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AdminSessionRow' } },
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
            name: { kind: 'Name', value: 'trainings' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '100' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'jp' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'category' } },
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
      name: { kind: 'Name', value: 'AdminSessionRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TrainingSession' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'location' } },
          { kind: 'Field', name: { kind: 'Name', value: 'capacity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seatsLeft' } },
          { kind: 'Field', name: { kind: 'Name', value: 'registrationDeadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cancelledOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cancelReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isEditable' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'training' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminTrainingSessionsQuery, AdminTrainingSessionsQueryVariables>;
export const AdminUnitBudgetDocument = {
  __meta__: { hash: '2ed45c3596648ef674e310088cbc1bc9413f84413aa1de531234328b2e46c27d' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AdminUnitBudget' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'unitId' } },
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
            name: { kind: 'Name', value: 'unit' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'unitId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'trainingNeeds' },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'budget' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'spent' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'remainingBudget' } },
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
} as unknown as DocumentNode<AdminUnitBudgetQuery, AdminUnitBudgetQueryVariables>;
export const AdminUnitSuccessDocument = {
  __meta__: { hash: '418965cae5877dd8dd98f0ef6e7b7df9f3a40ec12b3d9922d9a45d953d46a389' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AdminUnitSuccess' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'unitId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'years' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unit' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'unitId' } },
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
                  name: { kind: 'Name', value: 'successTrend' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'years' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'years' } },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'SuccessYearRow' } },
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
      name: { kind: 'Name', value: 'SuccessYearRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'UnitSuccessYear' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trainedMembers' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trainedAndRated' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ratingRose' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ratingRoseShare' } },
          { kind: 'Field', name: { kind: 'Name', value: 'competencyPairs' } },
          { kind: 'Field', name: { kind: 'Name', value: 'competencyImproved' } },
          { kind: 'Field', name: { kind: 'Name', value: 'averageGain' } },
          { kind: 'Field', name: { kind: 'Name', value: 'satisfactionIndex' } },
          { kind: 'Field', name: { kind: 'Name', value: 'satisfactionCategory' } },
          { kind: 'Field', name: { kind: 'Name', value: 'spend' } },
          { kind: 'Field', name: { kind: 'Name', value: 'jpEarned' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pnsMembers' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pnsAtOrAbove' } },
          { kind: 'Field', name: { kind: 'Name', value: 'jpComplianceShare' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminUnitSuccessQuery, AdminUnitSuccessQueryVariables>;
export const CareerOptionsDocument = {
  __meta__: { hash: '85fed1a9246f2946ac146da9bf3318a14798e7051cd146b8843ac7d68f8adf2a' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'careerPlanEmptyReason' } },
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
export const CareerTargetDocument = {
  __meta__: { hash: '7d6518cba9d58832c6b6ae2c0298cb50204b51bf10eca50400fec0133fa212f9' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CareerTarget' },
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
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CareerTargetDetail' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CareerTargetDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Employee' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'careerTarget' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'chosenOn' } },
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
                  name: { kind: 'Name', value: 'option' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'employeeId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'positionId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'jpm' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'jpmCategory' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'trainingPlan' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'totalJp' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'plannedJp' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'progress' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'competenciesMet' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'competencyCount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'requirementsMet' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'requirementCount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'complete' } },
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
} as unknown as DocumentNode<CareerTargetQuery, CareerTargetQueryVariables>;
export const CompetencyDevelopmentDocument = {
  __meta__: { hash: 'daaaf8df0b1bb85e2ce47efdc4cbfd391a656ba9d5589666fb2feedf68945720' },
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
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
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
export const CompetencyOptionsDocument = {
  __meta__: { hash: '68fdacde124324543142fa978042d8aba79c330c44e229207b87272c6d9f0ee1' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CompetencyOptions' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'competencies' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PlacementCompetencyOption' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PlacementCompetencyOption' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Competency' } },
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
} as unknown as DocumentNode<CompetencyOptionsQuery, CompetencyOptionsQueryVariables>;
export const DegreeStudiesDocument = {
  __meta__: { hash: '2eeb31e27f1e5a07d7620814905e7ee1627673c71a7cbffbf67b9ca2885c460d' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'DegreeStudies' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'degreeStudies' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DegreeStudyCard' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DegreeStudyCard' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DegreeStudy' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'level' } },
          { kind: 'Field', name: { kind: 'Name', value: 'programme' } },
          { kind: 'Field', name: { kind: 'Name', value: 'institution' } },
          { kind: 'Field', name: { kind: 'Name', value: 'funding' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expectedEndOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'appliedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'managerApprovedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rejectionReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'graduatedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'serviceBondMonths' } },
          { kind: 'Field', name: { kind: 'Name', value: 'serviceBondEndsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canDecide' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canGraduate' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'employee' },
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
            name: { kind: 'Name', value: 'reports' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'semester' } },
                { kind: 'Field', name: { kind: 'Name', value: 'gpa' } },
                { kind: 'Field', name: { kind: 'Name', value: 'creditsEarned' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DegreeStudiesQuery, DegreeStudiesQueryVariables>;
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
export const EmployeeJpProjectionDocument = {
  __meta__: { hash: '67efb1581b299578b1f91f3f5f5f51bd21f45cfbd0b7062ac9019f0dca12503e' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'EmployeeJpProjection' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'jpProjection' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'JpProjectionPerson' } },
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
      name: { kind: 'Name', value: 'JpProjectionPerson' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'JpProjection' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'employeeType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'earned' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pending' } },
          { kind: 'Field', name: { kind: 'Name', value: 'target' } },
          { kind: 'Field', name: { kind: 'Name', value: 'shortfall' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cap' } },
          { kind: 'Field', name: { kind: 'Name', value: 'exceedsCap' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closable' } },
          { kind: 'Field', name: { kind: 'Name', value: 'suggestedCost' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'employee' },
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
            name: { kind: 'Name', value: 'suggestedSessions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'jp' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cost' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'session' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'registrationDeadline' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'training' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
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
} as unknown as DocumentNode<EmployeeJpProjectionQuery, EmployeeJpProjectionQueryVariables>;
export const EmployeeMentorshipsDocument = {
  __meta__: { hash: '3dcc940ad91ccad29133f0ee88747fd23c1f6548595a91f647a4c37db5b249fe' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'EmployeeMentorships' },
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
                  name: { kind: 'Name', value: 'mentees' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'MentorshipLogCard' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'mentors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'MentorshipLogCard' } },
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
      name: { kind: 'Name', value: 'MentorshipLogCard' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Mentorship' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcomeNote' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mentor' },
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
            name: { kind: 'Name', value: 'mentee' },
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
            name: { kind: 'Name', value: 'focusCompetencies' },
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
            name: { kind: 'Name', value: 'log' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'heldOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EmployeeMentorshipsQuery, EmployeeMentorshipsQueryVariables>;
export const EmployeeProfileDocument = {
  __meta__: { hash: '1085aaefde3ccaccaf6bc6bc2d4e7267b66320f2de971146c7ab36b77d43763a' },
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
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'EmployeeTrainingEvidence' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EnrolmentListItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Enrolment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'training' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
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
            name: { kind: 'Name', value: 'standardLevels' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'competencyId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'requiredLevel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currentLevel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'gap' } },
                { kind: 'Field', name: { kind: 'Name', value: 'severity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                { kind: 'Field', name: { kind: 'Name', value: 'assessedOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stale' } },
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
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'EnrolmentListItem' } },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'jp' } },
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
      name: { kind: 'Name', value: 'EmployeeTrainingEvidence' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Employee' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'trainingEvidence' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                { kind: 'Field', name: { kind: 'Name', value: 'date' } },
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
                  name: { kind: 'Name', value: 'enrolment' },
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
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pastTraining' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
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
export const ManagerInboxDocument = {
  __meta__: { hash: 'f54c079301a386b03ffde2b070857cc54e0b60b80c942b43ce2a3b4e40d34b02' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ManagerInbox' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'unitId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'years' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unit' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'unitId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pendingEnrolments' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'requestedOn' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'employee' },
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
                        name: { kind: 'Name', value: 'session' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
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
                  name: { kind: 'Name', value: 'submittedPlans' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'years' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'years' } },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DevelopmentPlanDetail' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'employee' },
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
                  name: { kind: 'Name', value: 'applicationRatingsDue' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'InboxEvaluationItem' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'followUpProposals' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'InboxEvaluationItem' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'applicationRating' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'applicationRatedOn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'followUp' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'reassessmentProposals' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'InboxEvaluationItem' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'postTestScore' } },
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
      name: { kind: 'Name', value: 'DevelopmentPlanDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DevelopmentPlan' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'managerNote' } },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'costPerParticipant' } },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
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
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'InboxEvaluationItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Enrolment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'completedOn' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'employee' },
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
            name: { kind: 'Name', value: 'training' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'competencies' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'maxLevel' } },
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
} as unknown as DocumentNode<ManagerInboxQuery, ManagerInboxQueryVariables>;
export const MentorGapsDocument = {
  __meta__: { hash: 'de16dc108f078e4f731b41a0e9afe095d5ce52650922913108688708322b15df' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MentorGaps' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'unitId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
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
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'unitId' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'unitId' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'includeSubUnits' },
                      value: { kind: 'BooleanValue', value: true },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'columns' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'competencyId' } },
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
} as unknown as DocumentNode<MentorGapsQuery, MentorGapsQueryVariables>;
export const MentorSuggestionsDocument = {
  __meta__: { hash: 'c8f980fd69b97a00615b5809f9472240d705e27792f359672000e65cc9dbb9bd' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MentorSuggestions' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'employeeId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'competencyId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mentorSuggestions' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'employeeId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'employeeId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'competencyId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'competencyId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'MentorSuggestionList' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MentorSuggestionList' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'MentorSuggestions' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'menteeLevel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'targetLevel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'menteeLimit' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'suggestions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'mentor' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                { kind: 'Field', name: { kind: 'Name', value: 'assessedOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unitDistance' } },
                { kind: 'Field', name: { kind: 'Name', value: 'activeMentees' } },
                { kind: 'Field', name: { kind: 'Name', value: 'freeSlots' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MentorSuggestionsQuery, MentorSuggestionsQueryVariables>;
export const MyNeedsSurveyDocument = {
  __meta__: { hash: 'e60c09e05ff73e0c37e446410b01c99b465569fbde86f5064728c9861fb99591' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MyNeedsSurvey' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'employeeId' } },
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
                value: { kind: 'Variable', name: { kind: 'Name', value: 'employeeId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'needsSurvey' },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'closesOn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'isOpen' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'myResponse' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'NeedsSurveyAnswer' } },
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
            name: { kind: 'Name', value: 'competencies' },
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
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NeedsSurveyAnswer' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'NeedsSurveyResponse' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'forms' } },
          { kind: 'Field', name: { kind: 'Name', value: 'note' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedOn' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'competencies' },
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
} as unknown as DocumentNode<MyNeedsSurveyQuery, MyNeedsSurveyQueryVariables>;
export const MyNotificationsDocument = {
  __meta__: { hash: '5a24a30c8261b8db8cd2b1fb58e32eea8d306f881a792343883a8274a69435d4' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MyNotifications' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'trainingNotifications' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'unreadCount' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'notifications' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'NotificationItem' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'certificationNotifications' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'unreadCount' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'notifications' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'NotificationItem' } },
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
      name: { kind: 'Name', value: 'NotificationItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Notification' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'source' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'employeeId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subjectId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'threshold' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'readAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MyNotificationsQuery, MyNotificationsQueryVariables>;
export const MyPastTrainingsDocument = {
  __meta__: { hash: 'ec8416ce035809604e5fbebe207877f8bfbe751a48ae1b4e13916d4ab723de87' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MyPastTrainings' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'employeeId' } },
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
                value: { kind: 'Variable', name: { kind: 'Name', value: 'employeeId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'earned' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pastTrainings' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'category' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'jp' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'providerName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'certificateNumber' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'rejectionReason' } },
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
} as unknown as DocumentNode<MyPastTrainingsQuery, MyPastTrainingsQueryVariables>;
export const MyTrainingDocument = {
  __meta__: { hash: '1e1cc230a040d65ac79b0163e06f9721d3cda83ff2bd09ddc46a53673d96d838' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MyTraining' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'enrolments' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'MyEnrolmentRow' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'session' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'SessionSeat' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'developmentPlan' },
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
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DevelopmentPlanDetail' } },
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
      name: { kind: 'Name', value: 'EnrolmentListItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Enrolment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'training' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
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
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MyEnrolmentRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Enrolment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'EnrolmentListItem' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requestedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decisionNote' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reactionRating' } },
          { kind: 'Field', name: { kind: 'Name', value: 'postTestScore' } },
          { kind: 'Field', name: { kind: 'Name', value: 'passedPostTest' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'training' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
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
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SessionSeat' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TrainingSession' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'location' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seatsLeft' } },
          { kind: 'Field', name: { kind: 'Name', value: 'registrationDeadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isOpen' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DevelopmentPlanDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DevelopmentPlan' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'managerNote' } },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'costPerParticipant' } },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
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
} as unknown as DocumentNode<MyTrainingQuery, MyTrainingQueryVariables>;
export const PlacementsDocument = {
  __meta__: { hash: '8cfaf9ed75d7a8d7596ba403c7517e833531b72064e6a57fd260c43f5036ff16' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Placements' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'placements' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PlacementCard' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PlacementCard' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Placement' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hostOrganisation' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supervisorName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supervisorContact' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'jp' } },
          { kind: 'Field', name: { kind: 'Name', value: 'goals' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rejectionReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'report' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hostAssessment' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canDecide' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canComplete' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'employee' },
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
            name: { kind: 'Name', value: 'competencies' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'targetLevel' } },
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
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PlacementsQuery, PlacementsQueryVariables>;
export const SiasnKursusEmployeeDocument = {
  __meta__: { hash: '26f3648df7a3aaccf41bc438516bbc7f8e11669757139f602d2a7cefff598f01' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SiasnKursusEmployee' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Date' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'to' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Date' } } },
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
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'siasnKursus' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'from' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
                    },
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'to' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'to' } },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'csv' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'records' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'source' } },
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
} as unknown as DocumentNode<SiasnKursusEmployeeQuery, SiasnKursusEmployeeQueryVariables>;
export const SiasnKursusUnitDocument = {
  __meta__: { hash: 'bd8fb619f6d18dfcd8d6ff92f26728abcbb6ecad88cde548eeecdc3eed15c251' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SiasnKursusUnit' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Date' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'to' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Date' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unit' },
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
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'siasnKursus' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'from' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
                    },
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'to' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'to' } },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'csv' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'records' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'source' } },
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
} as unknown as DocumentNode<SiasnKursusUnitQuery, SiasnKursusUnitQueryVariables>;
export const SiasnSertifikasiEmployeeDocument = {
  __meta__: { hash: 'c1f726a2c1f2753e9fe93764b416a49cb15271dcfdad2c3c19ae915ee3a8f647' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SiasnSertifikasiEmployee' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Date' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'to' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Date' } } },
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
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'siasnSertifikasi' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'from' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
                    },
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'to' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'to' } },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'csv' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'records' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'nomorSertifikat' } },
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
} as unknown as DocumentNode<SiasnSertifikasiEmployeeQuery, SiasnSertifikasiEmployeeQueryVariables>;
export const SiasnSertifikasiUnitDocument = {
  __meta__: { hash: '3e98108591b03de1b38a6370ac7659d63d5188bc336a80b9f9cbedf67fa66fa1' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SiasnSertifikasiUnit' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Date' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'to' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Date' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unit' },
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
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'siasnSertifikasi' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'from' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
                    },
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'to' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'to' } },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'csv' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'records' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'nomorSertifikat' } },
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
} as unknown as DocumentNode<SiasnSertifikasiUnitQuery, SiasnSertifikasiUnitQueryVariables>;
export const SuccessionPlanDocument = {
  __meta__: { hash: 'fa9e6093c10eb55fc84266e5f9e8546f4e8260e840335d93811fb2a595dc1000' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SuccessionPlan' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'agencyId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'unitId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'successionPlan' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'agencyId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'agencyId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'unitId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'unitId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'today' } },
                { kind: 'Field', name: { kind: 'Name', value: 'retirementHorizonYears' } },
                { kind: 'Field', name: { kind: 'Name', value: 'poolSize' } },
                { kind: 'Field', name: { kind: 'Name', value: 'withoutReadySuccessor' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'positions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'SuccessionPosition' } },
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
      name: { kind: 'Name', value: 'SuccessionCandidateItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SuccessionCandidate' } },
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
          { kind: 'Field', name: { kind: 'Name', value: 'readiness' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'option' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'employeeId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'positionId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'eligibleOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'jpm' } },
                { kind: 'Field', name: { kind: 'Name', value: 'jpmCategory' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'blockers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'required' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actual' } },
                { kind: 'Field', name: { kind: 'Name', value: 'metOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'undatable' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SuccessionPosition' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'KeyPositionSuccession' } },
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
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
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
          { kind: 'Field', name: { kind: 'Name', value: 'hasReadySuccessor' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'holders' },
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
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'retiresOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'retiresSoon' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'candidates' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'SuccessionCandidateItem' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SuccessionPlanQuery, SuccessionPlanQueryVariables>;
export const TalentGridDocument = {
  __meta__: { hash: 'ca98890d8425d84f93d40911fa309c3ff346d363f6562a639914568f7ab9352a' },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'kinerja' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'potensial' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'inTalentPool' } },
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
export const TeamColumnNeedsDocument = {
  __meta__: { hash: '5a009765df09c09ae471c0aa28bdc917da9052f32e10b633a5dae26553ae13bc' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'TeamColumnNeeds' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'unitId' } },
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
            name: { kind: 'Name', value: 'unit' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'unitId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'trainingNeeds' },
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
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'needs' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'competency' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                ],
                              },
                            },
                            { kind: 'Field', name: { kind: 'Name', value: 'employeesBelow' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'totalDeficit' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'trainings' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                  { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ColumnTrainingOption' } },
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
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ColumnTrainingOption' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CompetencyTrainingOption' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rank' } },
          { kind: 'Field', name: { kind: 'Name', value: 'participants' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cost' } },
          { kind: 'Field', name: { kind: 'Name', value: 'gapClosed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'gapClosedPerMillion' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'training' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TeamColumnNeedsQuery, TeamColumnNeedsQueryVariables>;
export const TeamGrowthDocument = {
  __meta__: { hash: '2fa6352e4a271448edc53ff5ca645d03d34cb9e3ee03009c2eb8fa651d632e00' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'TeamGrowth' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'TeamGrowthInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'teamGrowth' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                { kind: 'Field', name: { kind: 'Name', value: 'to' } },
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
                  name: { kind: 'Name', value: 'rows' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'GrowthRowDetail' } },
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
      name: { kind: 'Name', value: 'GrowthRowDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'GrowthRow' } },
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
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'jpmFrom' } },
          { kind: 'Field', name: { kind: 'Name', value: 'jpmTo' } },
          { kind: 'Field', name: { kind: 'Name', value: 'jpmChange' } },
          { kind: 'Field', name: { kind: 'Name', value: 'levelGain' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'changes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'competencyId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'levelFrom' } },
                { kind: 'Field', name: { kind: 'Name', value: 'levelTo' } },
                { kind: 'Field', name: { kind: 'Name', value: 'change' } },
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
        ],
      },
    },
  ],
} as unknown as DocumentNode<TeamGrowthQuery, TeamGrowthQueryVariables>;
export const TeamJpProjectionDocument = {
  __meta__: { hash: 'f2a3284d21c32fee317cb8b1ad4d386a9426e3aca5bf76bc120e33b8a2bd850f' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'TeamJpProjection' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'unitId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unit' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'unitId' } },
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
                  name: { kind: 'Name', value: 'jpProjection' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'UnitJpProjectionDetail' } },
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
      name: { kind: 'Name', value: 'JpProjectionPerson' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'JpProjection' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'employeeType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'earned' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pending' } },
          { kind: 'Field', name: { kind: 'Name', value: 'target' } },
          { kind: 'Field', name: { kind: 'Name', value: 'shortfall' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cap' } },
          { kind: 'Field', name: { kind: 'Name', value: 'exceedsCap' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closable' } },
          { kind: 'Field', name: { kind: 'Name', value: 'suggestedCost' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'employee' },
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
            name: { kind: 'Name', value: 'suggestedSessions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'jp' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cost' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'session' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'registrationDeadline' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'training' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
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
      name: { kind: 'Name', value: 'UnitJpProjectionDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'UnitJpProjection' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'target' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cap' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pnsMembers' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pppkMembers' } },
          { kind: 'Field', name: { kind: 'Name', value: 'totalShortfall' } },
          { kind: 'Field', name: { kind: 'Name', value: 'suggestedCost' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'atRisk' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'JpProjectionPerson' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'overCap' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'JpProjectionPerson' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TeamJpProjectionQuery, TeamJpProjectionQueryVariables>;
export const TeamMatrixDocument = {
  __meta__: { hash: '2edd99681a1c40cffa33e1f44ce5bfe114f7a17ace9fb7005e81135e3c087568' },
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
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'trainingEvidence' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'date' } },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'competency' },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'requiredLevels' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currentLevels' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'staleLevels' } },
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
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'levelPairs' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'requiredLevel' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currentLevel' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'severity' } },
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
export const TeamMostImprovedDocument = {
  __meta__: { hash: 'cda95049df5cb090157d4497996ac2dad15944b497735a769c18cbf8bdcb11d7' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'TeamMostImproved' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'unitId' } },
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
            name: { kind: 'Name', value: 'mostImproved' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'unitId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'unitId' } },
              },
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
                { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'rows' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'GrowthRowDetail' } },
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
      name: { kind: 'Name', value: 'GrowthRowDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'GrowthRow' } },
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
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'jpmFrom' } },
          { kind: 'Field', name: { kind: 'Name', value: 'jpmTo' } },
          { kind: 'Field', name: { kind: 'Name', value: 'jpmChange' } },
          { kind: 'Field', name: { kind: 'Name', value: 'levelGain' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'changes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'competencyId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'levelFrom' } },
                { kind: 'Field', name: { kind: 'Name', value: 'levelTo' } },
                { kind: 'Field', name: { kind: 'Name', value: 'change' } },
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
        ],
      },
    },
  ],
} as unknown as DocumentNode<TeamMostImprovedQuery, TeamMostImprovedQueryVariables>;
export const TeamNeedsSurveyDocument = {
  __meta__: { hash: '0eaae74298f0a3f80c4059e9db7cb52b5914437b5872e96357aad8bcb60a36fd' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'TeamNeedsSurvey' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'unitId' } },
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
            name: { kind: 'Name', value: 'unit' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'unitId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'needsSurvey' },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'closesOn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'isOpen' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'canManage' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'responses' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'NeedsSurveyAnswer' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'employee' },
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
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'competencies' },
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
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NeedsSurveyAnswer' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'NeedsSurveyResponse' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'forms' } },
          { kind: 'Field', name: { kind: 'Name', value: 'note' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedOn' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'competencies' },
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
} as unknown as DocumentNode<TeamNeedsSurveyQuery, TeamNeedsSurveyQueryVariables>;
export const TeamOverviewDocument = {
  __meta__: { hash: '90c99110f878dd57e7650e2515184871f7d6817d7f9f8d2924b724590b1fc1e3' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'TeamOverview' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'unitId' } },
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
            name: { kind: 'Name', value: 'unit' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'unitId' } },
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
                  name: { kind: 'Name', value: 'jpCompliance' },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'target' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'members' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'atOrAbove' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'below' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'none' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'totalShortfall' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'trainingNeeds' },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'budget' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'spent' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'remainingBudget' } },
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TeamNeedsDemand' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'recommendations' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'rank' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'participants' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'cost' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'gapClosed' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'training' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'title' } },
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
                  name: { kind: 'Name', value: 'expiringCertificates' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'withinDays' },
                      value: { kind: 'IntValue', value: '90' },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'expiresOn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'daysUntilExpiry' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'employee' },
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
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'employees' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '100' } },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'unitId' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'unitId' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'includeSubUnits' },
                      value: { kind: 'BooleanValue', value: true },
                    },
                  ],
                },
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
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
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
                                  { kind: 'Field', name: { kind: 'Name', value: 'employeeType' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'earned' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'projected' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'target' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'shortfall' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'cap' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'exceedsCap' } },
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
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TeamNeedsDemand' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TrainingNeeds' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'needs' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
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
                { kind: 'Field', name: { kind: 'Name', value: 'employeesBelow' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalDeficit' } },
                { kind: 'Field', name: { kind: 'Name', value: 'surveyRequests' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'surveyDemand' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
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
                { kind: 'Field', name: { kind: 'Name', value: 'employees' } },
                { kind: 'Field', name: { kind: 'Name', value: 'byManager' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TeamOverviewQuery, TeamOverviewQueryVariables>;
export const TrainingCatalogDocument = {
  __meta__: { hash: '7a5d17eaf36a56d430a106839ca38c4b41fe58628db3e017a6080715ea9afde8' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'TrainingCatalog' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'TrainingFilter' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'trainings' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
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
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'form' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'category' } },
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
                              name: { kind: 'Name', value: 'competencies' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'maxLevel' } },
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
                              name: { kind: 'Name', value: 'sessions' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                  { kind: 'FragmentSpread', name: { kind: 'Name', value: 'SessionSeat' } },
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
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SessionSeat' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TrainingSession' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'location' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seatsLeft' } },
          { kind: 'Field', name: { kind: 'Name', value: 'registrationDeadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isOpen' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TrainingCatalogQuery, TrainingCatalogQueryVariables>;
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
