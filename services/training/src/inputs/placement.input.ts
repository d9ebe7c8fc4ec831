import { DateScalar } from '@asn/common';
import { Field, ID, InputType, Int } from 'type-graphql';
import type { HostAssessment as AssessmentValue, PlacementKind as KindValue } from '../rules/placement.js';
import { HostAssessment, PlacementKind } from '../types/placement.enums.js';

@InputType({ description: 'A competency a placement aims at, and the level it is to reach.' })
export class PlacementCompetencyInput {
  @Field(() => ID, { description: 'The competency (of the dictionary).' })
  competencyId: string;

  @Field(() => Int, { description: 'The level to reach, 1–5.' })
  targetLevel: number;
}

@InputType({ description: 'A proposed internship (magang) or secondment (detasering).' })
export class ProposePlacementInput {
  @Field(() => ID, {
    nullable: true,
    description: 'The employee; omit for oneself. Administrators enter proposals for their agency.',
  })
  employeeId?: string | null;

  @Field(() => PlacementKind, { description: 'Magang or detasering.' })
  kind: KindValue;

  @Field(() => String, { description: 'The host organisation, at most 200 characters.' })
  hostOrganisation: string;

  @Field(() => String, { description: 'The supervisor at the host, at most 150 characters.' })
  supervisorName: string;

  @Field(() => String, { nullable: true, description: 'The supervisor’s telephone or e-mail, at most 150.' })
  supervisorContact?: string | null;

  @Field(() => DateScalar, {
    description: 'First day; not before today, unless an administrator enters a placement from papers.',
  })
  startsOn: string;

  @Field(() => DateScalar, { description: 'Last day; not before the first, at most 366 days in all.' })
  endsOn: string;

  @Field(() => Int, { description: 'Jam pelajaran it credits once completed, 1–2000.' })
  jp: number;

  @Field(() => String, { description: 'What the employee is to learn or do there, at most 1000 characters.' })
  goals: string;

  @Field(() => [PlacementCompetencyInput], { description: 'The competencies it aims at: 1 to 5, each once.' })
  competencies: PlacementCompetencyInput[];
}

@InputType({ description: 'A decision on a proposed placement.' })
export class DecidePlacementInput {
  @Field(() => ID, { description: 'The placement.' })
  id: string;

  @Field(() => String, { nullable: true, description: 'Why it is refused (required to reject), at most 500.' })
  reason?: string | null;
}

@InputType({ description: 'The closing report of an approved placement that has ended.' })
export class CompletePlacementInput {
  @Field(() => ID, { description: 'The placement.' })
  id: string;

  @Field(() => String, { description: 'What was done and learned, at most 2000 characters.' })
  report: string;

  @Field(() => HostAssessment, { description: 'The host supervisor’s judgement.' })
  hostAssessment: AssessmentValue;
}
