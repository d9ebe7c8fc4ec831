import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * The agency-configurable values of competency development (docs/domain.md, "Agency settings"): one row per agency,
 * and the national default row with agency_id NULL that every agency without its own row uses.
 */
@ObjectType({
  description:
    'The JP target, the PPPK cap, the post-test pass mark and the evaluation delays in force, with their source.',
})
@Entity('jp_setting')
@Index(['agencyId'], { unique: true })
export class JpSetting {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int', name: 'agency_id', nullable: true })
  agencyId: number | null;

  @Field(() => Int, { description: 'Minimum JP a PNS earns a year (default 20).' })
  @Column({ type: 'int', name: 'jp_target' })
  jpTarget: number;

  @Field(() => Int, { description: 'Maximum JP a PPPK earns a contract year (default 24).' })
  @Column({ type: 'int', name: 'pppk_jp_cap' })
  pppkJpCap: number;

  @Field(() => Int, { description: 'Lowest post-test score that passes (default 70).' })
  @Column({ type: 'int', name: 'post_test_pass_score' })
  postTestPassScore: number;

  @Field(() => Int, {
    description: 'Months after a completed training before its application (L3) rating is due (default 3).',
  })
  @Column({ type: 'int', name: 'application_rating_after_months', default: 3 })
  applicationRatingAfterMonths: number;

  @Field(() => Int, {
    description: 'Months a passed training proposes re-assessing what it developed (default 12).',
  })
  @Column({ type: 'int', name: 'reassessment_proposal_months', default: 12 })
  reassessmentProposalMonths: number;

  @Field(() => Int, { description: 'Days before its end a cooperation agreement is LAPSING (default 90).' })
  @Column({ type: 'int', name: 'partnership_lapsing_days', default: 90 })
  partnershipLapsingDays: number;

  @Field(() => Int, { description: 'Months without an activity after which an agreement is UNUSED (default 6).' })
  @Column({ type: 'int', name: 'partnership_unused_months', default: 6 })
  partnershipUnusedMonths: number;

  @Field(() => String, { description: 'The regulation or decision the values come from.' })
  @Column({ type: 'varchar', length: 300 })
  source: string;
}
