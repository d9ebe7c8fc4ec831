import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { DateScalar } from '@asn/common';
import type { DegreeFunding as FundingValue, DegreeLevel as LevelValue } from '../rules/degree-study.js';
import type { DegreeStudyKind as KindValue } from '../rules/service-bond.js';
import { DegreeFunding, DegreeLevel, DegreeStudyKind } from '../types/degree-study.enums.js';

@InputType({ description: 'An application for a degree study.' })
export class ApplyDegreeStudyInput {
  @Field(() => ID, {
    nullable: true,
    description: 'The employee; omit for oneself. Administrators enter paper applications for their agency.',
  })
  employeeId?: string | null;

  @Field(() => DegreeStudyKind, { description: 'Tugas belajar or izin belajar.' })
  kind: KindValue;

  @Field(() => DegreeLevel, { description: 'The degree; above the education already held.' })
  level: LevelValue;

  @Field(() => String, { description: 'Study programme, at most 150 characters.' })
  programme: string;

  @Field(() => String, { description: 'University or institute, at most 150 characters.' })
  institution: string;

  @Field(() => DegreeFunding, { description: 'APBD or SCHOLARSHIP for a tugas belajar, SELF for an izin belajar.' })
  funding: FundingValue;

  @Field(() => DateScalar, {
    description: 'First day of study; not before today, unless an administrator enters a study under way.',
  })
  startsOn: string;

  @Field(() => DateScalar, { description: 'Expected last day; after the start, at most 72 months on.' })
  expectedEndOn: string;
}

@InputType({ description: 'A decision on a degree study awaiting the caller.' })
export class DecideDegreeStudyInput {
  @Field(() => ID, { description: 'The study.' })
  id: string;

  @Field(() => String, { nullable: true, description: 'Why it is refused (required to reject), at most 500.' })
  reason?: string | null;
}

@InputType({ description: "A semester's progress report of a running study." })
export class ReportDegreeStudyInput {
  @Field(() => ID, { description: 'The study.' })
  studyId: string;

  @Field(() => Int, { description: 'Semester, 1-14; one report each.' })
  semester: number;

  @Field(() => Float, { description: 'Grade point average of the semester, 0.00-4.00.' })
  gpa: number;

  @Field(() => Int, { description: 'Credits (SKS) earned so far, 0-300.' })
  creditsEarned: number;

  @Field(() => String, { nullable: true, description: 'Courses, thesis progress; at most 1,000 characters.' })
  note?: string | null;
}

@InputType({ description: 'The graduation of a running study, recorded by an administrator.' })
export class GraduateDegreeStudyInput {
  @Field(() => ID, { description: 'The study.' })
  id: string;

  @Field(() => DateScalar, { description: 'Graduation day; after the start, not after today.' })
  graduatedOn: string;
}
