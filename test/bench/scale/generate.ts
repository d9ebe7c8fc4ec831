// A plausible national-scale data set: N employees in agencies shaped like the demo's (its unit tree, posts and
// standards, copied per agency and widened), with assessment histories, enrolments and certificates, written with
// multi-row INSERTs. The three demo seeds run first and stay: their catalogs (competencies, trainings, schemes) are
// reused and their sign-in users keep working; the generated agencies come after the demo's ids.
import { createRandom, fixedClock, openDataSource, type DatabaseSettings, type Random } from '@asn/common';
import { createCertificationSubgraph } from '@asn/certification';
import { createPersonnelSubgraph } from '@asn/personnel';
import { createTrainingSubgraph } from '@asn/training';
import { createLogger } from '@asn/common';
import type { DataSource } from 'typeorm';
import { bulkInsert, type Row } from './bulk-insert.js';

/**
 * Employees per generated agency (a mid-sized Kabupaten): with the demo's proportions its Dinas Pendidikan gets
 * exactly 1,000 teachers (10 of the template's 62 staff), the unit the benchmark's team matrix reads.
 */
export const AGENCY_SIZE = 6_211;
/** The employee table's columns, in the order the generator and the matrix bench write them. */
export const EMPLOYEE_COLUMNS = [
  'id',
  'nip',
  'name',
  'employee_type',
  'agency_id',
  'unit_id',
  'position_id',
  'manager_id',
  'golongan_rank',
  'education',
  'position_since',
  'performance_predikat',
  'potential_score',
  'version',
];

/** A template unit with more staff than this is split into sub-units (schools, puskesmas, teams) of SUB_UNIT. */
const SPLIT_ABOVE = 60;
const SUB_UNIT = 40;
/** The smallest generated agency: a remainder below it joins the previous agency. */
const MIN_AGENCY = 100;

export interface ScaleOptions {
  employees: number;
  /** mysql://… for MariaDB; undefined for SQLite files in dataDir. */
  databaseUrl?: string;
  dataDir: string;
  databasePrefix?: string;
  /** YYYY-MM-DD: enrolments before it are finished, certificates expire around it. */
  today: string;
  log?: (message: string) => void;
}

export interface ScaleSummary {
  agencies: { id: number; employees: number; pendidikanUnitId: number }[];
  employees: number;
  units: number;
  assessments: number;
  enrolments: number;
  certificates: number;
  milliseconds: number;
}

export interface ScaleDatabases {
  personnel: DataSource;
  training: DataSource;
  certification: DataSource;
}

interface TemplateUnit {
  id: number;
  parentId: number | null;
  name: string;
  headEmployeeId: number;
}
interface TemplatePosition {
  id: number;
  unitId: number;
  name: string;
  kind: string;
  track: string;
  functionalLevel: string | null;
  minGolonganRank: number;
  minEducation: string;
  standards: { competencyId: number; requiredLevel: number }[];
}
interface Template {
  units: TemplateUnit[];
  positions: TemplatePosition[];
  /** Per template unit: the posts of its staff (heads excluded), with multiplicity as weight. */
  staff: Map<number, number[]>;
  headPosition: Map<number, number>;
  headUnit: Map<number, number>;
  staffTotal: number;
  trainings: { id: number; code: string; jp: number }[];
  schemes: { id: number; issuerId: number; code: string; validityMonths: number | null }[];
  requirements: Map<number, number[]>;
  ladder: Row[];
}

const TEMPLATE_AGENCY = 1;
const RARE_CATEGORIES = "('LEADERSHIP', 'LATSAR', 'DEGREE')";
const EDUCATION = ['SMA', 'D3', 'S1', 'S2', 'S3'];
const CHILD_NAMES: Record<string, string> = { 'Dinas Pendidikan': 'SD Negeri', Puskesmas: 'Puskesmas Pembantu' };
const GIVEN = ['Andi', 'Budi', 'Citra', 'Dewi', 'Eko', 'Fitri', 'Gita', 'Hendra', 'Indah', 'Joko', 'Kartika'];
const GIVEN_2 = ['Lestari', 'Mulyadi', 'Nur', 'Putri', 'Rahmat', 'Sari', 'Teguh', 'Utami', 'Wahyu', 'Yusuf'];
const FAMILY = ['Siregar', 'Nasution', 'Pattimura', 'Latuconsina', 'Wijaya', 'Santoso', 'Hasibuan', 'Lubis'];
const REGIONS = ['Buru', 'Seram', 'Majene', 'Polewali', 'Simalungun', 'Toba', 'Pidie', 'Bireuen', 'Gowa', 'Maros'];
const PROVINCES = ['Maluku', 'Sulawesi Barat', 'Sumatera Utara', 'Aceh', 'Sulawesi Selatan'];

