// Personal fields of an employee: the NIP and what it encodes, ratings, the 9-box, assessments and current levels.
// Readable by the person, their manager, an admin of the agency, system, or an API key with pii:read.
import { Arg, Ctx, FieldResolver, Float, ID, Resolver, Root } from 'type-graphql';
import { DateScalar } from '@asn/common';
import type { Context } from '../context.js';
import { Assessment } from '../entities/assessment.entity.js';
import { DegreeStudy } from '../entities/degree-study.entity.js';
import { Employee } from '../entities/employee.entity.js';
import { Mentorship } from '../entities/mentorship.entity.js';
import { parseId } from '../errors.js';
import { authorize } from '../policy.js';
import { deriveFromNumber } from '../rules/ni-pppk.js';
import { deriveFromNip, formatNip, type Gender as GenderValue } from '../rules/nip.js';
import type { PerformancePredikat as PredikatValue } from '../rules/talent-box.js';
import { CurrentLevel } from '../types/current-level.type.js';
import { Gender } from '../types/gender.enum.js';
import { TalentPlacement } from '../types/talent-placement.type.js';
import { PerformancePredikat } from '../types/talent.enums.js';

function personal(employee: Employee, { identity }: Context): void {
  authorize(identity, { action: 'employee.readPersonal', employee });
}

@Resolver(() => Employee)
export class EmployeePersonalResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description: 'NIP, 18 digits (personal: it encodes birth date and gender).',
  })
  nip(@Root() employee: Employee, @Ctx() context: Context): string {
    personal(employee, context);
    return employee.nip;
  }

  @FieldResolver(() => String, { nullable: true, description: 'NIP grouped 8-6-1-3 for display (personal).' })
  nipFormatted(@Root() employee: Employee, @Ctx() context: Context): string {
    personal(employee, context);
    return formatNip(employee.nip);
  }

  @FieldResolver(() => DateScalar, { nullable: true, description: 'Birth date, from the NIP (personal).' })
  birthDate(@Root() employee: Employee, @Ctx() context: Context): string {
    personal(employee, context);
    return deriveFromNip(employee.nip).birthDate;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'Month of first appointment (TMT CPNS), YYYY-MM, from the NIP (personal); null for a PPPK, whose NI PPPK carries the year only.',
  })
  appointmentMonth(@Root() employee: Employee, @Ctx() context: Context): string | null {
    personal(employee, context);
    return deriveFromNumber(employee.nip, employee.employeeType).appointmentMonth;
  }

  @FieldResolver(() => Gender, { nullable: true, description: 'Gender, from the NIP (personal).' })
  gender(@Root() employee: Employee, @Ctx() context: Context): GenderValue {
    personal(employee, context);
    return deriveFromNip(employee.nip).gender;
  }

  @FieldResolver(() => PerformancePredikat, {
    nullable: true,
    description: "The latest year's performance predikat (personal).",
  })
  performancePredikat(@Root() employee: Employee, @Ctx() context: Context): PredikatValue | null {
    personal(employee, context);
    return employee.performancePredikat;
  }

  @FieldResolver(() => Float, {
    nullable: true,
    description: 'Potential score 0-100 with up to two decimals, banded as is (personal).',
  })
  potentialScore(@Root() employee: Employee, @Ctx() context: Context): number | null {
    personal(employee, context);
    return employee.potentialScore;
  }

  @FieldResolver(() => TalentPlacement, {
    nullable: true,
    description:
      "Talent 9-box placement by the agency's mapping and cut-offs; null while a rating is missing (personal).",
  })
  talentBox(@Root() employee: Employee, @Ctx() context: Context): Promise<TalentPlacement | null> {
    personal(employee, context);
    return context.loaders.talentPlacementsByEmployeeId.load(employee.id);
  }

  @FieldResolver(() => [CurrentLevel], {
    nullable: true,
    description: 'Current level per assessed competency (personal).',
  })
  async currentLevels(@Root() employee: Employee, @Ctx() context: Context): Promise<CurrentLevel[]> {
    personal(employee, context);
    const levels = await context.loaders.currentLevelsByEmployeeId.load(employee.id);
    return levels.map(({ competencyId, level, stale, assessment }) => ({
      competencyId: String(competencyId),
      level,
      stale,
      source: assessment.source,
      assessedOn: assessment.assessedOn,
    }));
  }

  @FieldResolver(() => [Assessment], { nullable: true, description: 'Assessment history, newest first (personal).' })
  async assessments(
    @Root() employee: Employee,
    @Arg('competencyId', () => ID, { nullable: true }) competencyId: string | undefined,
    @Ctx() context: Context,
  ): Promise<Assessment[]> {
    personal(employee, context);
    const history = await context.loaders.assessmentsByEmployeeId.load(employee.id);
    if (competencyId === undefined) return history;
    const only = parseId(competencyId, 'competencyId');
    return history.filter((assessment) => assessment.competencyId === only);
  }

  @FieldResolver(() => [Mentorship], {
    nullable: true,
    description: 'Mentorships in which this employee is the mentee, newest first (personal).',
  })
  mentors(@Root() employee: Employee, @Ctx() context: Context): Promise<Mentorship[]> {
    personal(employee, context);
    return context.loaders.mentorshipsByMenteeId.load(employee.id);
  }

  @FieldResolver(() => [Mentorship], {
    nullable: true,
    description: 'Mentorships in which this employee is the mentor, newest first (personal).',
  })
  mentees(@Root() employee: Employee, @Ctx() context: Context): Promise<Mentorship[]> {
    personal(employee, context);
    return context.loaders.mentorshipsByMentorId.load(employee.id);
  }

  @FieldResolver(() => [DegreeStudy], {
    nullable: true,
    description: 'Degree studies (tugas belajar / izin belajar) applied for, newest start first (personal).',
  })
  degreeStudies(@Root() employee: Employee, @Ctx() context: Context): Promise<DegreeStudy[]> {
    personal(employee, context);
    return context.loaders.degreeStudiesByEmployeeId.load(employee.id);
  }
}