const pad = (value: number, width = 2) => String(value).padStart(width, '0');
const pathOf = (ids: readonly number[]) => `/${ids.map((id) => pad(id, 6)).join('/')}/`;

export interface ScaleModules {
  personnel: ReturnType<typeof createPersonnelSubgraph>;
  training: ReturnType<typeof createTrainingSubgraph>;
  certification: ReturnType<typeof createCertificationSubgraph>;
}

export function scaleModules(today: string): ScaleModules {
  const clock = fixedClock(today);
  return {
    personnel: createPersonnelSubgraph(clock),
    training: createTrainingSubgraph({ clock }),
    certification: createCertificationSubgraph(clock),
  };
}

/** Opens (creating and migrating) the three subgraphs' databases. */
export async function openScaleDatabases(options: ScaleOptions): Promise<ScaleDatabases> {
  const settings: DatabaseSettings = {
    DATABASE_URL: options.databaseUrl,
    DATABASE_PREFIX: options.databasePrefix ?? 'asn_',
    DATA_DIR: options.dataDir,
  };
  const modules = scaleModules(options.today);
  return {
    personnel: await openDataSource(modules.personnel, settings),
    training: await openDataSource(modules.training, settings),
    certification: await openDataSource(modules.certification, settings),
  };
}

async function rows<T>(dataSource: DataSource, sql: string, parameters: unknown[] = []): Promise<T[]> {
  return (await dataSource.query(sql, parameters)) as T[];
}

async function nextId(dataSource: DataSource, table: string): Promise<number> {
  const [row] = await rows<{ id: number | string | null }>(dataSource, `SELECT MAX(id) AS id FROM ${table}`);
  return Number(row?.id ?? 0) + 1;
}

async function readTemplate(db: ScaleDatabases): Promise<Template> {
  const units = await rows<{ id: number; parent_id: number | null; name: string; head_employee_id: number }>(
    db.personnel,
    'SELECT id, parent_id, name, head_employee_id FROM unit WHERE agency_id = ? ORDER BY id',
    [TEMPLATE_AGENCY],
  );
  const positions = await rows<Record<string, string | number | null>>(
    db.personnel,
    'SELECT id, unit_id, name, kind, track, functional_level, min_golongan_rank, min_education FROM position ' +
      'WHERE agency_id = ? ORDER BY id',
    [TEMPLATE_AGENCY],
  );
  const standards = await rows<{ position_id: number; competency_id: number; required_level: number }>(
    db.personnel,
    'SELECT s.position_id, s.competency_id, s.required_level FROM competency_standard s ' +
      'JOIN position p ON p.id = s.position_id WHERE p.agency_id = ? ORDER BY s.id',
    [TEMPLATE_AGENCY],
  );
  const employees = await rows<{ id: number; unit_id: number; position_id: number }>(
    db.personnel,
    'SELECT id, unit_id, position_id FROM employee WHERE agency_id = ? ORDER BY id',
    [TEMPLATE_AGENCY],
  );
  const heads = new Set(units.map((unit) => Number(unit.head_employee_id)));
  const staff = new Map<number, number[]>();
  const headPosition = new Map<number, number>();
  const headUnit = new Map<number, number>();
  for (const employee of employees) {
    if (heads.has(Number(employee.id))) {
      headPosition.set(Number(employee.id), Number(employee.position_id));
      headUnit.set(Number(employee.id), Number(employee.unit_id));
    } else {
      staff.set(Number(employee.unit_id), [
        ...(staff.get(Number(employee.unit_id)) ?? []),
        Number(employee.position_id),
      ]);
    }
  }
  const trainings = await rows<{ id: number; code: string; jp: number }>(
    db.training,
    `SELECT id, code, jp FROM training WHERE agency_id IS NULL AND category NOT IN ${RARE_CATEGORIES} ORDER BY id`,
  );
  const schemes = await rows<{ id: number; issuer_id: number; code: string; validity_months: number | null }>(
    db.certification,
    'SELECT id, issuer_id, code, validity_months FROM scheme ORDER BY id',
  );
  const requirementRows = await rows<{ position_id: number; scheme_id: number }>(
    db.certification,
    'SELECT position_id, scheme_id FROM scheme_requirement WHERE agency_id = ? ORDER BY id',
    [TEMPLATE_AGENCY],
  );
  const requirements = new Map<number, number[]>();
  for (const { position_id, scheme_id } of requirementRows) {
    requirements.set(Number(position_id), [...(requirements.get(Number(position_id)) ?? []), Number(scheme_id)]);
  }
  // The career ladder between the template's posts: from, to, kind, years, golongan, leadership training, education.
  const ladder = await rows<Record<string, string | number | null>>(
    db.personnel,
    'SELECT from_position_id, to_position_id, kind, min_years_in_position, min_golongan_rank, leadership_training_code, ' +
      'required_education FROM career_ladder_edge WHERE agency_id = ? ORDER BY id',
    [TEMPLATE_AGENCY],
  );
  return {
    ladder: ladder.map((edge) => Object.values(edge) as Row),
    units: units.map((unit) => ({
      id: Number(unit.id),
      parentId: unit.parent_id === null ? null : Number(unit.parent_id),
      name: unit.name,
      headEmployeeId: Number(unit.head_employee_id),
    })),
    positions: positions.map((position) => ({
      id: Number(position.id),
      unitId: Number(position.unit_id),
      name: String(position.name),
      kind: String(position.kind),
      track: String(position.track),
      functionalLevel: position.functional_level === null ? null : String(position.functional_level),
      minGolonganRank: Number(position.min_golongan_rank),
      minEducation: String(position.min_education),
      standards: standards
        .filter((line) => Number(line.position_id) === Number(position.id))
        .map((line) => ({ competencyId: Number(line.competency_id), requiredLevel: Number(line.required_level) })),
    })),
    staff,
    headPosition,
    headUnit,
    staffTotal: [...staff.values()].reduce((sum, posts) => sum + posts.length, 0),
    trainings: trainings.map((t) => ({ id: Number(t.id), code: t.code, jp: Number(t.jp) })),
    schemes: schemes.map((s) => ({
      id: Number(s.id),
      issuerId: Number(s.issuer_id),
      code: s.code,
      validityMonths: s.validity_months === null ? null : Number(s.validity_months),
    })),
    requirements,
  };
}

/** Agency sizes: full agencies, then the remainder (joined to the last one when too small to stand alone). */
export function agencySizes(employees: number): number[] {
  const sizes = Array.from({ length: Math.floor(employees / AGENCY_SIZE) }, () => AGENCY_SIZE);
  const rest = employees - sizes.length * AGENCY_SIZE;
  if (rest >= MIN_AGENCY || sizes.length === 0) sizes.push(rest);
  else sizes[sizes.length - 1]! += rest;
  return sizes;
}

function addMonths(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const total = year * 12 + (month - 1) + months;
  const lastDay = new Date(Date.UTC(Math.floor(total / 12), (total % 12) + 1, 0)).getUTCDate();
  return `${Math.floor(total / 12)}-${pad((total % 12) + 1)}-${pad(Math.min(day, lastDay))}`;
}

function predikat(random: Random): string | null {
  if (random.chance(0.05)) return null;
  const roll = random.next();
  if (roll < 0.2) return 'SANGAT_BAIK';
  if (roll < 0.8) return 'BAIK';
  if (roll < 0.92) return 'BUTUH_PERBAIKAN';
  return roll < 0.98 ? 'KURANG' : 'SANGAT_KURANG';
}

const around = (required: number, random: Random) => {
  const roll = random.next();
  return Math.max(1, Math.min(5, required + (roll < 0.08 ? -2 : roll < 0.38 ? -1 : roll < 0.8 ? 0 : 1)));
};

/** Ids handed out in order, from after what the database already holds. */
class Ids {
  constructor(private next: number) {}
  take(): number {
    return this.next++;
  }
}

interface Counters {
  unit: Ids;
  position: Ids;
  standard: Ids;
  employee: Ids;
  session: Ids;
  certificate: Ids;
}

interface GeneratedEmployee {
  id: number;
  unitId: number;
  position: TemplatePosition;
  positionId: number;
  name: string;
}

/**
 * NIPs (domain.md's rule, checked by personnel's parseNip in the generator's test): birth date, TMT CPNS month at 18
 * or later and not after `today`, gender digit, and a sequence that makes the first 15 digits unique.
 */
class NipMaker {
  private readonly used = new Map<string, number>();
  constructor(private readonly today: string) {}
  make(random: Random, golonganRank: number, female: boolean): string {
    const latest = Number(this.today.slice(0, 4)) - 1;
    const birthYear = Math.max(1966, Math.min(latest - 23, 1998 - (golonganRank - 5) * 2 - random.int(0, 6)));
    const appointmentYear = Math.min(latest, birthYear + random.int(23, 29));
    const prefix = `${birthYear}${pad(random.int(1, 12))}${pad(random.int(1, 28))}${appointmentYear}${pad(random.int(1, 12))}${female ? 2 : 1}`;
    const sequence = (this.used.get(prefix) ?? 0) + 1;
    this.used.set(prefix, sequence);
    return `${prefix}${pad(sequence, 3)}`;
  }
}

async function generateAgency(
  db: ScaleDatabases,
  template: Template,
  ids: Counters,
  agencyId: number,
  size: number,
  today: string,
  nips: NipMaker,
): Promise<{ units: number; assessments: number; enrolments: number; certificates: number; pendidikan: number }> {
  const random = createRandom(7919 * agencyId);
  const region = `${REGIONS[(agencyId - 5) % REGIONS.length]!}${agencyId - 5 >= REGIONS.length ? ` ${Math.floor((agencyId - 5) / REGIONS.length) + 1}` : ''}`;
  await bulkInsert(
    db.personnel,
    'agency',
    [
      'id',
      'name',
      'province',
      'jpm_formula',
      'assessment_validity_years',
      'potential_menengah_from',
      'potential_tinggi_from',
    ],
    [[agencyId, `Pemerintah Kabupaten ${region}`, PROVINCES[agencyId % PROVINCES.length]!, 'BKN', 3, 60, 80]],
  );
  await bulkInsert(
    db.personnel,
    'kinerja_mapping',
    ['agency_id', 'predikat', 'kinerja'],
    [
      [agencyId, 'SANGAT_BAIK', 'DI_ATAS'],
      [agencyId, 'BAIK', 'SESUAI'],
      [agencyId, 'BUTUH_PERBAIKAN', 'DI_BAWAH'],
      [agencyId, 'KURANG', 'DI_BAWAH'],
      [agencyId, 'SANGAT_KURANG', 'DI_BAWAH'],
    ],
  );

  // Units: the template's tree, with large staffs split into sub-units under their template unit.
  const staffSize = size - template.headPosition.size;
  const staffCount = new Map<number, number>();
  for (const [unit, posts] of template.staff) {
    staffCount.set(unit, Math.floor((posts.length * staffSize) / template.staffTotal));
  }
  const firstStaffed = [...template.staff.keys()][0]!;
  const assigned = [...staffCount.values()].reduce((sum, count) => sum + count, 0);
  staffCount.set(firstStaffed, staffCount.get(firstStaffed)! + staffSize - assigned);

  const unitOf = new Map<number, { id: number; path: string; parentId: number | null }>();
  const unitRows: { id: number; parentId: number | null; name: string; path: string; head: number | null }[] = [];
  for (const unit of template.units) {
    const id = ids.unit.take();
    const parent = unit.parentId === null ? null : unitOf.get(unit.parentId)!;
    const path = parent ? `${parent.path}${pad(id, 6)}/` : pathOf([id]);
    unitOf.set(unit.id, { id, path, parentId: parent?.id ?? null });
    unitRows.push({
      id,
      parentId: parent?.id ?? null,
      name: unit.id === template.units[0]!.id ? `Pemerintah Kabupaten ${region}` : unit.name,
      path,
      head: null,
    });
  }
  /** Per template unit: where its staff sit (itself, or its sub-units in turn). */
  const seats = new Map<number, { id: number; parentId: number | null }[]>();
  for (const unit of template.units) {
    const own = unitOf.get(unit.id)!;
    const count = staffCount.get(unit.id) ?? 0;
    if (count <= SPLIT_ABOVE) {
      seats.set(unit.id, [own]);
      continue;
    }
    const children = Array.from({ length: Math.ceil(count / SUB_UNIT) }, (_, index) => {
      const id = ids.unit.take();
      const childName = CHILD_NAMES[unit.name]
        ? `${CHILD_NAMES[unit.name]} ${index + 1}`
        : `Tim Kerja ${index + 1} ${unit.name}`;
      unitRows.push({
        id,
        parentId: own.id,
        name: childName.slice(0, 150),
        path: `${own.path}${pad(id, 6)}/`,
        head: null,
      });
      return { id, parentId: own.id };
    });
    seats.set(unit.id, children);
  }

  const positionOf = new Map<number, { id: number; position: TemplatePosition }>();
  const positionRows: Row[] = [];
  const standardRows: Row[] = [];
  for (const position of template.positions) {
    const id = ids.position.take();
    positionOf.set(position.id, { id, position });
    positionRows.push([
      id,
      agencyId,
      unitOf.get(position.unitId)!.id,
      position.name,
      position.kind,
      position.track,
      position.functionalLevel,
      position.minGolonganRank,
      position.minEducation,
    ]);
    for (const line of position.standards)
      standardRows.push([ids.standard.take(), id, line.competencyId, line.requiredLevel]);
  }

  // Employees: the template's heads, then each template unit's staff spread over its seats.
  const employees: GeneratedEmployee[] = [];
  const headOf = new Map<number, number>();
  const newEmployee = (unitId: number, templatePosition: number, female: boolean): GeneratedEmployee => {
    const { id: positionId, position } = positionOf.get(templatePosition)!;
    const name = `${random.pick(female ? GIVEN.slice(2) : GIVEN)} ${random.pick(GIVEN_2)} ${random.pick(FAMILY)}`;
    const employee = { id: ids.employee.take(), unitId, position, positionId, name };
    employees.push(employee);
    return employee;
  };
  const female = new Map<number, boolean>();
  for (const [templateHead, templatePosition] of template.headPosition) {
    const isFemale = random.chance(0.4);
    const head = newEmployee(unitOf.get(template.headUnit.get(templateHead)!)!.id, templatePosition, isFemale);
    female.set(head.id, isFemale);
    for (const unit of template.units) {
      if (unit.headEmployeeId === templateHead) headOf.set(unitOf.get(unit.id)!.id, head.id);
    }
  }
  for (const [templateUnit, posts] of template.staff) {
    const where = seats.get(templateUnit)!;
    const count = staffCount.get(templateUnit)!;
    for (let index = 0; index < count; index += 1) {
      const seat = where[index % where.length]!;
      const isFemale = random.chance(0.5);
      const employee = newEmployee(seat.id, random.pick(posts), isFemale);
      female.set(employee.id, isFemale);
      // The first person placed in a sub-unit heads it.
      if (!headOf.has(seat.id)) headOf.set(seat.id, employee.id);
    }
  }
  const parentOf = new Map(unitRows.map((unit) => [unit.id, unit.parentId]));
  for (const unit of unitRows) unit.head = headOf.get(unit.id) ?? null;
  const managerOf = (employee: GeneratedEmployee): number | null => {
    for (let unit: number | null = employee.unitId; unit !== null; unit = parentOf.get(unit) ?? null) {
      const head = headOf.get(unit);
      if (head !== undefined && head !== employee.id) return head;
    }
    return null;
  };
  const year = Number(today.slice(0, 4));
  const employeeRows: Row[] = [];
  const assessmentRows: Row[] = [];
  const heads = new Set(headOf.values());
  for (const employee of employees) {
    const position = employee.position;
    const golongan = Math.min(17, position.minGolonganRank + random.int(0, 2));
    const education = EDUCATION[Math.min(4, EDUCATION.indexOf(position.minEducation) + (random.chance(0.3) ? 1 : 0))]!;
    const managerId = managerOf(employee);
    employeeRows.push([
      employee.id,
      nips.make(random, golongan, female.get(employee.id)!),
      employee.name,
      !heads.has(employee.id) && random.chance(0.2) ? 'PPPK' : 'PNS',
      agencyId,
      employee.unitId,
      employee.positionId,
      managerId,
      golongan,
      education,
      `${year - random.int(1, 9)}-${pad(random.int(1, 12))}-01`,
      predikat(random),
      random.int(42, 96),
      1,
    ]);
    // Histories as the demo's: the assessment centre for senior posts, managers and self-ratings for most.
    const senior =
      (position.kind !== 'FUNGSIONAL' && position.kind !== 'PELAKSANA') || position.functionalLevel === 'AHLI_MADYA';
    const centreDay = senior
      ? `${random.pick([year - 5, year - 3, year - 2, year - 1])}-${pad(random.int(1, 12))}-${pad(random.int(1, 28))}`
      : null;
    const managerDay =
      managerId !== null && random.chance(0.6)
        ? `${random.pick([year - 2, year - 1])}-${pad(random.int(1, 12))}-${pad(random.int(1, 28))}`
        : null;
    const selfDay = random.chance(0.8)
      ? `${year}-${pad(random.int(1, Math.max(1, Number(today.slice(5, 7)) - 1)))}-${pad(random.int(1, 28))}`
      : null;
    for (const line of position.standards) {
      const assess = (source: string, day: string, assessor: string, evidence: string | null) =>
        assessmentRows.push([
          employee.id,
          line.competencyId,
          around(line.requiredLevel, random),
          source,
          day,
          assessor,
          evidence,
        ]);
      if (centreDay) {
        assess(
          'ASSESSMENT_CENTER',
          centreDay,
          `UPT Penilaian Kompetensi ${region}`,
          'Hasil asesmen kompetensi (assessment center).',
        );
      }
      if (managerDay && random.chance(0.7)) {
        assess('MANAGER', managerDay, 'Atasan langsung', 'Penilaian atasan berdasarkan pengamatan kinerja.');
      }
      if (selfDay && random.chance(0.7)) assess('SELF', selfDay, employee.name, null);
    }
  }
  await bulkInsert(
    db.personnel,
    'unit',
    ['id', 'agency_id', 'parent_id', 'name', 'path', 'head_employee_id'],
    unitRows.map((u) => [u.id, agencyId, u.parentId, u.name, u.path, u.head]),
  );
  await bulkInsert(
    db.personnel,
    'position',
    ['id', 'agency_id', 'unit_id', 'name', 'kind', 'track', 'functional_level', 'min_golongan_rank', 'min_education'],
    positionRows,
  );
  await bulkInsert(
    db.personnel,
    'competency_standard',
    ['id', 'position_id', 'competency_id', 'required_level'],
    standardRows,
  );
  await bulkInsert(
    db.personnel,
    'career_ladder_edge',
    [
      'agency_id',
      'from_position_id',
      'to_position_id',
      'kind',
      'min_years_in_position',
      'min_golongan_rank',
      'leadership_training_code',
      'required_education',
    ],
    template.ladder.map(([from, to, ...rest]) => [
      agencyId,
      positionOf.get(Number(from))!.id,
      positionOf.get(Number(to))!.id,
      ...rest,
    ]),
  );
  await bulkInsert(db.personnel, 'employee', EMPLOYEE_COLUMNS, employeeRows);
  await bulkInsert(
    db.personnel,
    'assessment',
    ['employee_id', 'competency_id', 'level', 'source', 'assessed_on', 'assessor', 'evidence'],
    assessmentRows,
  );

  const enrolments = await generateEnrolments(db, template, ids, agencyId, employees, today, random);
  const certificates = await generateCertificates(db, template, ids, agencyId, employees, positionOf, today, random);
  return {
    units: unitRows.length,
    assessments: assessmentRows.length,
    enrolments,
    certificates,
    pendidikan: unitOf.get(
      template.units.find((unit) => unit.name === 'Dinas Pendidikan')?.id ?? template.units[0]!.id,
    )!.id,
  };
}

const SESSION_SEATS = 35;

/** Sessions of the common national trainings last year and this year, and 0-4 enrolments per employee. */
async function generateEnrolments(
  db: ScaleDatabases,
  template: Template,
  ids: Counters,
  agencyId: number,
  employees: readonly GeneratedEmployee[],
  today: string,
  random: Random,
): Promise<number> {
  const year = Number(today.slice(0, 4));
  const count = Math.ceil((employees.length * 2.2) / (SESSION_SEATS - 5));
  const sessions = Array.from({ length: count }, (_, index) => {
    const training = template.trainings[index % template.trainings.length]!;
    const sessionYear = index % 2 === 0 ? year - 1 : year;
    const month = random.int(1, 11);
    return {
      id: ids.session.take(),
      training,
      name: `Angkatan ${Math.floor(index / template.trainings.length) + 1} ${sessionYear}`,
      start: `${sessionYear}-${pad(month)}-10`,
      end: `${sessionYear}-${pad(month)}-14`,
      deadline: `${sessionYear}-${pad(month)}-01`,
      taken: 0,
    };
  });
  const enrolmentRows: Row[] = [];
  for (const employee of employees) {
    const chosen = new Set<(typeof sessions)[number]>();
    const wanted = random.int(0, 4);
    for (let attempt = 0; attempt < 10 && chosen.size < wanted; attempt += 1) {
      const session = random.pick(sessions);
      if (session.taken < SESSION_SEATS) chosen.add(session);
    }
    for (const session of chosen) {
      const over = session.end < today;
      const roll = random.next();
      const status = over
        ? roll < 0.7
          ? 'COMPLETED'
          : roll < 0.78
            ? 'FAILED'
            : roll < 0.86
              ? 'ATTENDED'
              : roll < 0.93
                ? 'CANCELLED'
                : 'REJECTED'
        : roll < 0.5
          ? 'REQUESTED'
          : 'APPROVED';
      const live = status !== 'CANCELLED' && status !== 'REJECTED';
      if (live) session.taken += 1;
      const tested = status === 'COMPLETED' || status === 'FAILED';
      const completed = status === 'COMPLETED';
      enrolmentRows.push([
        employee.id,
        session.id,
        live ? session.id : null,
        session.training.id,
        agencyId,
        status,
        session.deadline < today ? session.deadline : today,
        tested ? random.int(35, 70) : null,
        tested ? (completed ? random.int(65, 98) : random.int(40, 69)) : null,
        completed ? session.training.jp : null,
        completed ? session.end : null,
        completed ? `STTPP/${session.training.code}/${session.id}/${employee.id}` : null,
        status === 'REJECTED'
          ? 'Kuota unit sudah terpenuhi.'
          : status === 'CANCELLED'
            ? 'Berhalangan karena tugas kedinasan.'
            : null,
      ]);
    }
  }
  await bulkInsert(
    db.training,
    'training_session',
    [
      'id',
      'training_id',
      'name',
      'start_date',
      'end_date',
      'mode',
      'location',
      'capacity',
      'seats_taken',
      'registration_deadline',
      'agency_id',
    ],
    sessions.map((s) => [
      s.id,
      s.training.id,
      s.name,
      s.start,
      s.end,
      s.id % 3 === 0 ? 'ONLINE' : 'OFFLINE',
      s.id % 3 === 0 ? 'daring' : 'Aula BKPSDM',
      SESSION_SEATS,
      s.taken,
      s.deadline,
      agencyId,
    ]),
  );
  await bulkInsert(
    db.training,
    'enrolment',
    [
      'employee_id',
      'session_id',
      'live_session_id',
      'training_id',
      'agency_id',
      'status',
      'requested_on',
      'pre_test_score',
      'post_test_score',
      'jp_credited',
      'completed_on',
      'certificate_number',
      'decision_note',
    ],
    enrolmentRows,
  );
  return enrolmentRows.length;
}

/** The schemes the template requires of a post, held by most of its holders; a few others hold one by choice. */
async function generateCertificates(
  db: ScaleDatabases,
  template: Template,
  ids: Counters,
  agencyId: number,
  employees: readonly GeneratedEmployee[],
  positionOf: ReadonlyMap<number, { id: number }>,
  today: string,
  random: Random,
): Promise<number> {
  const year = Number(today.slice(0, 4));
  const requirementRows: Row[] = [];
  for (const [templatePosition, schemeIds] of template.requirements) {
    const position = positionOf.get(templatePosition);
    if (position) for (const schemeId of schemeIds) requirementRows.push([position.id, schemeId, agencyId]);
  }
  await bulkInsert(db.certification, 'scheme_requirement', ['position_id', 'scheme_id', 'agency_id'], requirementRows);
  const schemeById = new Map(template.schemes.map((scheme) => [scheme.id, scheme]));
  const certificateRows: Row[] = [];
  for (const employee of employees) {
    const required = template.requirements.get(employee.position.id) ?? [];
    const held = required.filter(() => random.chance(0.75));
    if (random.chance(0.05)) held.push(random.pick(template.schemes).id);
    for (const schemeId of new Set(held)) {
      const scheme = schemeById.get(schemeId)!;
      const id = ids.certificate.take();
      const issuedOn = `${year - random.int(0, 4)}-${pad(random.int(1, 12))}-${pad(random.int(1, 28))}`;
      const verified = random.chance(0.6);
      certificateRows.push([
        id,
        employee.id,
        agencyId,
        scheme.id,
        scheme.issuerId,
        `${scheme.code}-${issuedOn.slice(0, 4)}-S${pad(id, 8)}`,
        issuedOn,
        scheme.validityMonths === null ? null : addMonths(issuedOn, scheme.validityMonths),
        verified ? 'seed:BKPSDM' : null,
        verified ? (issuedOn < today ? issuedOn : today) : null,
      ]);
    }
  }
  await bulkInsert(
    db.certification,
    'certificate',
    [
      'id',
      'employee_id',
      'agency_id',
      'scheme_id',
      'issuer_id',
      'number',
      'issued_on',
      'expires_on',
      'verified_by',
      'verified_on',
    ],
    certificateRows,
  );
  return certificateRows.length;
}

/** Seeds the demo (when the databases are empty) and adds `employees` generated employees after it. */
export async function generateScale(db: ScaleDatabases, options: ScaleOptions): Promise<ScaleSummary> {
  const started = performance.now();
  const log = options.log ?? (() => undefined);
  const [{ count }] = await rows<{ count: number | string }>(db.personnel, 'SELECT COUNT(*) AS count FROM agency');
  if (Number(count) > 0) throw new Error('seed:scale writes into empty databases only (found agencies already)');
  // A bulk load that is simply redone if the machine fails midway: no fsync per transaction on SQLite.
  for (const dataSource of Object.values(db)) {
    if (dataSource.options.type === 'better-sqlite3') await dataSource.query('PRAGMA synchronous = OFF');
  }
  const modules = scaleModules(options.today);
  const logger = createLogger('seed-scale', 'silent');
  await modules.personnel.seed(db.personnel, logger);
  await modules.training.seed(db.training, logger);
  await modules.certification.seed(db.certification, logger);
  const template = await readTemplate(db);
  const ids: Counters = {
    unit: new Ids(await nextId(db.personnel, 'unit')),
    position: new Ids(await nextId(db.personnel, 'position')),
    standard: new Ids(await nextId(db.personnel, 'competency_standard')),
    employee: new Ids(await nextId(db.personnel, 'employee')),
    session: new Ids(await nextId(db.training, 'training_session')),
    certificate: new Ids(await nextId(db.certification, 'certificate')),
  };
  let agencyId = await nextId(db.personnel, 'agency');
  const nips = new NipMaker(options.today);
  const summary: ScaleSummary = {
    agencies: [],
    employees: 0,
    units: 0,
    assessments: 0,
    enrolments: 0,
    certificates: 0,
    milliseconds: 0,
  };
  for (const size of agencySizes(options.employees)) {
    const made = await generateAgency(db, template, ids, agencyId, size, options.today, nips);
    summary.agencies.push({ id: agencyId, employees: size, pendidikanUnitId: made.pendidikan });
    summary.employees += size;
    summary.units += made.units;
    summary.assessments += made.assessments;
    summary.enrolments += made.enrolments;
    summary.certificates += made.certificates;
    log(
      `agency ${agencyId}: ${size} employees (${summary.employees}/${options.employees}, ${((performance.now() - started) / 1000).toFixed(1)} s)`,
    );
    agencyId += 1;
  }
  summary.milliseconds = performance.now() - started;
  return summary;
}

export async function closeScaleDatabases(db: ScaleDatabases): Promise<void> {
  await Promise.all(Object.values(db).map((dataSource) => dataSource.destroy()));
}
